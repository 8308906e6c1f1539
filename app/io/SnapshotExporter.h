#pragma once

#include "map/LayerStack.h"
#include "map/MapFrame.h"
#include "map/MapOverlay.h"

#include <QString>

namespace frontline {

class MapRenderer;

// Writes one map frame to an image (.png, .jpg), vector (.svg) or document (.pdf) file, by
// the path's extension, with the layers as the stack shows them. The file is replaced
// atomically: it appears whole or not at all.
bool exportSnapshot(const QString &path, const MapRenderer &renderer, const MapFrame &frame,
                    const MapOverlay &overlay, const LayerStack &layers, QString *error);

bool isSnapshotFormat(const QString &path);

} // namespace frontline
