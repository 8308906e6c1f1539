#pragma once

#include "events/EventsResult.h"

#include <QDateTime>

namespace frontline {

// What the analyst may correct of an event, and on whose word: what an edit changes
// (EditEventCommand) and its undo restores.
struct EventCorrection
{
    EventType type = EventType::Other;
    QString subtype;
    QStringList actors;     // faction ids
    QStringList actorNames; // as written
    TimeSpan time;
    Casualties fatalities;
    EventStatus status = EventStatus::Reported;
    bool setByAnalyst = false;
    QDateTime setAt;
};

EventCorrection correctionOf(const Event &event);
void applyCorrection(const EventCorrection &correction, Event &event);

} // namespace frontline
