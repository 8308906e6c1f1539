#include "ZonePainter.h"

#include "MapViewport.h"
#include "HatchLines.h"
#include "SymbolCache.h"

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

namespace {

// The zone's rings on screen, holes left open (even-odd).
QPainterPath screenPath(const MapZone &zone, const QTransform &toScreen)
{
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
    return path;
}

int tintOf(const MapZone &zone)
{
    return zone.contested ? 40 : zone.approximate ? 60 : 110;
}

QPen outlineOf(const MapZone &zone, double symbolScale)
{
    return QPen(withAlpha(zone.colors.front(), 220), 1.2 * symbolScale, zone.approximate ? Qt::DashLine : Qt::SolidLine);
}

// For SVG and PDF: each zone its own shapes, hatching as vector patterns.
void paintVectorZones(QPainter &painter, const MapViewport &viewport, const std::vector<MapZone> &zones,
                      double symbolScale)
{
    const QRectF visible = viewport.visibleWorld();
    const QTransform toScreen = viewport.worldToScreen();
    // Hatching at a readable spacing whatever the zoom or print resolution.
    const QTransform hatchScale = QTransform::fromScale(1.6 * symbolScale, 1.6 * symbolScale);
    for (const MapZone &zone : zones) {
        if (zone.colors.empty() || !zone.bounds.intersects(visible))
            continue;
        const QPainterPath path = screenPath(zone, toScreen);
        painter.fillPath(path, withAlpha(zone.colors.front(), tintOf(zone)));
        for (std::size_t c = 0; c < zone.colors.size() && (zone.approximate || zone.contested); ++c) {
            QBrush hatch(withAlpha(zone.colors[c], 200), patternBrush(zone.pattern, c == 1));
            hatch.setTransform(hatchScale);
            painter.fillPath(path, hatch);
        }
        painter.strokePath(path, outlineOf(zone, symbolScale));
    }
}

} // namespace

void paintZones(QPainter &painter, const MapViewport &viewport, const std::vector<MapZone> &zones,
                double symbolScale, SymbolCache &symbols)
{
    if (!SymbolCache::suits(painter)) {
        paintVectorZones(painter, viewport, zones, symbolScale);
        return;
    }
    // On pixels, zones are drawn into a layer of their own and composed once: the tints
    // replace what is beneath them in the layer (a plain copy, many times quicker than a
    // translucent blend per zone), hatching is drawn as thin lines cut to each zone, and
    // outlines are one-pixel cosmetic lines (the fast stroker, dashes included). Lines are
    // opaque in the layer: Qt blends translucent lines several times slower.
    const QRectF visible = viewport.visibleWorld();
    const QTransform toScreen = viewport.worldToScreen();
    QImage layer(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    QPainter zonesPainter(&layer);
    zonesPainter.setRenderHint(QPainter::Antialiasing, true);
    const double spacing = 12.8 * symbolScale; // as Qt's 8-pixel hatch scaled by 1.6
    const auto thinPen = [&](QPen pen) {
        if (symbolScale <= 1.0) {
            pen.setWidthF(1.0);
            pen.setCosmetic(true);
        }
        return pen;
    };
    for (const MapZone &zone : zones) {
        if (zone.colors.empty() || !zone.bounds.intersects(visible))
            continue;
        const QPainterPath path = screenPath(zone, toScreen);
        // The tint without antialiasing: the antialiased outline drawn over its edge hides
        // the steps, and the fill costs a third.
        zonesPainter.setRenderHint(QPainter::Antialiasing, false);
        zonesPainter.setCompositionMode(QPainter::CompositionMode_Source);
        zonesPainter.fillPath(path, withAlpha(zone.colors.front(), tintOf(zone)));
        zonesPainter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        zonesPainter.setRenderHint(QPainter::Antialiasing, true);
        if (zone.approximate || zone.contested) {
            if (zone.pattern == QLatin1String("dots")) {
                const std::vector<QColor> colors(zone.colors.begin(),
                                                 zone.colors.begin() + std::min<std::size_t>(2, zone.colors.size()));
                zonesPainter.fillPath(path, QBrush(symbols.dotTile(colors, symbolScale)));
            } else {
                std::vector<QPolygonF> rings;
                for (const auto &ring : zone.rings) {
                    QPolygonF screen;
                    screen.reserve(qsizetype(ring.size()));
                    for (const QPointF &p : ring)
                        screen << toScreen.map(p);
                    rings.push_back(std::move(screen));
                }
                for (std::size_t c = 0; c < zone.colors.size() && c < 2; ++c) {
                    zonesPainter.setPen(thinPen(QPen(zone.colors[c], 1.2 * symbolScale)));
                    const bool forward = c == 0;
                    for (const bool slash : {forward, !forward})
                        if (slash == forward || zone.pattern == QLatin1String("cross")) {
                            const std::vector<QLineF> lines = hatchLines(rings, spacing, slash);
                            zonesPainter.drawLines(lines.data(), int(lines.size()));
                        }
                }
            }
        }
        QPen outline = thinPen(outlineOf(zone, symbolScale));
        outline.setColor(withAlpha(outline.color(), 255));
        zonesPainter.setPen(outline);
        zonesPainter.setBrush(Qt::NoBrush);
        zonesPainter.drawPath(path);
    }
    zonesPainter.end();
    painter.drawImage(QPointF(0, 0), layer);
}

} // namespace frontline
