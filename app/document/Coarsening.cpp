#include "Coarsening.h"

#include "geo/GreatCircle.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace frontline {
namespace {

constexpr double kNearestPoleCosine = 0.01; // columns stay finite near the poles

std::pair<double, double> snapped(double latitude, double longitude, int km)
{
    const double rowDegrees = km / kKmPerDegree;
    const double row = std::clamp(std::round(latitude / rowDegrees) * rowDegrees, -90.0, 90.0);
    const double columnDegrees =
        km / (kKmPerDegree * std::max(std::cos(row * M_PI / 180), kNearestPoleCosine));
    const double column = std::round(longitude / columnDegrees) * columnDegrees;
    return {row, std::clamp(column, -180.0, 180.0)};
}

} // namespace

bool isCoarseGrid(int km)
{
    return std::find(std::begin(kCoarseGridsKm), std::end(kCoarseGridsKm), km) !=
           std::end(kCoarseGridsKm);
}

void coarsenCoordinates(GeoparseResult &places, EventsResult &events, int km)
{
    for (Place &place : places.places) {
        if (place.hasCoordinates())
            std::tie(place.latitude, place.longitude) =
                snapped(place.latitude, place.longitude, km);
        for (PlaceCandidate &candidate : place.candidates) // the first is the place itself
            std::tie(candidate.latitude, candidate.longitude) =
                snapped(candidate.latitude, candidate.longitude, km);
    }
    for (Arrow &arrow : events.arrows)
        for (QGeoCoordinate &point : arrow.path) {
            const auto [latitude, longitude] = snapped(point.latitude(), point.longitude(), km);
            point = QGeoCoordinate(latitude, longitude);
        }
}

} // namespace frontline
