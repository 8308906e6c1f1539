#include "EventIcons.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace frontline {
namespace {

// The glyph of a type, drawn in a box from -1 to 1 (y down).
QPainterPath glyph(EventType type)
{
    QPainterPath path;
    switch (type) {
    case EventType::Offensive: // a chevron pointing ahead
        path.moveTo(-0.55, -0.6);
        path.lineTo(0.25, 0);
        path.lineTo(-0.55, 0.6);
        path.moveTo(-0.05, -0.6);
        path.lineTo(0.75, 0);
        path.lineTo(-0.05, 0.6);
        break;
    case EventType::Capture: // a flag on its pole
        path.moveTo(-0.5, 0.75);
        path.lineTo(-0.5, -0.7);
        path.lineTo(0.6, -0.4);
        path.lineTo(-0.5, -0.05);
        break;
    case EventType::Control: // a shield
        path.moveTo(0, -0.7);
        path.lineTo(0.6, -0.45);
        path.quadTo(0.6, 0.35, 0, 0.75);
        path.quadTo(-0.6, 0.35, -0.6, -0.45);
        path.closeSubpath();
        break;
    case EventType::Clash: // crossed blades
        path.moveTo(-0.6, -0.6);
        path.lineTo(0.6, 0.6);
        path.moveTo(0.6, -0.6);
        path.lineTo(-0.6, 0.6);
        break;
    case EventType::Airstrike: // an aircraft from above
        path.moveTo(0, -0.75);
        path.lineTo(0, 0.7);
        path.moveTo(-0.7, -0.05);
        path.lineTo(0.7, -0.05);
        path.moveTo(-0.3, 0.6);
        path.lineTo(0.3, 0.6);
        break;
    case EventType::Shelling: // three rounds falling
        for (const QPointF c : {QPointF(0, -0.4), QPointF(-0.4, 0.3), QPointF(0.4, 0.3)})
            path.addEllipse(c, 0.17, 0.17);
        break;
    case EventType::Explosion: // a burst
        for (int i = 0; i < 16; ++i) {
            const double angle = i * M_PI / 8, r = i % 2 ? 0.32 : 0.78;
            const QPointF p(r * std::cos(angle), r * std::sin(angle));
            i ? path.lineTo(p) : path.moveTo(p);
        }
        path.closeSubpath();
        break;
    case EventType::Attack: // a crosshair
        path.addEllipse(QPointF(0, 0), 0.45, 0.45);
        path.moveTo(0, -0.8);
        path.lineTo(0, 0.8);
        path.moveTo(-0.8, 0);
        path.lineTo(0.8, 0);
        break;
    case EventType::Arrest: // a padlock
        path.addRect(QRectF(-0.5, -0.05, 1.0, 0.75));
        path.moveTo(-0.3, -0.05);
        path.arcTo(QRectF(-0.3, -0.7, 0.6, 0.9), 180, -180);
        break;
    case EventType::Riot: // as a protest: an exclamation mark
    case EventType::Protest: // an exclamation mark
        path.moveTo(0, -0.75);
        path.lineTo(0, 0.25);
        path.addEllipse(QPointF(0, 0.6), 0.1, 0.1);
        break;
    case EventType::Withdrawal: // an arrow going back
        path.moveTo(0.7, 0);
        path.lineTo(-0.6, 0);
        path.moveTo(-0.15, -0.5);
        path.lineTo(-0.65, 0);
        path.lineTo(-0.15, 0.5);
        break;
    case EventType::Patrol: // a dot, as other acts (no glyph of its own yet)
    case EventType::Other:
        path.addEllipse(QPointF(0, 0), 0.25, 0.25);
        break;
    }
    return path;
}

bool filledGlyph(EventType type)
{
    return type == EventType::Capture || type == EventType::Explosion || type == EventType::Shelling ||
           type == EventType::Other;
}

} // namespace

void paintEventIcon(QPainter &painter, QPointF centre, EventType type, const QColor &color, double symbolScale)
{
    const double radius = 8 * symbolScale;
    painter.setPen(QPen(Qt::white, 1.2 * symbolScale));
    painter.setBrush(color);
    painter.drawEllipse(centre, radius, radius);
    QTransform place;
    place.translate(centre.x(), centre.y());
    place.scale(radius * 0.62, radius * 0.62);
    const QPainterPath path = place.map(glyph(type));
    painter.setPen(QPen(Qt::white, 1.5 * symbolScale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(filledGlyph(type) ? QBrush(Qt::white) : QBrush(Qt::NoBrush));
    painter.drawPath(path);
}

} // namespace frontline
