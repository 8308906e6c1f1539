#include "LocatorInset.h"

#include "Basemap.h"
#include "MapFrame.h"
#include "MapStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace frontline {
namespace {

// The inset is drawn at this many times its size, then scaled down: a viewport cannot zoom
// out far enough to fit the world into a few dozen pixels.
constexpr double kSupersample = 4;
constexpr double kRegionFactor = 8; // the region shown: this many times the view each way
constexpr double kMinBoxPixels = 4; // a view smaller than this in the inset is drawn this big
constexpr double kBorderWidth = 0.5;
constexpr double kBoxWidth = 1.5;
const QColor kViewBox(0xc6, 0x28, 0x28);

QRectF regionAround(const QRectF &view)
{
    const QRectF world(0, 0, 1, 1);
    const QSizeF size = view.size() * kRegionFactor;
    QRectF region(view.center() - QPointF(size.width() / 2, size.height() / 2), size);
    return region.intersected(world);
}

} // namespace

void paintLocatorInset(QPainter &painter, const QRectF &panel, const MapFrame &frame,
                       const Basemap &basemap, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const QRectF view = frame.viewport.visibleWorld();
    MapViewport inset;
    inset.setSize((panel.size() * kSupersample).toSize());
    inset.fitInside(regionAround(view), QMarginsF(), MapViewport::kMaxZoom);

    painter.save();
    painter.setClipRect(panel);
    painter.fillRect(panel, style.sea);
    painter.translate(panel.topLeft());
    painter.scale(1 / kSupersample, 1 / kSupersample);
    const PolygonLayer &countries = basemap.countries(inset.zoom());
    const QRectF visible = inset.visibleWorld();
    QPainterPath land;
    for (const PolygonLayer::Feature &feature : countries.features())
        if (feature.bounds.intersects(visible))
            countries.appendScreenPath(feature, inset, land, kSupersample);
    painter.setPen(QPen(style.border, kBorderWidth * s * kSupersample));
    painter.setBrush(style.land);
    painter.drawPath(land);

    QRectF box(inset.toScreen(view.topLeft()), inset.toScreen(view.bottomRight()));
    const double minimum = kMinBoxPixels * s * kSupersample;
    if (box.width() < minimum || box.height() < minimum)
        box = QRectF(box.center() - QPointF(minimum / 2, minimum / 2), QSizeF(minimum, minimum));
    painter.setPen(QPen(kViewBox, kBoxWidth * s * kSupersample));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.restore();
    painter.setPen(QPen(style.border, kBorderWidth * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(panel);
}

} // namespace frontline
