#pragma once

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace frontline::mercator {

// "World" coordinates: Web Mercator normalised to the unit square, x east from the
// antimeridian, y south from the northern limit. One world unit is 256 * 2^zoom pixels.
inline constexpr double kMaxLatitude = 85.05112877980659;
inline constexpr double kEarthRadiusMetres = 6378137.0;

inline QPointF toWorld(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180;
    const double x = (longitude + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(std::numbers::pi / 4 + lat / 2)) / (2 * std::numbers::pi);
    return {x, y};
}

inline double latitudeOf(const QPointF &world)
{
    return std::atan(std::sinh(std::numbers::pi * (1 - 2 * world.y()))) * 180 / std::numbers::pi;
}

inline double longitudeOf(const QPointF &world)
{
    return world.x() * 360.0 - 180.0;
}

// Ground metres covered by one world unit at a latitude (the scale bar needs it).
inline double metresPerWorldUnit(double latitude)
{
    return 2 * std::numbers::pi * kEarthRadiusMetres * std::cos(latitude * std::numbers::pi / 180);
}

} // namespace frontline::mercator
