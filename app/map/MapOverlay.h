#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace frontline {

class MapViewport;

// A place drawn on the map, in world coordinates, coloured by who holds it.
struct MapMarker
{
    QString placeId;
    QString label;
    QPointF world;
    QColor color; // invalid: the style's default marker colour
    bool selected = false;
};

// An area of control, in world coordinates, with its faction colours (two when contested).
struct MapZone
{
    std::vector<std::vector<QPointF>> rings;
    std::vector<QColor> colors;
    QString pattern = QStringLiteral("solid"); // the colour-blind-safe palette adds patterns
    bool contested = false;
    bool approximate = true; // from text: hatched, and the legend says so
    QRectF bounds;
};

// An offensive: from tail to head in world coordinates.
struct MapArrow
{
    QPointF tail, head;
    QColor color;
    bool dashed = false; // planned, or its origin inferred
    QString label;       // its date
};

// A line of the legend: what a colour (and pattern) stands for.
struct LegendFaction
{
    QString name;
    QColor color;
    QString pattern;
};

// Everything drawn above the basemap, derived from the document for one frame.
struct MapOverlay
{
    std::vector<MapZone> zones;
    std::vector<MapArrow> arrows;
    std::vector<MapMarker> markers;
    std::vector<LegendFaction> legend; // the factions that appear

    // The marker drawn at `screen`, within `radius` pixels: the topmost (last drawn) wins.
    // Returns -1 where there is none.
    int markerAt(const MapViewport &viewport, QPointF screen, double radius) const;
};

} // namespace frontline
