#pragma once

#include "MapOverlay.h"

class QPainter;

namespace frontline {

class MapViewport;
class SymbolCache;

// Control zones: a light faction fill, hatched when approximate (from text); a contested
// zone hatched both ways in both factions' colours. Only brush patterns and plain colours,
// never layer opacity or effects, so SVG and PDF keep them as vectors.
// On pixel output the tint and hatching come from one cached tile (SymbolCache.h).
void paintZones(QPainter &painter, const MapViewport &viewport, const std::vector<MapZone> &zones,
                double symbolScale, SymbolCache &symbols);

} // namespace frontline
