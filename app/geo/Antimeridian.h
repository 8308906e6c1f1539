#pragma once

#include "GeoRings.h"

#include <QPointF>
#include <vector>

namespace frontline {

// Spherical sources (world-atlas's TopoJSON, GeoJSON) keep a ring that crosses the
// antimeridian whole: two consecutive points lie more than half the world apart in longitude,
// and the edge between them means the short way round. A flat map drawing that edge as it is
// runs it across the whole world, a band or a line. Other rings run on past 180 (a geodesic
// circle kept continuous for GEOS) and would be drawn off the world.

// Appends `ring` (longitude/latitude) to `parts` as a flat map draws it. A ring that crosses
// nothing and lies within -180..180, the usual case, is appended unchanged. Otherwise its
// longitudes are made continuous, a ring round a pole (it crosses an odd number of times) is
// closed through that pole, and the ring is cut into parts that each lie within -180..180 and
// close along the meridian they were cut at.
void appendCutAtAntimeridian(std::vector<QPointF> ring, GeoRings &parts);

// Appends an open line (longitude/latitude) to `lines`, broken where it crosses the
// antimeridian: each piece ends on the meridian and the next starts on the other side.
void appendLineCutAtAntimeridian(const std::vector<QPointF> &line,
                                 std::vector<std::vector<QPointF>> &lines);

} // namespace frontline
