#pragma once

#include "PolygonLayer.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace frontline {

class MapViewport;

// A vector file the analyst added (any format OGR reads), projected once to world
// coordinates: its polygons, lines and points, drawn in its layer's colour.
struct VectorSource
{
    PolygonLayer polygons;
    std::vector<std::vector<QPointF>> lines;
    std::vector<QPointF> points;
    QRectF bounds; // world coordinates

    bool isEmpty() const { return polygons.isEmpty() && lines.empty() && points.empty(); }
    // Only what is in view; points closer than half a pixel are dropped from outlines.
    void paint(QPainter &painter, const MapViewport &viewport, const QColor &color, double symbolScale) const;
};

} // namespace frontline
