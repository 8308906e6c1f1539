#pragma once

#include "LayerStack.h"
#include "LegendPainter.h"
#include "MapFrame.h"
#include "MapOverlay.h"
#include "MapStyle.h"
#include "SymbolCache.h"

#include <mutex>
#include <optional>
#include <vector>

class QPainter;

namespace frontline {

class Basemap;
class LabelPlacer;
class MarkerClusters;

// Draws a map frame: the layers from bottom to top (basemap, rasters, vector files, control
// zones, arrows, event icons, place markers), then one label pass, then the decorations. A
// pure function of its inputs, used alike by the window (on a worker thread), the image, SVG
// and PDF exports and the tests.
class MapRenderer
{
public:
    MapRenderer(const Basemap &basemap, const MapStyle &style = MapStyle::standard())
        : m_basemap(basemap), m_style(style)
    {
    }

    void render(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                const LayerStack &layers = LayerStack()) const;
    // Forgets the cached basemap images (benchmarks measure a view not seen before with it).
    void forgetBasemaps() const;

private:
    void drawLayers(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                    const LayerStack &layers, const MarkerClusters &places,
                    LabelPlacer &placer) const;
    std::optional<Legend> reserveDecorations(const MapFrame &frame, const MapOverlay &overlay,
                                             const LayerStack &layers, LabelPlacer &placer) const;
    void drawFrameDecorations(QPainter &painter, const MapFrame &frame, const LayerStack &layers,
                              const std::optional<Legend> &legend) const;
    void drawBasemap(QPainter &painter, const MapFrame &frame) const;
    void paintBasemap(QPainter &painter, const MapFrame &frame) const;
    void drawEvents(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                    LabelPlacer &placer) const;
    void drawPlaces(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                    const MarkerClusters &clusters, LabelPlacer &placer) const;
    void drawCityLabels(QPainter &painter, const MapFrame &frame, LabelPlacer &placer) const;
    void drawAreaLabels(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                        LabelPlacer &placer) const;
    void drawLabels(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                    const LayerStack &layers, const MarkerClusters &places,
                    LabelPlacer &placer) const;

    const Basemap &m_basemap;
    const MapStyle &m_style;
    mutable SymbolCache m_symbols; // rendering shares it between frames and threads
    // The basemap of the last few views, kept as pixels: when only the overlays change (a
    // selection, an edit, a layer shown) the basemap is copied, not drawn again.
    struct CachedBasemap
    {
        MapViewport viewport;
        double symbolScale = 1;
        QImage image; // its pixels are reused for the next view: no fresh 8 MB each time
        bool valid = false;
    };
    mutable std::mutex m_basemapMutex;
    mutable std::vector<CachedBasemap> m_basemaps; // newest last
};

} // namespace frontline
