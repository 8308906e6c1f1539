#pragma once

#include <QLineF>
#include <QPolygonF>

#include <vector>

namespace frontline {

// The hatching of an area as line segments: the lines x + y = k * spacing ("/", Qt's
// BDiagPattern) or x - y = k * spacing ("\", FDiagPattern) in screen pixels, cut to the
// inside of `rings` (even-odd, so holes stay clear). Anchored to the screen, so the hatching
// of neighbouring areas lines up. Drawing a few thin lines is many times quicker than
// filling an area with a translucent pattern.
std::vector<QLineF> hatchLines(const std::vector<QPolygonF> &rings, double spacing, bool forwardSlash);

} // namespace frontline
