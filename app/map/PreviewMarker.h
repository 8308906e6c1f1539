#pragma once

class QPainter;

namespace frontline {

struct MapFrame;
struct MapPreview;
struct MapStyle;

// The reading the analyst is looking at: a ring with its label where it lies, or, where that
// is outside the view, a pointer at the edge of the view towards it, with its label.
void paintPreviewMarker(QPainter &painter, const MapFrame &frame, const MapPreview &preview,
                        const MapStyle &style);

} // namespace frontline
