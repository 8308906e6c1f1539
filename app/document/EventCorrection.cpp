#include "EventCorrection.h"

namespace frontline {

EventCorrection correctionOf(const Event &event)
{
    return {event.type,       event.subtype, event.actors,       event.actorNames,    event.time,
            event.fatalities, event.status,  event.setByAnalyst, event.setByAnalystAt};
}

void applyCorrection(const EventCorrection &correction, Event &event)
{
    event.type = correction.type;
    event.subtype = correction.subtype;
    event.actors = correction.actors;
    event.actorNames = correction.actorNames;
    event.time = correction.time;
    event.fatalities = correction.fatalities;
    event.status = correction.status;
    event.setByAnalyst = correction.setByAnalyst;
    event.setByAnalystAt = correction.setAt;
}

} // namespace frontline
