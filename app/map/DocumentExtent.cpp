#include "DocumentExtent.h"

#include "document/Document.h"
#include "geo/Geodesy.h"
#include "geo/WebMercator.h"

#include <algorithm>
#include <limits>

namespace frontline {
namespace {

// One or two places have no main group to stand apart from: the view fits them all.
constexpr std::size_t kMinPlacesForAGroup = 3;
// A place belongs to the main group within a few times the group's median distance from its
// centre: the group's own spread, with room for the places at its edge.
constexpr double kReachInMedianDistances = 3.0;
// ...and never nearer than this, however tight the rest: a country at war is seldom wider
// (from a centre in Syria, every Syrian town is nearer), and its towns are all the story.
// Frontline's places on GeoVirus dev: 800 km leaves out 21 in 229 articles, 500 km 29.
constexpr double kMinReachMetres = 800e3;
// Far places are left out only while they are few: with more than a third of the places away
// from the rest, the article has two theatres and the view shows both.
constexpr std::size_t kMinKeptPerLeftOut = 2;

// Where the main group is, and how far from it a place may lie and still belong.
struct MainGroup
{
    QGeoCoordinate centre; // invalid: no group, every place belongs
    double reachMetres = std::numeric_limits<double>::infinity();

    bool reaches(const QGeoCoordinate &c) const
    {
        return !centre.isValid() || geodesy::measure(centre, c).metres <= reachMetres;
    }
};

double median(std::vector<double> values)
{
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    return (*middle + *std::max_element(values.begin(), middle)) / 2;
}

// The median centre (latitude and longitude each their median: a far place cannot pull it)
// and the reach around it.
MainGroup mainGroupOf(const std::vector<QGeoCoordinate> &points)
{
    MainGroup group;
    if (points.size() < kMinPlacesForAGroup)
        return group;
    std::vector<double> latitudes, longitudes, distances;
    for (const QGeoCoordinate &c : points) {
        latitudes.push_back(c.latitude());
        longitudes.push_back(c.longitude());
    }
    group.centre = QGeoCoordinate(median(latitudes), median(longitudes));
    for (const QGeoCoordinate &c : points)
        distances.push_back(geodesy::measure(group.centre, c).metres);
    group.reachMetres = std::max(kReachInMedianDistances * median(distances), kMinReachMetres);
    return group;
}

QRectF withPoint(const QRectF &box, double latitude, double longitude)
{
    const QRectF point(mercator::toWorld(latitude, longitude), QSizeF(1e-9, 1e-9));
    return box.isNull() ? point : box.united(point);
}

// A place no mention names any more (the analyst said it is none, or chose another reading)
// is not on the map.
bool isNamed(const Document &document, int place)
{
    return !document.mentionsOfPlace(place).empty();
}

// The countries and provinces the document names: all it has when it names no point place.
QRectF areaBounds(const Document &document)
{
    QRectF bounds;
    const std::vector<Place> &places = document.geoparse().places;
    for (int i = 0; i < int(places.size()); ++i)
        if (!places[i].isPoint() && places[i].hasCoordinates() && isNamed(document, i))
            bounds = withPoint(bounds, places[i].latitude, places[i].longitude);
    return bounds;
}

} // namespace

DocumentExtent documentExtent(const Document &document)
{
    const std::vector<Place> &places = document.geoparse().places;
    std::vector<int> pointPlaces;
    std::vector<QGeoCoordinate> points;
    for (int i = 0; i < int(places.size()); ++i)
        if (places[i].isPoint() && isNamed(document, i)) {
            pointPlaces.push_back(i);
            points.emplace_back(places[i].latitude, places[i].longitude);
        }
    if (pointPlaces.empty())
        return {areaBounds(document), {}};

    MainGroup group = mainGroupOf(points);
    DocumentExtent extent;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (!group.reaches(points[i]))
            extent.leftOut.push_back(pointPlaces[i]);
    if (extent.leftOut.size() * kMinKeptPerLeftOut > points.size() - extent.leftOut.size()) {
        group = MainGroup(); // two theatres: fit both
        extent.leftOut.clear();
    }
    for (std::size_t i = 0; i < points.size(); ++i)
        if (group.reaches(points[i]))
            extent.world = withPoint(extent.world, points[i].latitude(), points[i].longitude());
    // Arrows come from somewhere: show where, unless it is as far off as a left-out place.
    for (const Arrow &arrow : document.events().arrows)
        for (const QGeoCoordinate &c : arrow.path)
            if (group.reaches(c))
                extent.world = withPoint(extent.world, c.latitude(), c.longitude());
    return extent;
}

} // namespace frontline
