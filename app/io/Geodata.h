#pragma once

#include "GazetteerFiles.h"
#include "map/Basemap.h"

#include <memory>

namespace frontline {

// The geodata a session needs: the gazetteer (the user's combined one where the analyst has
// imported or added places, else the shipped one) and, for drawing, the basemap.
struct Geodata
{
    std::shared_ptr<Gazetteer> gazetteer; // replaced when the analyst imports places
    Basemap basemap;
    QString warning; // why the analyst's own gazetteer is not used, when it is not
};

enum class GeodataParts
{
    GazetteerOnly,
    GazetteerAndBasemap
};

// Loads from dataDirectory(); nullptr with a one-line `error` if a file is missing or bad.
std::unique_ptr<Geodata> loadGeodata(GeodataParts parts, QString *error);
// Loads the basemap into geodata loaded without it (say, on another thread meanwhile).
bool loadBasemap(Geodata &geodata, QString *error);

} // namespace frontline
