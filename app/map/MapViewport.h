#pragma once

#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace frontline {

// What part of the world a map image shows: a centre in world coordinates (WebMercator.h),
// a fractional zoom level and an image size in pixels. A plain value: renders copy it.
class MapViewport
{
public:
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 15.0;

    MapViewport() = default;
    MapViewport(QSize size, QPointF centre, double zoom);

    QSize size() const { return m_size; }
    QPointF centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    double pixelsPerWorldUnit() const;

    void setSize(QSize size) { m_size = size; }
    void setCentre(QPointF world);
    void setZoom(double zoom);

    QPointF toScreen(QPointF world) const;
    QPointF toWorld(QPointF screen) const;
    QTransform worldToScreen() const;
    QRectF visibleWorld() const;

    // Shows `world` whole, centred, keeping its aspect, with a margin around it.
    void fit(const QRectF &world, double marginFraction = 0.12, double maxZoom = 9.0);
    // Shows `world` whole inside the image less `margins` (pixels kept clear for the title
    // block and the legend), centred there.
    void fitInside(const QRectF &world, const QMarginsF &margins, double maxZoom = 9.0);
    // Zooms by `delta` levels keeping the world point under `screenAnchor` still.
    void zoomAbout(QPointF screenAnchor, double delta);
    void panByPixels(QPointF delta);
    // The same view in `ratio` times as many pixels each way (a HiDPI screen's): the zoom
    // rises by log2(ratio), past kMaxZoom if need be, so the same world fills the image.
    MapViewport atPixelRatio(double ratio) const;

    bool operator==(const MapViewport &other) const = default;

private:
    QSize m_size{800, 600};
    QPointF m_centre{0.5, 0.5};
    double m_zoom = 2.0;
};

} // namespace frontline
