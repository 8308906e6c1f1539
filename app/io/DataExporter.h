#pragma once

#include "DataFeatures.h"

#include <QString>

namespace frontline {

// Whether a path names a data format written here: .geojson, .kml, .gpkg.
bool isLayeredDataFormat(const QString &path);

// Writes the features through GDAL, in memory, then whole or not at all (files/SafeWrite):
// GeoJSON as one collection, a `layer` property on every feature; KML styled (the faction's
// colour for markers, lines and zones, begin/end for Google Earth's time slider, the sentence
// as the description), a folder a kind; GeoPackage a layer a kind and the factions table.
bool exportLayeredData(const QString &path, const std::vector<DataFeature> &features,
                       const FactionCatalog &catalog, QString *error);

} // namespace frontline
