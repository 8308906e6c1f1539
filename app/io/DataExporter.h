#pragma once

#include "DataFeatures.h"

#include <QString>
#include <functional>

class GDALDataset;

namespace frontline {

// Whether a path names a data format written here: .geojson, .kml, .gpkg (and .frontline, a
// project: a GeoPackage too).
bool isLayeredDataFormat(const QString &path);

// Writes the features through GDAL, in memory, then whole or not at all (files/SafeWrite):
// GeoJSON as one collection, a `layer` property on every feature; KML styled (the faction's
// colour for markers, lines and zones, begin/end for Google Earth's time slider, the sentence
// as the description), a folder a kind; GeoPackage a layer a kind and the factions table.
// `moreTables`, for a GeoPackage, adds tables of its own in the same transaction.
using MoreTables = std::function<bool(GDALDataset &)>;
bool exportLayeredData(const QString &path, const std::vector<DataFeature> &features,
                       const FactionCatalog &catalog, QString *error,
                       const MoreTables &moreTables = {});

} // namespace frontline
