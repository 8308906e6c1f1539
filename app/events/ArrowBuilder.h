#pragma once

#include "FactionCatalog.h"
#include "SentenceEvents.h"

#include <QGeoCoordinate>
#include <QString>

#include <map>

namespace frontline {

class Gazetteer;

// One arrow per offensive with an objective: from the origin the text gives ("from the
// al-Tanaf border crossing"); else from the faction's own side ("Iraqi fighters ... towards
// Albu Kamal": a fixed geodesic 40 km from the objective, towards the faction's home); else
// from its home area; else from the nearest place the article says it holds (`claims`);
// else from a fixed bearing. Every origin not read from the text is marked inferred.
// Tails already worked out from a faction's home, by "faction|objective": the same in every
// article (working one out solves two geodesic problems).
using HomeTailCache = std::map<QString, QGeoCoordinate>;
void addArrows(const std::vector<SentenceEvent> &events, const GeoparseResult &places,
               const std::vector<ControlClaim> &claims, const FactionCatalog &catalog,
               const Gazetteer &gazetteer, HomeTailCache &homeTails, EventsResult &result);

} // namespace frontline
