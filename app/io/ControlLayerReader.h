#pragma once

#include "map/ControlZones.h"

#include <QString>
#include <vector>

namespace frontline {

class FactionCatalog;

// Reads a control layer from any vector file GDAL opens (GeoJSON, KML/KMZ, GeoPackage,
// Shapefile): its polygons, reprojected to longitude/latitude, become solid control zones.
// A feature's faction comes from a "faction" (or "controlled_by", "control", "name")
// attribute naming a faction's id, name or alias. Returns false with a one-line `error` when
// the file cannot be read, has no coordinate system, or has no polygon to draw (and why).
// When some polygons are drawn and others left out (no faction, unreadable, off the globe),
// `warning`, where given, says how many and why; else it is left empty.
bool readControlLayer(const QString &path, const FactionCatalog &catalog,
                      std::vector<ControlZone> &zones, QString *error, QString *warning = nullptr);

} // namespace frontline
