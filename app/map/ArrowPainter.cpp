#include "ArrowPainter.h"

#include "LabelPlacer.h"
#include "MapViewport.h"
#include "SymbolCache.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace frontline {
namespace {

constexpr int kSamples = 24;
constexpr double kBend = 0.16; // how far the curve bows out, as a share of its length

QPointF bezier(QPointF a, QPointF control, QPointF b, double t)
{
    const double u = 1 - t;
    return u * u * a + 2 * u * t * control + t * t * b;
}

QPointF normalOf(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 0 ? QPointF(-v.y() / length, v.x() / length) : QPointF();
}

} // namespace

void paintArrows(QPainter &painter, const MapViewport &viewport, const std::vector<MapArrow> &arrows,
                 double symbolScale, const QFont &labelFont, LabelPlacer &placer, SymbolCache &symbols)
{
    const double s = symbolScale;
    for (const MapArrow &arrow : arrows) {
        const QPointF tail = viewport.toScreen(arrow.tail), head = viewport.toScreen(arrow.head);
        const double length = QLineF(tail, head).length();
        if (length < 12 * s)
            continue; // too short to read at this zoom
        const QPointF control = (tail + head) / 2 + normalOf(head - tail) * length * kBend;
        const double headLength = std::min(18 * s, length * 0.4);
        const double tailWidth = 10 * s, neckWidth = 4.5 * s, headWidth = 15 * s;

        // The body stops where the head begins; widths taper from tail to neck.
        std::vector<QPointF> left, right;
        const double stop = 1 - headLength / length;
        QPointF neck, direction;
        for (int i = 0; i <= kSamples; ++i) {
            const double t = stop * i / kSamples;
            const QPointF p = bezier(tail, control, head, t);
            const QPointF tangent = bezier(tail, control, head, std::min(1.0, t + 0.01)) - p;
            const QPointF n = normalOf(tangent);
            const double w = (tailWidth + (neckWidth - tailWidth) * (double(i) / kSamples)) / 2;
            left.push_back(p + n * w);
            right.push_back(p - n * w);
            neck = p;
            direction = tangent;
        }
        const QPointF n = normalOf(direction);
        QPainterPath body;
        body.moveTo(left.front());
        for (const QPointF &p : left)
            body.lineTo(p);
        body.lineTo(neck + n * headWidth / 2);
        body.lineTo(head);
        body.lineTo(neck - n * headWidth / 2);
        for (auto p = right.rbegin(); p != right.rend(); ++p)
            body.lineTo(*p);
        body.closeSubpath();

        QColor fill = arrow.color;
        fill.setAlpha(arrow.dashed ? 110 : 225);
        painter.fillPath(body, fill);
        QPen outline(arrow.dashed ? arrow.color.darker(120) : QColor(255, 255, 255, 220), 1.3 * s,
                     arrow.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.strokePath(body, outline);

        if (!arrow.label.isEmpty()) {
            const QPointF middle = bezier(tail, control, head, 0.45);
            const QFontMetricsF metrics(labelFont);
            const QPointF at = middle + normalOf(head - tail) * (tailWidth + 4 * s) -
                               QPointF(metrics.horizontalAdvance(arrow.label) / 2, 0);
            placer.reserve(metrics.boundingRect(arrow.label).translated(at));
            symbols.drawHaloText(painter, at, arrow.label, labelFont, arrow.color.darker(130), QColor(255, 255, 255, 220), 3 * s);
        }
    }
}

} // namespace frontline
