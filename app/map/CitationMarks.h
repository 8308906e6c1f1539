#pragma once

#include <QRectF>
#include <vector>

class QPainter;

namespace frontline {

class LabelPlacer;
class MapViewport;
struct CitationMark;
struct MapFrame;
struct MapStyle;

// Where a cited point's numbers stand first, in the frame's pixels: centred above the event
// icons drawn there, or above the place's marker.
QRectF citationMarkRect(const CitationMark &mark, const MapViewport &viewport, double symbolScale,
                        const MapStyle &style);

// Where each of the frame's citation marks (MapFrame::citations) goes: its first place, else
// beside or above it, wherever it covers nothing `placer` holds (icons, markers, marks placed
// before it); the first place when none is free. The labels then keep clear of them.
std::vector<QRectF> placeCitationMarks(const MapFrame &frame, const MapStyle &style,
                                       LabelPlacer &placer);
// The marks at those places: each point's numbers in a dark pill, over everything but the
// decorations.
void paintCitationMarks(QPainter &painter, const MapFrame &frame, const MapStyle &style,
                        const std::vector<QRectF> &places);

} // namespace frontline
