#include "Geodata.h"

#include "DataPaths.h"

#include "gazetteer/UserGazetteer.h"

namespace frontline {

std::unique_ptr<Gazetteer> openShippedGazetteer(QString *error)
{
    return Gazetteer::open(geodataPath(QStringLiteral("gazetteer.idx")), error);
}

std::unique_ptr<Geodata> loadGeodata(GeodataParts parts, QString *error)
{
    auto geodata = std::make_unique<Geodata>();
    std::unique_ptr<Gazetteer> shipped = openShippedGazetteer(error);
    if (!shipped)
        return nullptr;
    geodata->gazetteer = std::move(shipped);
    QString userError;
    if (auto user = openUserGazetteer(*geodata->gazetteer, &userError))
        geodata->gazetteer = std::move(user);
    else if (!userError.isEmpty())
        qWarning("%s", qPrintable(userError)); // the shipped gazetteer still works
    if (parts == GeodataParts::GazetteerAndBasemap && !loadBasemap(*geodata, error))
        return nullptr;
    return geodata;
}

bool loadBasemap(Geodata &geodata, QString *error)
{
    return geodata.basemap.load(geodataPath(QStringLiteral("basemap.gpkg")), error);
}

} // namespace frontline
