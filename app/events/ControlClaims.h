#pragma once

#include "SentenceEvents.h"

#include <map>

namespace frontline {

class Gazetteer;

// The control claims that events imply: a place held ("held by", "stronghold", "in control
// of"), taken (a capture told as done), entered ("edged into": contested) or lost. An area
// ("areas in Anbar's far west") gets an approximate outline. Planned and denied events imply
// nothing.
// Outlines of region parts already worked out, by division and direction (working one out
// reads every place of the gazetteer).
using RegionPartCache = std::map<QString, GeoRings>;

void addControlClaims(const std::vector<SentenceEvent> &events, const GeoparseResult &places,
                      const Gazetteer &gazetteer, RegionPartCache &regionParts, EventsResult &result);

// Who controls a place now: the latest claim wins, undated claims count as oldest; a place
// that two factions claim at once (one held, one entered) is contested.
struct PlaceControl
{
    QString place;
    QStringList factions; // the holder, or both sides when contested
    ControlStatus status = ControlStatus::Held;
};
std::vector<PlaceControl> currentControl(const std::vector<ControlClaim> &claims);
// The places a faction holds now, by the same rule, looking at its claims and their rivals'.
std::vector<QString> placesHeldBy(const std::vector<ControlClaim> &claims, const QString &faction);

} // namespace frontline
