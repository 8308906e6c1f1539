#include "PolygonRings.h"

#include "Antimeridian.h"

#include <ogr_geometry.h>

namespace frontline {

void appendPolygonRings(const OGRGeometry *geometry, GeoRings &rings)
{
    if (!geometry)
        return;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        for (const OGRLinearRing *ring : *geometry->toPolygon()) {
            std::vector<QPointF> points;
            points.reserve(ring->getNumPoints());
            for (const OGRPoint &p : *ring)
                points.emplace_back(p.getX(), p.getY());
            appendCutAtAntimeridian(std::move(points), rings);
        }
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            appendPolygonRings(part, rings);
    }
}

} // namespace frontline
