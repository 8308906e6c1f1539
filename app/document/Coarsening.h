#pragma once

#include "events/EventsResult.h"
#include "geoparse/GeoparseResult.h"

namespace frontline {

// The coarse grids a sensitive snapshot may use, in kilometres.
inline constexpr int kCoarseGridsKm[] = {1, 5, 10};
bool isCoarseGrid(int km);

// Moves every place and every arrow's points to the nearest node of a grid `km` wide (rows
// km/111.2 degrees apart, columns as wide in kilometres at the row's latitude), so that a
// published snapshot and its data say no more than that: markers, arrows, the zones built
// from the places and the exported data all move.
void coarsenCoordinates(GeoparseResult &places, EventsResult &events, int km);

} // namespace frontline
