#include "Geodata.h"

#include "DataPaths.h"

namespace frontline {

std::unique_ptr<Geodata> loadGeodata(GeodataParts parts, QString *error)
{
    auto geodata = std::make_unique<Geodata>();
    geodata->gazetteer = Gazetteer::open(geodataPath(QStringLiteral("gazetteer.idx")), error);
    if (!geodata->gazetteer)
        return nullptr;
    if (parts == GeodataParts::GazetteerAndBasemap &&
        !geodata->basemap.load(geodataPath(QStringLiteral("basemap.gpkg")), error))
        return nullptr;
    return geodata;
}

} // namespace frontline
