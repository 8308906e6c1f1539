#pragma once

#include <QString>

namespace frontline {

// Where Frontline's shipped data lives: $FRONTLINE_DATA_DIR if set, else share/frontline
// beside the program's bin/ folder (the build tree and an installed prefix look alike).
QString dataDirectory();
QString geodataPath(const QString &fileName);     // geodata/basemap.gpkg, gazetteer.idx
QString resourcePath(const QString &relativePath); // examples/..., factions.json

} // namespace frontline
