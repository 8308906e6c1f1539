#pragma once

#include <cmath>
#include <numbers>

namespace frontline {

// Kilometres in a degree of latitude (and of longitude at the equator), for grids.
inline constexpr double kKmPerDegree = 111.2;

// Great-circle distance on a sphere of the Earth's mean radius: plenty for scoring and
// evaluation; geodesic measurements for the user go through GeographicLib.
inline double greatCircleKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double toRadians = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * toRadians;
    const double dLon = (lon2 - lon1) * toRadians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * toRadians) * std::cos(lat2 * toRadians) *
                         std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(a)));
}

// A cheaper distance for ranking (an equirectangular approximation, within a few percent
// below 1000 km): no sines in a loop that runs for every candidate.
inline double approximateKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double toRadians = std::numbers::pi / 180.0;
    double dLon = std::abs(lon2 - lon1);
    if (dLon > 180)
        dLon = 360 - dLon;
    const double x = dLon * toRadians * std::cos((lat1 + lat2) * 0.5 * toRadians);
    const double y = (lat2 - lat1) * toRadians;
    return 6371.0088 * std::sqrt(x * x + y * y);
}

} // namespace frontline
