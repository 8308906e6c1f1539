#pragma once

#include <QPointF>
#include <vector>

namespace frontline {

// A polygon in longitude/latitude: rings of points (x = longitude, y = latitude), outer
// rings and holes alike; drawn even-odd, so which ring is a hole needs no saying.
using GeoRings = std::vector<std::vector<QPointF>>;

} // namespace frontline
