#include "PreviewMarker.h"

#include "MapFrame.h"
#include "MapStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace frontline {
namespace {

const QColor kPreviewInk(0x1f, 0x4e, 0x79); // the map tools' ink: not a faction's colour
constexpr double kRingRadius = 11.0;
constexpr double kRingWidth = 3.0;
constexpr double kEdgeMargin = 28.0; // where the pointer at the edge of the view stands
constexpr double kPointerLength = 16.0;
constexpr double kLabelGap = 6.0;

void drawLabel(QPainter &painter, QPointF anchor, const QString &text, const MapStyle &style,
               double scale)
{
    const QFont font = style.font(style.placeLabelPointSize, scale, true);
    const QFontMetricsF metrics(font);
    QPainterPath path;
    path.addText(anchor + QPointF(kLabelGap * scale, metrics.capHeight() / 2), font, text);
    painter.setPen(QPen(style.labelHalo, 3 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kPreviewInk);
    painter.drawPath(path);
}

// A triangle at `at` pointing along `angle` (radians, screen coordinates).
void drawPointer(QPainter &painter, QPointF at, double angle, double scale)
{
    const double length = kPointerLength * scale;
    const QPointF tip = at + QPointF(std::cos(angle), std::sin(angle)) * length / 2;
    const QPointF back = at - QPointF(std::cos(angle), std::sin(angle)) * length / 2;
    const QPointF side = QPointF(-std::sin(angle), std::cos(angle)) * length / 2.5;
    painter.setPen(QPen(Qt::white, 1.5 * scale));
    painter.setBrush(kPreviewInk);
    painter.drawPolygon(QPolygonF{tip, back + side, back - side});
}

} // namespace

void paintPreviewMarker(QPainter &painter, const MapFrame &frame, const MapPreview &preview,
                        const MapStyle &style)
{
    const double scale = frame.symbolScale;
    const QPointF at = frame.viewport.toScreen(preview.world);
    const double margin = kEdgeMargin * scale;
    const QRectF inner = QRectF(QPointF(0, 0), QSizeF(frame.viewport.size()))
                             .adjusted(margin, margin, -margin, -margin);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (inner.contains(at)) {
        const double radius = kRingRadius * scale;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, (kRingWidth + 2) * scale));
        painter.drawEllipse(at, radius, radius);
        painter.setPen(QPen(kPreviewInk, kRingWidth * scale));
        painter.drawEllipse(at, radius, radius);
        drawLabel(painter, at + QPointF(radius, 0), preview.label, style, scale);
    } else {
        const QPointF edge(std::clamp(at.x(), inner.left(), inner.right()),
                           std::clamp(at.y(), inner.top(), inner.bottom()));
        const QPointF towards = at - edge;
        drawPointer(painter, edge, std::atan2(towards.y(), towards.x()), scale);
        // The label inside the view, on the side away from the edge.
        const QFontMetricsF metrics(style.font(style.placeLabelPointSize, scale, true));
        const double width = metrics.horizontalAdvance(preview.label) + 2 * kLabelGap * scale;
        const double x = edge.x() + width > inner.right() ? edge.x() - width : edge.x();
        const double y =
            edge.y() < inner.top() + margin ? edge.y() + margin : edge.y() - margin / 2;
        drawLabel(painter, QPointF(x, y), preview.label, style, scale);
    }
    painter.restore();
}

} // namespace frontline
