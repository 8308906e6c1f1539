#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace frontline {

class MapViewport;

// Markers that would overlap at this zoom, drawn as one with a count; they split as the map
// zooms in. The markers in view fall in a grid of cells `distance` pixels wide; a cell's
// markers are one group, and neighbouring groups whose centres are closer than `distance`
// merge. A cluster is drawn at its members' mean. Linear in the markers, so 100 000 events
// cluster within a frame.
class MarkerClusters
{
public:
    struct Cluster
    {
        QPointF screen;    // mean position, pixels
        QRectF world;      // bounds of its members, world coordinates
        int first = 0;     // its members are members()[first, first + count)
        int count = 0;
    };

    // `worldPoints` with `offset` pixels added on screen (event icons sit above their place).
    MarkerClusters(const std::vector<QPointF> &worldPoints, const MapViewport &viewport, double distance,
                   QPointF offset = {});

    const std::vector<Cluster> &clusters() const { return m_clusters; }
    const std::vector<int> &members() const { return m_members; } // indexes into worldPoints
    // The cluster drawn within `radius` pixels of `screen`, or -1.
    int clusterAt(QPointF screen, double radius) const;

private:
    std::vector<Cluster> m_clusters;
    std::vector<int> m_members;
};

} // namespace frontline
