#pragma once

#include <QPointF>

#include <vector>

class OGRGeometry;

namespace frontline {

// Appends every ring (outer and holes) of the polygons in an OGR geometry, in its own
// coordinates (x = longitude, y = latitude); lines and points add nothing. Null adds nothing.
void appendPolygonRings(const OGRGeometry *geometry, std::vector<std::vector<QPointF>> &rings);

} // namespace frontline
