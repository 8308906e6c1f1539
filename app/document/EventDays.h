#pragma once

#include "events/EventsResult.h"

#include <QDate>

namespace frontline {

class Document;

// First and last day, both null when unknown.
struct DaySpan
{
    QDate first, last;
    bool isValid() const { return first.isValid(); }
};

// The days of an event as the timeline reads them: its own, else its article's date.
DaySpan daysOfEvent(const Event &event, const QDate &articleDate);
// From the first day of the document's events to the last (null when none has a day): what a
// timeline spans.
DaySpan eventDaySpan(const Document &document);

} // namespace frontline
