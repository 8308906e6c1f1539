#pragma once

#include "gazetteer/Gazetteer.h"
#include "map/Basemap.h"

#include <memory>

namespace frontline {

// The shipped geodata a session needs: the gazetteer index and, for drawing, the basemap.
struct Geodata
{
    std::unique_ptr<Gazetteer> gazetteer;
    Basemap basemap;
};

enum class GeodataParts { GazetteerOnly, GazetteerAndBasemap };

// Loads from dataDirectory(); nullptr with a one-line `error` if a file is missing or bad.
std::unique_ptr<Geodata> loadGeodata(GeodataParts parts, QString *error);

} // namespace frontline
