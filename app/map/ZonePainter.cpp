#include "ZonePainter.h"

#include "MapViewport.h"

#include <QPainter>
#include <QPainterPath>

namespace frontline {
namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

Qt::BrushStyle patternBrush(const QString &pattern, bool second)
{
    if (pattern == QLatin1String("dots"))
        return Qt::Dense6Pattern;
    if (pattern == QLatin1String("cross"))
        return Qt::DiagCrossPattern;
    return second ? Qt::FDiagPattern : Qt::BDiagPattern;
}

} // namespace

void paintZones(QPainter &painter, const MapViewport &viewport, const std::vector<MapZone> &zones,
                double symbolScale)
{
    const QRectF visible = viewport.visibleWorld();
    const QTransform toScreen = viewport.worldToScreen();
    // Hatching at a readable spacing whatever the zoom or print resolution.
    const QTransform hatchScale = QTransform::fromScale(1.6 * symbolScale, 1.6 * symbolScale);
    for (const MapZone &zone : zones) {
        if (zone.colors.empty() || !zone.bounds.intersects(visible))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const auto &ring : zone.rings) {
            if (ring.size() < 3)
                continue;
            path.moveTo(toScreen.map(ring.front()));
            for (std::size_t i = 1; i < ring.size(); ++i)
                path.lineTo(toScreen.map(ring[i]));
            path.closeSubpath();
        }
        const QColor first = zone.colors.front();
        painter.fillPath(path, withAlpha(first, zone.contested ? 40 : zone.approximate ? 60 : 110));
        for (std::size_t c = 0; c < zone.colors.size() && (zone.approximate || zone.contested); ++c) {
            QBrush hatch(withAlpha(zone.colors[c], 200), patternBrush(zone.pattern, c == 1));
            hatch.setTransform(hatchScale);
            painter.fillPath(path, hatch);
        }
        QPen outline(withAlpha(first, 220), 1.2 * symbolScale, zone.approximate ? Qt::DashLine : Qt::SolidLine);
        painter.strokePath(path, outline);
    }
}

} // namespace frontline
