#pragma once

#include <QRectF>

#include <vector>

class QPainter;

namespace frontline {

struct MapFrame;
struct MapStyle;

// Title block, scale bar and attribution: painted by the same code on screen and in exports.
void drawDecorations(QPainter &painter, const MapFrame &frame, const MapStyle &style);
// Where those panels go, so that labels keep clear of them.
std::vector<QRectF> decorationPanels(const MapFrame &frame, const MapStyle &style);

// The length, in metres, of a scale bar of at most `maxPixels` at the frame's centre:
// 1, 2 or 5 times a power of ten.
double scaleBarMetres(const MapFrame &frame, double maxPixels, double *pixels);

} // namespace frontline
