#pragma once

#include "events/EventsResult.h"

#include <QColor>
#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace frontline {

class MapViewport;
class MarkerClusters;

// A place drawn on the map, in world coordinates, coloured by who holds it.
struct MapMarker
{
    QString placeId;
    QString label;
    QPointF world;
    QColor color; // invalid: the style's default marker colour
    int mentions = 0; // how often the text names it: the most named are labelled first
};

// An area the text names (a region, a province, a sea, an island): labelled at its
// representative point, never pinned.
struct MapAreaLabel
{
    QString placeId;
    QString label;
    QPointF world;
    bool water = false;
};

// An event drawn at the place it happened: an icon for its type in its actor's colour.
struct MapEventMarker
{
    QPointF world;
    EventType type = EventType::Other;
    QColor color;
    QString eventId;
    QString placeId;
    int article = -1, sentence = -1; // the sentence it was read from
    QString description; // "Offensive by NSA toward Albu Kamal, 28 Jun 2016", for tooltips
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
    std::vector<MapEventMarker> events;
    std::vector<MapMarker> markers;
    std::vector<MapAreaLabel> areas;
    std::vector<LegendFaction> legend; // the factions that appear
    QDate shownFrom, shownTo;          // the days shown (the timeline's), null at an open end
};

// Where event icons sit: above their place's marker, so both stay visible.
inline QPointF eventIconOffset(double symbolScale)
{
    return QPointF(0, -22 * symbolScale);
}

// The place markers and the event icons as the renderer draws them: those that would overlap
// at this view as one cluster with a count (MarkerClusters.h).
MarkerClusters clusterPlaceMarkers(const MapOverlay &overlay, const MapViewport &viewport, double symbolScale);
MarkerClusters clusterEventMarkers(const MapOverlay &overlay, const MapViewport &viewport, double symbolScale);

} // namespace frontline
