#pragma once

#include <QJsonArray>
#include <QStringList>

namespace frontline {

class MapView;

// The map's layers as a project and the settings keep them: the files and tile services the
// analyst added (with their colour) and every layer's visibility and opacity, bottom to top;
// not the team's layers opened from its database.
QJsonArray layerState(const MapView &view);

// Puts the layers of `state` on `view` after the built-in ones, and their visibility and
// opacity on every layer. Returns the sources that no longer read (moved files, say).
QStringList restoreLayerState(MapView &view, const QJsonArray &state,
                              const QString &tileCacheDirectory);

} // namespace frontline
