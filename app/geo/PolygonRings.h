#pragma once

#include "GeoRings.h"

class OGRGeometry;

namespace frontline {

// Appends every ring (outer and holes) of the polygons in an OGR geometry, in its own
// coordinates (x = longitude, y = latitude), cut at the antimeridian (Antimeridian.h) so that
// a flat map draws each part on its side; lines and points add nothing. Null adds nothing.
void appendPolygonRings(const OGRGeometry *geometry, GeoRings &rings);

} // namespace frontline
