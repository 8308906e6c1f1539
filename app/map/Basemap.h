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

private:
    PolygonLayer m_land50, m_countries50, m_land10, m_countries10;
    std::vector<std::shared_ptr<const OGRGeometry>> m_countryShapes;
};

} // namespace frontline
