#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace frontline {

class MapViewport;

// How a layer asks its source to draw: in the colour the analyst chose for it (where the
// source takes one) and at the frame's symbol scale.
struct MapSourceStyle
{
    QColor color;
    double symbolScale = 1.0;
};

// Data a file or a service adds to the map, drawn under the overlays: a raster (RasterSource)
// or a vector file (VectorSource). The renderer draws every such layer through this one
// interface.
class MapSource
{
public:
    virtual ~MapSource() = default;

    // Draws what is in view. False, with the reason in lastError(), when it could not be read
    // (a network failure for an online source).
    virtual bool paint(QPainter &painter, const MapViewport &viewport,
                       const MapSourceStyle &style) = 0;
    virtual QString lastError() const { return {}; }
    virtual QRectF bounds() const = 0; // world coordinates
    // Drawn in a colour of the analyst's choosing (and listed in the legend with it).
    virtual bool takesColor() const { return false; }
};

} // namespace frontline
