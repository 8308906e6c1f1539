#include "LegendPainter.h"

#include "MapFrame.h"
#include "MapStyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace frontline {
namespace {

enum class Swatch { Area, Hatched, Contested, SolidArrow, DashedArrow, Marker };

struct Row
{
    Swatch swatch;
    QColor color, second;
    QString text;
};

void paintSwatch(QPainter &painter, const QRectF &box, const Row &row, double s)
{
    painter.save();
    switch (row.swatch) {
    case Swatch::Area:
    case Swatch::Hatched:
    case Swatch::Contested: {
        QColor fill = row.color;
        fill.setAlpha(70);
        painter.fillRect(box, fill);
        QBrush hatch(row.color, Qt::BDiagPattern);
        hatch.setTransform(QTransform::fromScale(1.6 * s, 1.6 * s));
        if (row.swatch != Swatch::Area)
            painter.fillRect(box, hatch);
        if (row.swatch == Swatch::Contested) {
            QBrush other(row.second, Qt::FDiagPattern);
            other.setTransform(QTransform::fromScale(1.6 * s, 1.6 * s));
            painter.fillRect(box, other);
        }
        painter.setPen(QPen(row.color, 1 * s, row.swatch == Swatch::Area ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        break;
    }
    case Swatch::SolidArrow:
    case Swatch::DashedArrow: {
        QColor fill = row.color;
        fill.setAlpha(row.swatch == Swatch::DashedArrow ? 110 : 225);
        QPolygonF arrow({box.topLeft() + QPointF(0, box.height() * 0.35), box.topLeft() + QPointF(box.width() * 0.6, box.height() * 0.35),
                         box.topLeft() + QPointF(box.width() * 0.6, 0), box.topLeft() + QPointF(box.width(), box.height() / 2),
                         box.topLeft() + QPointF(box.width() * 0.6, box.height()), box.topLeft() + QPointF(box.width() * 0.6, box.height() * 0.65),
                         box.topLeft() + QPointF(0, box.height() * 0.65)});
        painter.setBrush(fill);
        painter.setPen(QPen(row.color.darker(120), 1 * s, row.swatch == Swatch::DashedArrow ? Qt::DashLine : Qt::SolidLine));
        painter.drawPolygon(arrow);
        break;
    }
    case Swatch::Marker:
        painter.setBrush(row.color);
        painter.setPen(QPen(Qt::white, 1.2 * s));
        painter.drawEllipse(box.center(), box.height() / 3, box.height() / 3);
        break;
    }
    painter.restore();
}

} // namespace

void paintLegend(QPainter &painter, const MapFrame &frame, const MapStyle &style, const MapOverlay &overlay)
{
    if (overlay.legend.empty() && overlay.markers.empty())
        return;
    const double s = frame.symbolScale;
    std::vector<Row> rows;
    for (const LegendFaction &faction : overlay.legend)
        rows.push_back({Swatch::Area, faction.color, {}, faction.name});
    const QColor neutral(0x55, 0x55, 0x55);
    const bool approximate = std::any_of(overlay.zones.begin(), overlay.zones.end(), [](const MapZone &z) { return z.approximate && !z.contested; });
    const bool contested = std::any_of(overlay.zones.begin(), overlay.zones.end(), [](const MapZone &z) { return z.contested; });
    const bool solid = std::any_of(overlay.arrows.begin(), overlay.arrows.end(), [](const MapArrow &a) { return !a.dashed; });
    const bool dashed = std::any_of(overlay.arrows.begin(), overlay.arrows.end(), [](const MapArrow &a) { return a.dashed; });
    const bool mapped = std::any_of(overlay.zones.begin(), overlay.zones.end(), [](const MapZone &z) { return !z.approximate; });
    if (mapped)
        rows.push_back({Swatch::Area, neutral, {}, QStringLiteral("Solid: control from a loaded layer")});
    if (approximate)
        rows.push_back({Swatch::Hatched, neutral, {}, QStringLiteral("Hatched: control, approximate, from text")});
    if (contested)
        rows.push_back({Swatch::Contested, neutral, QColor(0xb0, 0xb0, 0xb0), QStringLiteral("Two colours: contested")});
    if (solid)
        rows.push_back({Swatch::SolidArrow, neutral, {}, QStringLiteral("Solid arrow: offensive reported")});
    if (dashed)
        rows.push_back({Swatch::DashedArrow, neutral, {}, QStringLiteral("Dashed arrow: planned, or origin inferred")});
    if (!overlay.markers.empty())
        rows.push_back({Swatch::Marker, style.marker, {}, QStringLiteral("Place named in the text")});

    const QFont font = style.font(8.5, s), bold = style.font(8.5, s, true);
    const QFontMetricsF metrics(font);
    const double line = metrics.height() + 4 * s, swatch = 16 * s;
    double width = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("Legend"));
    for (const Row &row : rows)
        width = std::max(width, swatch + 6 * s + metrics.horizontalAdvance(row.text));
    const QRectF panel(frame.viewport.size().width() - width - 30 * s, 10 * s, width + 20 * s,
                       line * (rows.size() + 1) + 12 * s);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRoundedRect(panel, 3 * s, 3 * s);
    painter.setPen(style.decorationText);
    painter.setFont(bold);
    painter.drawText(QPointF(panel.left() + 10 * s, panel.top() + 6 * s + metrics.ascent()), QStringLiteral("Legend"));
    painter.setFont(font);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double y = panel.top() + 6 * s + line * (i + 1);
        const QRectF box(panel.left() + 10 * s, y + (line - swatch * 0.7) / 2 - 2 * s, swatch, swatch * 0.7);
        paintSwatch(painter, box, rows[i], s);
        painter.setPen(style.decorationText);
        painter.drawText(QPointF(box.right() + 6 * s, y + metrics.ascent()), rows[i].text);
    }
    painter.restore();
}

} // namespace frontline
