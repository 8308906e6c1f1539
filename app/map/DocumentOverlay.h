#pragma once

#include "ControlZones.h"
#include "MapOverlay.h"

namespace frontline {

class Document;
class FactionCatalog;
class Selection;

enum class Palette { Standard, ColorBlindSafe };

// What the map draws of a document: control zones (computed once per document change by
// controlZonesFromText), offensive arrows, a marker for every point place coloured by who
// holds it, the selected ones highlighted, and the legend of the factions that appear.
// The places the analyst's selection highlights: the selected place, or those of the
// selected sentence. Drawn by the frame (MapFrame::selectedPlaces), a final cheap step that
// never rebuilds the overlay.
QSet<QString> selectedPlaceIds(const Document &document, const Selection &selection);
// The events the selection highlights (MapFrame::selectedEvents), by the id of the report that
// stands for each on the map: a selected report of a merged event highlights its marker.
QSet<QString> selectedEventIds(const Document &document, const Selection &selection);

MapOverlay overlayForDocument(const Document &document, const FactionCatalog &catalog, const std::vector<ControlZone> &zones,
                              Palette palette = Palette::Standard);

} // namespace frontline
