#pragma once

#include <QRectF>

class QPainter;

namespace frontline {

class LabelPlacer;
class MapViewport;
struct CitationMark;
struct MapFrame;
struct MapStyle;

// Where a cited point's numbers stand, in the frame's pixels: centred above the event icons
// drawn there, or above the place's marker.
QRectF citationMarkRect(const CitationMark &mark, const MapViewport &viewport, double symbolScale,
                        const MapStyle &style);

// Keeps the labels clear of the frame's citation marks (MapFrame::citations).
void reserveCitationMarks(const MapFrame &frame, const MapStyle &style, LabelPlacer &placer);
// The marks: each point's numbers in a dark pill, over everything but the decorations.
void paintCitationMarks(QPainter &painter, const MapFrame &frame, const MapStyle &style);

} // namespace frontline
