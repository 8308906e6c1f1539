#pragma once

#include "MapOverlay.h"

#include <QRectF>

namespace frontline {

class Document;
class Selection;

// The overlay of a document for one frame: a marker for every point place, the selected
// ones highlighted. Countries and provinces are context, not markers.
MapOverlay overlayForDocument(const Document &document, const Selection *selection);

// The world rectangle that shows the document's point places (not the countries it
// names); falls back to its countries and provinces, then to an empty rectangle.
QRectF documentExtent(const Document &document);

} // namespace frontline
