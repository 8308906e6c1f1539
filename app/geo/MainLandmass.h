#pragma once

class OGRGeometry;
class OGRPoint;

namespace frontline {

// A point a reader accepts as the location of an area: the centroid of its largest polygon
// (so France is not placed in the Atlantic by its overseas parts), moved onto the surface
// when the centroid falls outside it. Returns false for geometries without polygons.
bool mainLandmassPoint(const OGRGeometry &geometry, OGRPoint &point);

} // namespace frontline
