#pragma once

#include <QPointF>
#include <QStringList>
#include <vector>

namespace frontline {

class Basemap;
class Document;
class GeoparseResult;
struct EventsResult;

// An area of control drawn on the map, in longitude/latitude rings. Zones made from text are
// approximate (hatched, and the legend says so); a contested zone belongs to two factions.
struct ControlZone
{
    QStringList factions;
    bool contested = false;
    bool approximate = true;
    std::vector<std::vector<QPointF>> rings;
};

// Approximate zones from a document's control claims: a geodesic buffer round each held place
// (GEOS through OGR), clipped to the country it lies in, merged per faction and split where
// factions meet (the overlap is contested); area claims ("Anbar's far west") as they are.
std::vector<ControlZone> controlZonesFromText(const Document &document, const Basemap &basemap);
// The same from a snapshot of a document's results (another thread may compute them).
std::vector<ControlZone> controlZonesFromText(const GeoparseResult &places,
                                              const EventsResult &events, const Basemap &basemap);
// The zones of the control layers loaded, then the text's above them: the order they are drawn.
std::vector<ControlZone> zonesLoadedBeneathText(const std::vector<ControlZone> &loaded,
                                                const std::vector<ControlZone> &fromText);

} // namespace frontline
