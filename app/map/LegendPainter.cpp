#include "LegendPainter.h"

#include "EventIcons.h"
#include "HatchLines.h"
#include "MapFrame.h"
#include "MapSource.h"
#include "MapStyle.h"
#include "document/DateRangeText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRgb>
#include <algorithm>
#include <array>

namespace frontline {
namespace {

using Swatch = Legend::Swatch;
using Row = Legend::Row;

constexpr double kSwatchHatchSpacing = 12.8; // as the map's zones, at 96 DPI

// Hatching as lines, as the map draws it: a brush pattern would be an image in a PDF.
void drawSwatchHatching(QPainter &painter, const QRectF &box, const QColor &color,
                        bool forwardSlash, double s)
{
    painter.setPen(QPen(color, 1 * s));
    const std::vector<QLineF> lines =
        hatchLines({QPolygonF(box)}, kSwatchHatchSpacing * s, forwardSlash);
    painter.drawLines(lines.data(), int(lines.size()));
}

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
        if (row.swatch != Swatch::Area)
            drawSwatchHatching(painter, box, row.color, true, s);
        if (row.swatch == Swatch::Contested)
            drawSwatchHatching(painter, box, row.second, false, s);
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
    case Swatch::EventIcon:
        paintEventIcon(painter, box.center(), row.eventType, row.color, s * 0.8);
        break;
    case Swatch::Line:
        painter.setPen(QPen(row.color, 2 * s));
        painter.setBrush(QColor(row.color.red(), row.color.green(), row.color.blue(), 60));
        painter.drawRect(box.adjusted(2 * s, 1 * s, -2 * s, -1 * s));
        break;
    }
    painter.restore();
}

} // namespace

Legend::Legend(const MapOverlay &overlay, const LayerStack &layers, const MapStyle &style)
    : m_style(style), m_days(dateRangeText(overlay.shownFrom, overlay.shownTo))
{
    const bool zonesShown = layers.builtIn(LayerKind::Zones).visible;
    const bool arrowsShown = layers.builtIn(LayerKind::Arrows).visible;
    const bool eventsShown = layers.builtIn(LayerKind::Events).visible;
    const bool placesShown = layers.builtIn(LayerKind::Places).visible;
    // A faction is listed when something visible is drawn in its colour. The colours drawn
    // are gathered in one pass: a dense overlay has a hundred thousand events and few colours.
    std::vector<QRgb> coloursDrawn;
    const auto noteColour = [&](const QColor &color) {
        const QRgb rgba = color.rgba();
        if (std::find(coloursDrawn.begin(), coloursDrawn.end(), rgba) == coloursDrawn.end())
            coloursDrawn.push_back(rgba);
    };
    if (zonesShown)
        for (const MapZone &z : overlay.zones)
            for (const QColor &color : z.colors)
                noteColour(color);
    if (arrowsShown)
        for (const MapArrow &a : overlay.arrows)
            noteColour(a.color);
    std::array<bool, std::size_t(EventType::Other) + 1> typesDrawn{};
    if (eventsShown)
        for (const MapEventMarker &e : overlay.events) {
            typesDrawn[std::size_t(e.type)] = true;
            noteColour(e.color);
        }
    if (placesShown)
        for (const MapMarker &m : overlay.markers)
            noteColour(m.color);
    for (const LegendFaction &faction : overlay.legend)
        if (std::find(coloursDrawn.begin(), coloursDrawn.end(), faction.color.rgba()) != coloursDrawn.end())
            m_rows.push_back({Swatch::Area, faction.color, {}, faction.name});
    const QColor neutral(0x55, 0x55, 0x55);
    const auto anyZone = [&](auto predicate) {
        return zonesShown && std::any_of(overlay.zones.begin(), overlay.zones.end(), predicate);
    };
    const auto anyArrow = [&](auto predicate) {
        return arrowsShown && std::any_of(overlay.arrows.begin(), overlay.arrows.end(), predicate);
    };
    if (anyZone([](const MapZone &z) { return !z.approximate; }))
        m_rows.push_back({Swatch::Area, neutral, {}, QStringLiteral("Solid: control from a loaded layer")});
    if (anyZone([](const MapZone &z) { return z.approximate && !z.contested; }))
        m_rows.push_back({Swatch::Hatched, neutral, {}, QStringLiteral("Hatched: control, approximate, from text")});
    if (anyZone([](const MapZone &z) { return z.contested; }))
        m_rows.push_back({Swatch::Contested, neutral, QColor(0xb0, 0xb0, 0xb0), QStringLiteral("Two colours: contested")});
    if (anyArrow([](const MapArrow &a) { return !a.dashed; }))
        m_rows.push_back({Swatch::SolidArrow, neutral, {}, QStringLiteral("Solid arrow: offensive reported")});
    if (anyArrow([](const MapArrow &a) { return a.dashed; }))
        m_rows.push_back({Swatch::DashedArrow, neutral, {}, QStringLiteral("Dashed arrow: planned, or origin inferred")});
    for (std::size_t t = 0; t < typesDrawn.size(); ++t)
        if (typesDrawn[t]) {
            const EventType type = EventType(t);
            QString name = eventTypeName(type);
            name[0] = name[0].toUpper();
            m_rows.push_back({Swatch::EventIcon, neutral, {}, name, type});
        }
    if (placesShown && !overlay.markers.empty())
        m_rows.push_back({Swatch::Marker, style.marker, {}, QStringLiteral("Place named in the text")});
    for (const MapLayer &layer : layers.layers())
        if (layer.visible && layer.source && layer.source->takesColor())
            m_rows.push_back({Swatch::Line, layer.color, {}, layer.name});
}

