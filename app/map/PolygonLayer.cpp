#include "PolygonLayer.h"

#include "MapViewport.h"

#include <algorithm>

namespace frontline {

void PolygonLayer::beginFeature(const QString &name, QPointF labelPoint)
{
    Feature feature;
    feature.firstRing = std::uint32_t(m_ringStarts.size() - 1);
    feature.name = name;
    feature.labelPoint = labelPoint;
    m_features.push_back(feature);
}

void PolygonLayer::setLabelPoints(const QHash<QString, QPointF> &points)
{
    for (Feature &feature : m_features)
        if (const auto found = points.constFind(feature.name); found != points.cend())
            feature.labelPoint = *found;
}

void PolygonLayer::addRing(const std::vector<QPointF> &worldPoints)
{
    if (worldPoints.size() < 3 || m_features.empty())
        return;
    Feature &feature = m_features.back();
    double left = worldPoints[0].x(), right = left, top = worldPoints[0].y(), bottom = top;
    for (const QPointF &p : worldPoints) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    m_points.insert(m_points.end(), worldPoints.begin(), worldPoints.end());
    const QRectF ringBounds(QPointF(left, top), QPointF(right, bottom));
    feature.bounds = feature.ringCount == 0 ? ringBounds : feature.bounds.united(ringBounds);
    m_ringStarts.push_back(std::uint32_t(m_points.size()));
    ++feature.ringCount;
}

namespace {

// Sutherland-Hodgman against one side of the clip rectangle: keeps the part of `in` where
// `inside` holds, cutting edges where they cross the side.
template <typename Inside, typename Cross>
void clipSide(const std::vector<QPointF> &in, std::vector<QPointF> &out, Inside inside, Cross cross)
{
    out.clear();
    if (in.empty())
        return;
    QPointF previous = in.back();
    bool previousInside = inside(previous);
    for (const QPointF &p : in) {
        const bool pInside = inside(p);
        if (pInside != previousInside)
            out.push_back(cross(previous, p));
        if (pInside)
            out.push_back(p);
        previous = p;
        previousInside = pInside;
    }
}

// A ring cut to `clip`: a polygon far larger than the view (a continent at a city's zoom)
// then costs the rasteriser only what is near the screen. The cut runs outside the view,
// so the edges it adds are never seen.
void clipRing(std::vector<QPointF> &ring, const QRectF &clip, std::vector<QPointF> &scratch)
{
    const auto atX = [](QPointF a, QPointF b, double x) {
        return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
    };
    const auto atY = [](QPointF a, QPointF b, double y) {
        return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
    };
    const double left = clip.left(), right = clip.right(), top = clip.top(), bottom = clip.bottom();
    clipSide(ring, scratch, [=](QPointF p) { return p.x() >= left; }, [=](QPointF a, QPointF b) { return atX(a, b, left); });
    clipSide(scratch, ring, [=](QPointF p) { return p.x() <= right; }, [=](QPointF a, QPointF b) { return atX(a, b, right); });
    clipSide(ring, scratch, [=](QPointF p) { return p.y() >= top; }, [=](QPointF a, QPointF b) { return atY(a, b, top); });
    clipSide(scratch, ring, [=](QPointF p) { return p.y() <= bottom; }, [=](QPointF a, QPointF b) { return atY(a, b, bottom); });
}

} // namespace

void PolygonLayer::appendScreenPath(const Feature &feature, const MapViewport &viewport,
                                    QPainterPath &path, double tolerance) const
{
    const double scale = viewport.pixelsPerWorldUnit();
    const QPointF offset = viewport.toScreen({0, 0});
    // Compared in world units, so a point skipped is never transformed.
    const double worldToleranceSquared = tolerance * tolerance / (scale * scale);
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    const QRectF clip = screen.adjusted(-16, -16, 16, 16);
    const QRectF featureOnScreen(feature.bounds.topLeft() * scale + offset, feature.bounds.size() * scale);
    const bool needsClip = !clip.contains(featureOnScreen);
    std::vector<QPointF> ring, scratch;
    for (std::uint32_t r = feature.firstRing; r < feature.firstRing + feature.ringCount; ++r) {
        const std::uint32_t begin = m_ringStarts[r];
        const std::uint32_t end = m_ringStarts[r + 1];
        // Points closer than the tolerance to the last kept one cannot show: skip them.
        ring.clear();
        QPointF last = m_points[begin];
        ring.push_back(last * scale + offset);
        for (std::uint32_t i = begin + 1; i < end; ++i) {
            const QPointF &p = m_points[i];
            const QPointF d = p - last;
            if (d.x() * d.x() + d.y() * d.y() >= worldToleranceSquared || i + 1 == end) {
                ring.push_back(p * scale + offset);
                last = p;
            }
        }
        if (needsClip)
            clipRing(ring, clip, scratch);
        if (ring.size() < 3)
            continue;
        path.moveTo(ring.front());
        for (std::size_t i = 1; i < ring.size(); ++i)
            path.lineTo(ring[i]);
        path.closeSubpath();
    }
}

} // namespace frontline
