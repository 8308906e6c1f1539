#pragma once

#include <QRectF>
#include <vector>

class QPainter;

namespace frontline {

struct MapFrame;
struct MapStyle;

// Title block, scale bar, attribution and, in snapshots, the north arrow: painted by the same code
// on screen and in exports.
void drawDecorations(QPainter &painter, const MapFrame &frame, const MapStyle &style);
// Where those panels go, so that labels keep clear of them.
std::vector<QRectF> decorationPanels(const MapFrame &frame, const MapStyle &style);
// Where a snapshot's locator inset goes: the bottom right corner, above the attribution (the
// title and legend take the top corners, the scale bar the bottom left).
QRectF locatorPanel(const MapFrame &frame, const MapStyle &style);

// Where a snapshot's notes may go: above the scale bar, from the left edge to the north
// arrow. Its bottom edge is theirs; they grow upwards as far as they need.
QRectF notesBand(const MapFrame &frame, const MapStyle &style);

// The length, in metres, of a scale bar of at most `maxPixels` at the frame's centre:
// 1, 2 or 5 times a power of ten.
double scaleBarMetres(const MapFrame &frame, double maxPixels, double *pixels);

} // namespace frontline
