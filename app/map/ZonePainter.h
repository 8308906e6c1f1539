#pragma once

#include "MapOverlay.h"

class QPainter;

namespace frontline {

class MapViewport;
class SymbolCache;

// Control zones: a light faction fill, hatched when approximate (from text); a contested
// zone hatched both ways in both factions' colours. In SVG and PDF only paths, lines and
// plain colours, never brush patterns, layer opacity or effects, so they stay vectors.
// On pixel output the zones are drawn into one layer composed once.
void paintZones(QPainter &painter, const MapViewport &viewport, const std::vector<MapZone> &zones,
                double symbolScale, SymbolCache &symbols);

} // namespace frontline
