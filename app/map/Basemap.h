#pragma once

#include "PolygonLayer.h"

#include <QString>

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

private:
    PolygonLayer m_land50, m_countries50, m_land10, m_countries10;
};

} // namespace frontline
