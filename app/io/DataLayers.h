#pragma once

#include "DataFeatures.h"

#include <functional>
#include <ogr_core.h>
#include <ogr_spatialref.h>

class OGRFeature;
class OGRLayer;

namespace frontline {

class FactionCatalog;

// The layers of a data export and their rows, written through GDAL: one code for the files
// (DataExporter: GeoJSON, KML, GeoPackage) and the team's database (DatabasePublisher).

// WGS 84 with x the longitude, as every layer is written.
OGRSpatialReference lonLatWgs84();

// Adds a field unless the layer has one of that name (a table the team's database holds).
bool addField(OGRLayer &layer, const char *name, OGRFieldType type);
// Adds the fields of `kinds` (every kind's, for one layer holding them all), then the days
// it took, each unless the layer has it already.
bool addDataFields(OGRLayer &layer, const std::vector<DataKind> &kinds);
bool addFactionFields(OGRLayer &layer);

// What a row carries besides its feature's values: in the team's database, who published it
// and its key. Factions are keyed "faction:ID" and have no article.
using RowStamp = std::function<void(OGRFeature &row, const QString &key, const QDate &articleDate)>;

// Writes every feature of `kind` into `layer`, each stamped when a stamp is given; false on the
// first one GDAL refuses.
bool writeDataRows(OGRLayer &layer, DataKind kind, const std::vector<DataFeature> &features,
                   const RowStamp &stamp = {});
bool writeFactionRows(OGRLayer &layer, const FactionCatalog &catalog, const RowStamp &stamp = {});

} // namespace frontline
