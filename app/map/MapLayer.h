#pragma once

#include <QColor>
#include <QString>

#include <memory>

namespace frontline {

class MapSource;

enum class LayerKind { Basemap, Raster, Vector, Zones, Arrows, Events, Places };

// One row of the layer panel: what is drawn, whether, how opaque. LayerStack keeps the order.
struct MapLayer
{
    QString id;   // "basemap", "zones", ... for the built-in layers; the file or URL otherwise
    QString name; // as the layer panel and the legend show it
    LayerKind kind = LayerKind::Vector;
    bool visible = true;
    double opacity = 1.0;
    QString attribution; // shown on the map while the layer is (tile services require it)
    QColor color;        // a vector file's style
    std::shared_ptr<MapSource> source; // for LayerKind::Raster and Vector: what the file or service adds
};

} // namespace frontline
