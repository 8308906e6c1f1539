#pragma once

#include "map/MapLayer.h"

#include <optional>

class QColor;

namespace frontline {

// A file the analyst adds to the map as a layer: a raster GDAL opens (GeoTIFF, MBTiles, ...)
// or a vector file OGR opens (GeoJSON, KML/KMZ, GeoPackage, Shapefile, ...), named after the
// file. Vectors are drawn in `color`. Nothing, with a one-line reason, when it cannot be drawn.
std::optional<MapLayer> readLayerFile(const QString &path, const QColor &color, QString *error);

// Whether readLayerFile reads `path` as a raster (by its extension: .tif, .mbtiles, ...).
bool isRasterFile(const QString &path);

// An online XYZ tile layer: `urlTemplate` with {z}, {x}, {y}, tiles cached on disk under
// `cacheRoot`, fetched with Frontline's User-Agent, with the attribution the service asks for.
std::optional<MapLayer> makeTileLayer(const QString &urlTemplate, const QString &attribution,
                                      const QString &cacheRoot, QString *error);

} // namespace frontline
