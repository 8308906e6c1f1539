#pragma once

#include "MapOverlay.h"

class QPainter;

namespace frontline {

struct MapFrame;
struct MapStyle;

// The legend of what is visible: the factions that appear, what hatched and two-coloured
// areas mean, and what solid and dashed arrows mean. Drawn by the same code on screen and
// in every export.
void paintLegend(QPainter &painter, const MapFrame &frame, const MapStyle &style, const MapOverlay &overlay);

} // namespace frontline
