#pragma once

#include <QPointF>
#include <QString>

#include <vector>

namespace frontline {

class MapViewport;

// A place drawn on the map, in world coordinates.
struct MapMarker
{
    QString placeId;
    QString label;
    QPointF world;
    bool selected = false;
};

// Everything drawn above the basemap, derived from the document for one frame.
struct MapOverlay
{
    std::vector<MapMarker> markers;

    // The marker drawn at `screen`, within `radius` pixels: the topmost (last drawn) wins.
    // Returns -1 where there is none.
    int markerAt(const MapViewport &viewport, QPointF screen, double radius) const;
};

} // namespace frontline
