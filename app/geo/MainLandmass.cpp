#include "MainLandmass.h"

#include <ogr_geometry.h>

namespace frontline {

bool mainLandmassPoint(const OGRGeometry &geometry, OGRPoint &point)
{
    const OGRPolygon *largest = nullptr;
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        largest = geometry.toPolygon();
    } else if (type == wkbMultiPolygon) {
        double largestArea = -1;
        for (const OGRPolygon *polygon : *geometry.toMultiPolygon()) {
            const double area = polygon->get_Area();
            if (area > largestArea) {
                largestArea = area;
                largest = polygon;
            }
        }
    }
    if (!largest)
        return false;
    if (largest->Centroid(&point) != OGRERR_NONE || !largest->Contains(&point))
        return largest->PointOnSurface(&point) == OGRERR_NONE;
    return true;
}

} // namespace frontline
