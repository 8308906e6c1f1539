#include "ControlZones.h"

#include "Basemap.h"
#include "document/Document.h"
#include "events/ControlClaims.h"
#include "geo/GdalSession.h"
#include "geo/PolygonRings.h"

#include <GeographicLib/Geodesic.hpp>
#include <cmath>
#include <map>
#include <memory>
#include <ogr_geometry.h>

namespace frontline {
namespace {

constexpr double kTownRadiusMetres = 15000;   // a town's hinterland
constexpr double kFeatureRadiusMetres = 6000; // a crossing, a dam, a base
constexpr int kCircleSegments = 48;

using Geometry = std::unique_ptr<OGRGeometry>;

Geometry geodesicCircle(double latitude, double longitude, double metres)
{
    auto ring = std::make_unique<OGRLinearRing>();
    for (int i = 0; i <= kCircleSegments; ++i) {
        double lat = 0, lon = 0;
        GeographicLib::Geodesic::WGS84().Direct(latitude, longitude, 360.0 * i / kCircleSegments,
                                                metres, lat, lon);
        // Longitudes kept continuous round the centre (past 180 near the antimeridian): GEOS
        // is planar, and the rings drawn are cut at the antimeridian afterwards.
        ring->addPoint(longitude + std::remainder(lon - longitude, 360.0), lat);
    }
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    return polygon;
}

Geometry unite(Geometry a, const OGRGeometry *b)
{
    if (!a)
        return Geometry(b->clone());
    Geometry united(a->Union(b));
    return united ? std::move(united) : std::move(a);
}

} // namespace

std::vector<ControlZone> controlZonesFromText(const Document &document, const Basemap &basemap)
{
    return controlZonesFromText(document.geoparse(), document.events(), basemap);
}

std::vector<ControlZone> controlZonesFromText(const GeoparseResult &places,
                                              const EventsResult &events, const Basemap &basemap)
{
    ensureGdalReady();
    std::map<QString, Geometry> held; // faction -> union of its buffers
    std::vector<ControlZone> zones;
    for (const PlaceControl &state : currentControl(events.control)) {
        const int index = places.findPlace(state.place);
        if (index < 0 || !places.places[index].isPoint())
            continue;
        const Place &place = places.places[index];
        Geometry circle = geodesicCircle(place.latitude, place.longitude,
                                         place.kind == PlaceKind::Feature ? kFeatureRadiusMetres
                                                                          : kTownRadiusMetres);
        // Clipped to the country the place lies in: control stops at the border.
        const OGRPoint point(place.longitude, place.latitude);
        for (const auto &country : basemap.countryShapes())
            if (country->Contains(&point)) {
                if (Geometry clipped{circle->Intersection(country.get())})
                    circle = std::move(clipped);
                break;
            }
        if (state.status == ControlStatus::Contested) {
            ControlZone zone;
            zone.factions = state.factions;
            zone.contested = true;
            appendPolygonRings(circle.get(), zone.rings);
            zones.push_back(std::move(zone));
            continue;
        }
        held[state.factions.front()] = unite(std::move(held[state.factions.front()]), circle.get());
    }
    // Where two factions' zones overlap, neither holds it alone: the overlap is contested.
    for (auto a = held.begin(); a != held.end(); ++a)
        for (auto b = std::next(a); b != held.end(); ++b) {
            if (!a->second || !b->second || !a->second->Intersects(b->second.get()))
                continue;
            Geometry overlap(a->second->Intersection(b->second.get()));
            if (!overlap || overlap->IsEmpty())
                continue;
            ControlZone zone;
            zone.factions = QStringList{a->first, b->first};
            zone.contested = true;
            appendPolygonRings(overlap.get(), zone.rings);
            zones.push_back(std::move(zone));
            a->second.reset(a->second->Difference(overlap.get()));
            b->second.reset(b->second->Difference(overlap.get()));
        }
    for (const auto &[faction, geometry] : held) {
        ControlZone zone;
        zone.factions = QStringList{faction};
        appendPolygonRings(geometry.get(), zone.rings);
        if (!zone.rings.empty())
            zones.push_back(std::move(zone));
    }
    // Areas ("Anbar's far west"), clipped to the country their middle lies in.
    for (const ControlClaim &claim : events.control) {
        if (claim.area.empty() || claim.status == ControlStatus::Lost)
            continue;
        auto polygon = std::make_unique<OGRPolygon>();
        for (const auto &ring : claim.area) {
            auto ogrRing = std::make_unique<OGRLinearRing>();
            for (const QPointF &p : ring)
                ogrRing->addPoint(p.x(), p.y());
            ogrRing->closeRings();
            polygon->addRingDirectly(ogrRing.release());
        }
        Geometry area = std::move(polygon);
        OGRPoint middle;
        if (area->Centroid(&middle) == OGRERR_NONE)
            for (const auto &country : basemap.countryShapes())
                if (country->Contains(&middle)) {
                    if (Geometry clipped{area->Intersection(country.get())})
                        area = std::move(clipped);
                    break;
                }
        ControlZone zone;
        zone.factions = QStringList{claim.faction};
        appendPolygonRings(area.get(), zone.rings);
        zones.push_back(std::move(zone));
    }
    return zones;
}

std::vector<ControlZone> zonesLoadedBeneathText(const std::vector<ControlZone> &loaded,
                                                const std::vector<ControlZone> &fromText)
{
    std::vector<ControlZone> zones = loaded;
    zones.insert(zones.end(), fromText.begin(), fromText.end());
    return zones;
}

} // namespace frontline
