#include "MapOverlay.h"

#include "MapViewport.h"
#include "MarkerClusters.h"

namespace frontline {

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
