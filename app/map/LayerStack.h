#pragma once

#include "MapLayer.h"

#include <vector>

namespace frontline {

// The map's layers from bottom to top: the built-in basemap, control zones, arrows, event
// markers and place markers, and the files the analyst adds. A value: each render copies it
// (user layers' data are shared, not copied).
class LayerStack
{
public:
    LayerStack(); // the built-in layers, in the order the issue gives

    const std::vector<MapLayer> &layers() const { return m_layers; }
    const MapLayer *find(const QString &id) const;
    // The built-in layer of `kind` (every stack has one of each built-in kind).
    const MapLayer &builtIn(LayerKind kind) const;

    // Rasters go just above the basemap; vector files just above the control zones.
    void add(MapLayer layer);
    void remove(const QString &id);
    void setVisible(const QString &id, bool visible);
    void setOpacity(const QString &id, double opacity);
    void setColor(const QString &id, const QColor &color);
    // Moves a layer `steps` places up (positive) or down; false if it cannot move.
    bool move(const QString &id, int steps);

private:
    int indexOf(const QString &id) const;

    std::vector<MapLayer> m_layers;
};

} // namespace frontline
