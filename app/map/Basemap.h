#pragma once

#include "PolygonLayer.h"

#include <QString>

#include <memory>
#include <vector>

class OGRGeometry;

namespace frontline {

// The offline basemap: land and countries of Natural Earth at two scales, read through OGR
// from the GeoPackage that geodata/ builds, projected once to world coordinates.
class Basemap
{
public:
    bool load(const QString &gpkgPath, QString *error);

    // The finer scale is used once a country no longer fits a few hundred pixels.
    const PolygonLayer &land(double zoom) const { return zoom >= kDetailZoom ? m_land10 : m_land50; }
    const PolygonLayer &countries(double zoom) const
    {
        return zoom >= kDetailZoom ? m_countries10 : m_countries50;
    }

    static constexpr double kDetailZoom = 5.0;

    // The 1:50m country outlines in longitude/latitude, for clipping control zones to borders.
    const std::vector<std::shared_ptr<const OGRGeometry>> &countryShapes() const { return m_countryShapes; }

    // Cities labelled on the basemap (from the gazetteer), the most populous first: the
    // renderer names as many as fit, down to a population that falls as the map zooms in.
    struct City
    {
        QString name;
        QPointF world;
        quint32 population = 0;
    };
    const std::vector<City> &cities() const { return m_cities; }
    void setCities(std::vector<City> cities) { m_cities = std::move(cities); }

private:
    PolygonLayer m_land50, m_countries50, m_land10, m_countries10;
    std::vector<std::shared_ptr<const OGRGeometry>> m_countryShapes;
    std::vector<City> m_cities;
};

} // namespace frontline
