#pragma once

#include "MapViewport.h"

#include <QImage>

class QPainter;

namespace frontline {

// A rendered map image and the view it was rendered for.
struct RenderedFrame
{
    QImage image;
    MapViewport viewport;
};

// Draws `frame` where its world lands in `target`: shifted while panning, scaled while a
// zoom waits for its new frame (the QGIS canvas approach). Only a blit: the pan frame.
void composeFrame(QPainter &painter, const RenderedFrame &frame, const MapViewport &target);

} // namespace frontline
