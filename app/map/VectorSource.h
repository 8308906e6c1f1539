#pragma once

#include "MapSource.h"
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
struct VectorSource : public MapSource
{
    PolygonLayer polygons;
    std::vector<std::vector<QPointF>> lines;
    std::vector<QPointF> points;
    QRectF extent; // world coordinates

    bool isEmpty() const { return polygons.isEmpty() && lines.empty() && points.empty(); }
    // Only what is in view; points closer than half a pixel are dropped from outlines.
    bool paint(QPainter &painter, const MapViewport &viewport,
               const MapSourceStyle &style) override;
    QRectF bounds() const override { return extent; }
    bool takesColor() const override { return true; }
};

} // namespace frontline
