#include "Antimeridian.h"

#include <algorithm>
#include <cmath>

namespace frontline {
namespace {

// Consecutive longitudes more than half a turn apart cross the antimeridian: on the sphere
// an edge takes the short way round.
constexpr double kHalfTurn = 180.0;
constexpr double kTurn = 360.0;
constexpr double kPoleLatitude = 90.0;
// Square degrees: a part with less is a sliver along the cut meridian, nothing to draw.
constexpr double kNegligibleArea = 1e-12;

bool needsCut(const std::vector<QPointF> &ring)
{
    double previous = ring.back().x(); // the closing edge counts too
    for (const QPointF &p : ring) {
        if (p.x() < -kHalfTurn || p.x() > kHalfTurn || std::abs(p.x() - previous) > kHalfTurn)
            return true;
        previous = p.x();
    }
    return false;
}

// The open ring with each longitude moved by whole turns to within half a turn of the one
// before, closed: its last point is its first again, whole turns away for a ring round a pole.
std::vector<QPointF> unwrapped(const std::vector<QPointF> &ring)
{
    std::vector<QPointF> out;
    out.reserve(ring.size() + 3);
    out.push_back(ring.front());
    for (std::size_t i = 1; i <= ring.size(); ++i) {
        const QPointF &p = ring[i % ring.size()];
        out.emplace_back(out.back().x() + std::remainder(p.x() - ring[i - 1].x(), kTurn), p.y());
    }
    return out;
}

// A ring round a pole encloses the pole of its hemisphere: from its end down the meridian to
// that pole, along it, and up to its start.
void closeThroughPole(std::vector<QPointF> &ring)
{
    double latitudes = 0;
    for (const QPointF &p : ring)
        latitudes += p.y();
    const double pole = latitudes < 0 ? -kPoleLatitude : kPoleLatitude;
    const QPointF start = ring.front();
    ring.emplace_back(ring.back().x(), pole);
    ring.emplace_back(start.x(), pole);
    ring.push_back(start);
}

// Sutherland-Hodgman against one meridian: keeps the side where `keep` holds, cutting edges
// where they cross it.
template <typename Keep>
void clipAtMeridian(const std::vector<QPointF> &in, std::vector<QPointF> &out, double meridian,
                    Keep keep)
{
    out.clear();
    if (in.empty())
        return;
    QPointF previous = in.back();
    for (const QPointF &p : in) {
        if (keep(p.x()) != keep(previous.x())) {
            const double t = (meridian - previous.x()) / (p.x() - previous.x());
            const QPointF crossing(meridian, previous.y() + t * (p.y() - previous.y()));
            if (crossing != p)
                out.push_back(crossing);
        }
        if (keep(p.x()))
            out.push_back(p);
        previous = p;
    }
}

double signedArea(const std::vector<QPointF> &ring)
{
    double twice = 0;
    QPointF previous = ring.back();
    for (const QPointF &p : ring) {
        twice += previous.x() * p.y() - p.x() * previous.y();
        previous = p;
    }
    return twice / 2;
}

} // namespace

void appendCutAtAntimeridian(std::vector<QPointF> ring, GeoRings &parts)
{
    if (ring.size() < 3 || !needsCut(ring)) {
        parts.push_back(std::move(ring));
        return;
    }
    if (ring.front() == ring.back())
        ring.pop_back();
    std::vector<QPointF> continuous = unwrapped(ring);
    if (std::abs(continuous.back().x() - continuous.front().x()) > kHalfTurn)
        closeThroughPole(continuous);
    const auto [west, east] = std::minmax_element(
        continuous.begin(), continuous.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
    // Each turn of longitude the ring spans is one copy of the world: its part in that copy
    // is moved back into the world by whole turns.
    std::vector<QPointF> westCut, part;
    for (double turn = std::floor((west->x() + kHalfTurn) / kTurn) * kTurn;
         turn - kHalfTurn < east->x(); turn += kTurn) {
        const double westEdge = turn - kHalfTurn, eastEdge = turn + kHalfTurn;
        clipAtMeridian(continuous, westCut, westEdge, [=](double x) { return x >= westEdge; });
        clipAtMeridian(westCut, part, eastEdge, [=](double x) { return x <= eastEdge; });
        if (part.size() < 3 || std::abs(signedArea(part)) < kNegligibleArea)
            continue;
        for (QPointF &p : part)
            p.rx() -= turn;
        if (part.front() != part.back())
            part.push_back(part.front());
        parts.push_back(part);
    }
}

void appendLineCutAtAntimeridian(const std::vector<QPointF> &line,
                                 std::vector<std::vector<QPointF>> &lines)
{
    std::vector<QPointF> piece;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (i > 0 && std::abs(line[i].x() - line[i - 1].x()) > kHalfTurn) {
            // Where the short way from the point before crosses the meridian on its side.
            const QPointF from = line[i - 1], to = line[i];
            const double meridian = from.x() < 0 ? -kHalfTurn : kHalfTurn;
            const double toX = from.x() + std::remainder(to.x() - from.x(), kTurn);
            const double latitude =
                from.y() + (meridian - from.x()) / (toX - from.x()) * (to.y() - from.y());
            piece.emplace_back(meridian, latitude);
            lines.push_back(std::move(piece));
            piece = {QPointF(-meridian, latitude)};
        }
        piece.push_back(line[i]);
    }
    if (!piece.empty())
        lines.push_back(std::move(piece));
}

} // namespace frontline
