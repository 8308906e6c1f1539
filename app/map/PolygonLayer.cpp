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

void PolygonLayer::appendScreenPath(const Feature &feature, const MapViewport &viewport,
                                    QPainterPath &path, double tolerance) const
{
    const double scale = viewport.pixelsPerWorldUnit();
    const QPointF offset = viewport.toScreen({0, 0});
    const double toleranceSquared = tolerance * tolerance;
    for (std::uint32_t ring = feature.firstRing; ring < feature.firstRing + feature.ringCount;
         ++ring) {
        const std::uint32_t begin = m_ringStarts[ring];
        const std::uint32_t end = m_ringStarts[ring + 1];
        QPointF last = m_points[begin] * scale + offset;
        path.moveTo(last);
        for (std::uint32_t i = begin + 1; i < end; ++i) {
            const QPointF p = m_points[i] * scale + offset;
            const QPointF d = p - last;
            if (d.x() * d.x() + d.y() * d.y() >= toleranceSquared || i + 1 == end) {
                path.lineTo(p);
                last = p;
            }
        }
        path.closeSubpath();
    }
}

} // namespace frontline
