#include "PolygonRings.h"

#include <ogr_geometry.h>

namespace frontline {

void appendPolygonRings(const OGRGeometry *geometry, std::vector<std::vector<QPointF>> &rings)
{
    if (!geometry)
        return;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        for (const OGRLinearRing *ring : *geometry->toPolygon()) {
            std::vector<QPointF> points;
            for (const OGRPoint &p : *ring)
                points.emplace_back(p.getX(), p.getY());
            rings.push_back(std::move(points));
        }
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            appendPolygonRings(part, rings);
    }
}

} // namespace frontline
