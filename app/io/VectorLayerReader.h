#pragma once

#include "map/VectorSource.h"

#include <memory>

class OGRGeometry;

namespace frontline {

// Reads any vector file GDAL opens (GeoJSON, KML/KMZ, GeoPackage, Shapefile, ...) into a
// VectorSource, every layer of it, transformed from its own coordinate system. A file GDAL
// cannot open, a layer with no coordinate system, or a file with nothing to draw gives null
// and a one-line reason.
std::shared_ptr<VectorSource> readVectorLayer(const QString &path, QString *error);

// Adds a geometry in longitude/latitude to a source: its polygons, lines and points in world
// coordinates, lines cut at the antimeridian.
void addToVectorSource(VectorSource &source, const OGRGeometry &geometry);

} // namespace frontline
