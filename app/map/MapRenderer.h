#pragma once

#include "MapFrame.h"
#include "MapOverlay.h"
#include "MapStyle.h"

class QPainter;

namespace frontline {

class Basemap;

// Draws a map frame: basemap, overlays, labels, then decorations. A pure function of its
// inputs, used alike by the window, the image, SVG and PDF exports and the tests.
class MapRenderer
{
public:
    MapRenderer(const Basemap &basemap, const MapStyle &style = MapStyle::standard())
        : m_basemap(basemap), m_style(style)
    {}

    void render(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay) const;

private:
    void drawBasemap(QPainter &painter, const MapFrame &frame) const;
    void drawMarkers(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay) const;

    const Basemap &m_basemap;
    const MapStyle &m_style;
};

} // namespace frontline
