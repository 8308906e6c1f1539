#include "ZonePainter.h"

#include "HatchLines.h"
#include "MapViewport.h"
#include "SymbolCache.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <functional>

namespace frontline {
namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

constexpr double kHatchSpacing = 12.8; // pixels at 96 DPI: Qt's 8-pixel hatch scaled by 1.6
constexpr double kHatchWidth = 1.2;
constexpr double kDotRadius = 1.2;
constexpr int kDotAlpha = 200;

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

std::vector<QPolygonF> screenRings(const MapZone &zone, const QTransform &toScreen)
{
    std::vector<QPolygonF> rings;
    for (const auto &ring : zone.rings) {
        QPolygonF screen;
        screen.reserve(qsizetype(ring.size()));
        for (const QPointF &p : ring)
            screen << toScreen.map(p);
        rings.push_back(std::move(screen));
    }
    return rings;
}

// Hatching as line segments cut to the zone, one direction a colour ("/" then "\"), both
// ways for the "cross" pattern. `penOf` makes each colour's pen.
void drawHatching(QPainter &painter, const MapZone &zone, const QTransform &toScreen,
                  double symbolScale, const std::function<QPen(QPen)> &penOf)
{
    const std::vector<QPolygonF> rings = screenRings(zone, toScreen);
    for (std::size_t c = 0; c < zone.colors.size() && c < 2; ++c) {
        painter.setPen(penOf(QPen(zone.colors[c], kHatchWidth * symbolScale)));
        const bool forward = c == 0;
        for (const bool slash : {forward, !forward})
            if (slash == forward || zone.pattern == QLatin1String("cross")) {
                const std::vector<QLineF> lines =
                    hatchLines(rings, kHatchSpacing * symbolScale, slash);
                painter.drawLines(lines.data(), int(lines.size()));
            }
    }
}

// The "dots" pattern as dots, for SVG and PDF (a texture brush would be an image there): a
// grid anchored to the screen, a second colour's dots between the first's, cut to the zone.
void drawVectorDots(QPainter &painter, const QPainterPath &path, const MapZone &zone,
                    double symbolScale)
{
    const double size = kHatchSpacing * symbolScale;
    const double radius = kDotRadius * symbolScale;
    const QRectF bounds = path.boundingRect();
    painter.save();
    painter.setClipPath(path, Qt::IntersectClip);
    painter.setPen(Qt::NoPen);
    for (std::size_t c = 0; c < zone.colors.size() && c < 2; ++c) {
        painter.setBrush(withAlpha(zone.colors[c], kDotAlpha));
        const double offset = size / 4.0 + double(c) * size / 2.0;
        for (double y = std::floor(bounds.top() / size) * size + offset; y < bounds.bottom();
             y += size)
            for (double x = std::floor(bounds.left() / size) * size + offset; x < bounds.right();
                 x += size)
                painter.drawEllipse(QPointF(x, y), radius, radius);
    }
    painter.restore();
}

// For SVG and PDF: each zone its own shapes, hatching as lines and dots as dots, never
// brush patterns (the PDF writer makes those images).
void paintVectorZones(QPainter &painter, const MapViewport &viewport, const std::vector<MapZone> &zones,
                      double symbolScale)
{
    const QRectF visible = viewport.visibleWorld();
    const QTransform toScreen = viewport.worldToScreen();
    for (const MapZone &zone : zones) {
        if (zone.colors.empty() || !zone.bounds.intersects(visible))
            continue;
        const QPainterPath path = screenPath(zone, toScreen);
        painter.fillPath(path, withAlpha(zone.colors.front(), tintOf(zone)));
        if (zone.approximate || zone.contested) {
            if (zone.pattern == QLatin1String("dots"))
                drawVectorDots(painter, path, zone, symbolScale);
            else
                drawHatching(painter, zone, toScreen, symbolScale, [](QPen pen) {
                    pen.setColor(withAlpha(pen.color(), kDotAlpha));
                    return pen;
                });
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
                drawHatching(zonesPainter, zone, toScreen, symbolScale, thinPen);
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