QSizeF Legend::size(double s) const
{
    const QFontMetricsF metrics(m_style.font(8.5, s));
    const double line = metrics.height() + 4 * s, swatch = 16 * s;
    double width = QFontMetricsF(m_style.font(8.5, s, true)).horizontalAdvance(QStringLiteral("Legend"));
    width = std::max(width, metrics.horizontalAdvance(m_days));
    for (const Row &row : m_rows)
        width = std::max(width, swatch + 6 * s + metrics.horizontalAdvance(row.text));
    return {width + 20 * s, line * lineCount() + 12 * s};
}

void Legend::paint(QPainter &painter, QPointF topLeft, double s) const
{
    const QFont font = m_style.font(8.5, s), bold = m_style.font(8.5, s, true);
    const QFontMetricsF metrics(font);
    const double line = metrics.height() + 4 * s, swatch = 16 * s;
    const QRectF panel(topLeft, size(s));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.panel);
    painter.drawRoundedRect(panel, 3 * s, 3 * s);
    painter.setPen(m_style.decorationText);
    painter.setFont(bold);
    painter.drawText(QPointF(panel.left() + 10 * s, panel.top() + 6 * s + metrics.ascent()), QStringLiteral("Legend"));
    painter.setFont(font);
    const int firstRowLine = m_days.isEmpty() ? 1 : 2;
    if (!m_days.isEmpty())
        painter.drawText(
            QPointF(panel.left() + 10 * s, panel.top() + 6 * s + line + metrics.ascent()), m_days);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const double y = panel.top() + 6 * s + line * (i + firstRowLine);
        const QRectF box(panel.left() + 10 * s, y + (line - swatch * 0.7) / 2 - 2 * s, swatch, swatch * 0.7);
        paintSwatch(painter, box, m_rows[i], s);
        painter.setPen(m_style.decorationText);
        painter.drawText(QPointF(box.right() + 6 * s, y + metrics.ascent()), m_rows[i].text);
    }
    painter.restore();
}

QPointF legendTopLeft(const MapFrame &frame, const Legend &legend)
{
    const double s = frame.symbolScale;
    return QPointF(frame.viewport.size().width() - legend.size(s).width() - 10 * s, 10 * s);
}

void paintLegend(QPainter &painter, const MapFrame &frame, const Legend &legend)
{
    if (!legend.isEmpty())
        legend.paint(painter, legendTopLeft(frame, legend), frame.symbolScale);
}

} // namespace frontline
