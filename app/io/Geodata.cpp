#include "Geodata.h"

#include "DataPaths.h"
#include "geo/WebMercator.h"

#include <algorithm>

namespace frontline {

std::unique_ptr<Geodata> loadGeodata(GeodataParts parts, QString *error)
{
    auto geodata = std::make_unique<Geodata>();
    geodata->gazetteer = openGazetteer(error, &geodata->warning);
    if (!geodata->gazetteer)
        return nullptr;
    if (parts == GeodataParts::GazetteerAndBasemap && !loadBasemap(*geodata, error))
        return nullptr;
    return geodata;
}

namespace {

constexpr quint32 kLabelledCityPopulation = 50000;

// The gazetteer's towns and cities big enough to be named on a basemap, most populous first.
std::vector<Basemap::City> basemapCities(const Gazetteer &gazetteer)
{
    std::vector<Basemap::City> cities;
    for (const Gazetteer::Place &place : gazetteer.places())
        if (place.kind == gazetteer_format::Kind::PopulatedPlace &&
            place.population >= kLabelledCityPopulation)
            cities.push_back({gazetteer.placeName(place),
                              mercator::toWorld(place.latitude, place.longitude),
                              place.population});
    std::sort(cities.begin(), cities.end(), [](const Basemap::City &a, const Basemap::City &b) {
        return a.population > b.population;
    });
    return cities;
}

} // namespace

bool loadBasemap(Geodata &geodata, QString *error)
{
    if (!geodata.basemap.load(geodataPath(QStringLiteral("basemap.gpkg")), error))
        return false;
    geodata.basemap.setCities(basemapCities(*geodata.gazetteer));
    return true;
}

} // namespace frontline
