#include "MapOverlay.h"

#include "MapViewport.h"
#include "MarkerClusters.h"

namespace frontline {

int MapOverlay::markerAt(const MapViewport &viewport, QPointF screen, double radius) const
{
    int found = -1;
    double bestDistance = radius * radius;
    for (int i = 0; i < int(markers.size()); ++i) {
        const QPointF d = viewport.toScreen(markers[i].world) - screen;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            found = i;
        }
    }
    return found;
}

MarkerClusters clusterPlaceMarkers(const MapOverlay &overlay, const MapViewport &viewport, double symbolScale)
{
    std::vector<QPointF> points;
    points.reserve(overlay.markers.size());
    for (const MapMarker &marker : overlay.markers)
        points.push_back(marker.world);
    return MarkerClusters(points, viewport, 9 * symbolScale); // closer than a marker's width
}

MarkerClusters clusterEventMarkers(const MapOverlay &overlay, const MapViewport &viewport, double symbolScale)
{
    std::vector<QPointF> points;
    points.reserve(overlay.events.size());
    for (const MapEventMarker &event : overlay.events)
        points.push_back(event.world);
    // Wider than an icon: a dense map reads as counts, not as a carpet of badges.
    return MarkerClusters(points, viewport, 24 * symbolScale, eventIconOffset(symbolScale));
}

} // namespace frontline
