#include "RegionPart.h"

// Boost.Geometry's points leave their coordinates unset until assigned, which GCC 12 takes for a
// use before setting in the round joins of a buffer (a known false alarm, boostorg/geometry#1304).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#pragma GCC diagnostic pop

namespace frontline {
namespace {

namespace bg = boost::geometry;
using Point = bg::model::d2::point_xy<double>;
// Counter-clockwise outer rings: GeoJSON's right-hand rule (RFC 7946, 3.1.6).
using Polygon = bg::model::polygon<Point, false>;
using Polygons = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<Point>;

constexpr double kWidening = 0.1; // degrees: the places are inside the region, not on its edge
// Points on a widened corner's full circle: GEOS's default for a buffer (30 a quadrant), which
// the outline was drawn with before.
constexpr int kPointsPerCircle = 120;

// The places' convex hull, widened by kWidening all round.
Polygons widenedHull(const std::vector<QPointF> &lonLatPoints)
{
    bg::model::multi_point<Point> points;
    for (const QPointF &p : lonLatPoints)
        points.emplace_back(p.x(), p.y());
    Polygon hull;
    bg::convex_hull(points, hull);
    Polygons widened;
    bg::buffer(hull, widened, bg::strategy::buffer::distance_symmetric<double>(kWidening),
               bg::strategy::buffer::side_straight(),
               bg::strategy::buffer::join_round(kPointsPerCircle),
               bg::strategy::buffer::end_round(kPointsPerCircle),
               bg::strategy::buffer::point_circle(kPointsPerCircle));
    return widened;
}

// The share of `box` the direction names: a third of its width or height, a quarter for
// "far ...".
Box directionPart(const Box &box, const QString &direction)
{
    const double share = direction.startsWith(QLatin1String("far")) ? 0.25 : 1.0 / 3.0;
    const double minX = box.min_corner().x(), maxX = box.max_corner().x();
    const double minY = box.min_corner().y(), maxY = box.max_corner().y();
    Box part = box;
    if (direction.contains(QLatin1String("west")))
        bg::set<bg::max_corner, 0>(part, minX + (maxX - minX) * share);
    if (direction.contains(QLatin1String("east")))
        bg::set<bg::min_corner, 0>(part, maxX - (maxX - minX) * share);
    if (direction.contains(QLatin1String("north")))
        bg::set<bg::min_corner, 1>(part, maxY - (maxY - minY) * share);
    if (direction.contains(QLatin1String("south")))
        bg::set<bg::max_corner, 1>(part, minY + (maxY - minY) * share);
    return part;
}

} // namespace

GeoRings approximateRegionPart(const std::vector<QPointF> &lonLatPoints, const QString &direction)
{
    if (lonLatPoints.size() < 3)
        return {};
    const Polygons region = widenedHull(lonLatPoints);
    if (region.empty())
        return {};
    Box box;
    bg::envelope(region, box);
    Polygons clipped;
    bg::intersection(region, directionPart(box, direction), clipped);
    if (clipped.size() != 1) // a convex region cut by a box is one polygon without holes
        return {};
    std::vector<QPointF> ring;
    for (const Point &p : clipped.front().outer())
        ring.emplace_back(p.x(), p.y());
    return {std::move(ring)};
}

} // namespace frontline
