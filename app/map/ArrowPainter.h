#pragma once

#include "MapOverlay.h"

class QPainter;
class QFont;

namespace frontline {

class LabelPlacer;
class SymbolCache;
class MapViewport;

// Offensive arrows: a curved, tapered body from tail to head with a head at the objective,
// in the faction's colour; dashed and lighter when planned or when the origin was inferred.
// They show movement, never control. Each carries its date, whose place `placer` keeps
// from the place labels drawn later.
void paintArrows(QPainter &painter, const MapViewport &viewport, const std::vector<MapArrow> &arrows,
                 double symbolScale, const QFont &labelFont, LabelPlacer &placer, SymbolCache &symbols);

} // namespace frontline
