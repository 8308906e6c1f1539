#include "MapOverlay.h"

#include "MapViewport.h"

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

} // namespace frontline
