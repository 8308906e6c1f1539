#include "MapViewport.h"

#include <algorithm>
#include <cmath>

namespace frontline {

MapViewport::MapViewport(QSize size, QPointF centre, double zoom) : m_size(size)
{
    setCentre(centre);
    setZoom(zoom);
}

MapViewport MapViewport::atPixelRatio(double ratio) const
{
    MapViewport dense = *this;
    dense.m_size = QSize(int(std::lround(m_size.width() * ratio)), int(std::lround(m_size.height() * ratio)));
    dense.m_zoom = m_zoom + std::log2(ratio);
    return dense;
}

double MapViewport::pixelsPerWorldUnit() const
{
    return 256.0 * std::exp2(m_zoom);
}

void MapViewport::setCentre(QPointF world)
{
    m_centre = {std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0)};
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

QPointF MapViewport::toScreen(QPointF world) const
{
    const double scale = pixelsPerWorldUnit();
    return {(world.x() - m_centre.x()) * scale + m_size.width() / 2.0,
            (world.y() - m_centre.y()) * scale + m_size.height() / 2.0};
}

QPointF MapViewport::toWorld(QPointF screen) const
{
    const double scale = pixelsPerWorldUnit();
    return {(screen.x() - m_size.width() / 2.0) / scale + m_centre.x(),
            (screen.y() - m_size.height() / 2.0) / scale + m_centre.y()};
}

QTransform MapViewport::worldToScreen() const
{
    const double scale = pixelsPerWorldUnit();
    return QTransform(scale, 0, 0, scale, m_size.width() / 2.0 - m_centre.x() * scale,
                      m_size.height() / 2.0 - m_centre.y() * scale);
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(toWorld({0, 0}), toWorld(QPointF(m_size.width(), m_size.height())));
}

void MapViewport::fit(const QRectF &world, double marginFraction, double maxZoom)
{
    setCentre(world.center());
    const double usableWidth = m_size.width() * (1 - 2 * marginFraction);
    const double usableHeight = m_size.height() * (1 - 2 * marginFraction);
    // A single point (or a tiny box) would zoom in without limit: cap it.
    const double width = std::max(world.width(), 1e-9);
    const double height = std::max(world.height(), 1e-9);
    const double scale = std::min(usableWidth / width, usableHeight / height);
    setZoom(std::min(std::log2(scale / 256.0), maxZoom));
}

void MapViewport::fitInside(const QRectF &world, const QMarginsF &margins, double maxZoom)
{
    const double usableWidth = std::max(32.0, m_size.width() - margins.left() - margins.right());
    const double usableHeight = std::max(32.0, m_size.height() - margins.top() - margins.bottom());
    const double scale = std::min(usableWidth / std::max(world.width(), 1e-9),
                                  usableHeight / std::max(world.height(), 1e-9));
    setZoom(std::min(std::log2(scale / 256.0), maxZoom));
    // The box's centre goes to the middle of the usable area, not of the image.
    const QPointF usableMiddle(margins.left() + usableWidth / 2, margins.top() + usableHeight / 2);
    const QPointF offset = usableMiddle - QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
    setCentre(world.center() - offset / pixelsPerWorldUnit());
}

void MapViewport::zoomAbout(QPointF screenAnchor, double delta)
{
    const QPointF anchorWorld = toWorld(screenAnchor);
    setZoom(m_zoom + delta);
    // Move the centre so that the anchor's world point is under the anchor again.
    const QPointF drift = toScreen(anchorWorld) - screenAnchor;
    panByPixels(drift);
}

void MapViewport::panByPixels(QPointF delta)
{
    const double scale = pixelsPerWorldUnit();
    setCentre(m_centre + QPointF(delta.x() / scale, delta.y() / scale));
}

} // namespace frontline
