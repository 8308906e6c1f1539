#pragma once

#include "GeoRings.h"

#include <QPointF>
#include <QString>
#include <vector>

namespace frontline {

// An approximate outline of a part of a region ("Anbar's far west") from the places known to
// lie in it: their convex hull (Boost.Geometry), widened a little, cut to the part the
// direction names (a third of its width or height; a quarter for "far ..."). Points are
// (longitude, latitude). Empty when there are too few places to outline.
GeoRings approximateRegionPart(const std::vector<QPointF> &lonLatPoints, const QString &direction);

} // namespace frontline
