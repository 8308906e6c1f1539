#include "MapDecorations.h"

#include "MapFrame.h"
#include "MapStyle.h"
#include "geo/WebMercator.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace frontline {
namespace {

// Each decoration's panel and what goes in it, worked out once for drawing and for keeping
// labels clear of it.
struct ScaleBarLayout
{
    QRectF panel;
    QPointF origin;
    double pixels = 0;
    QString text;
    QFont font;
};

constexpr double kScaleBarBaseline = 14; // above the frame's bottom edge, pixels at 96 DPI

QFont scaleBarFont(const MapFrame &frame, const MapStyle &style)
{
    return style.font(8, frame.symbolScale);
}

// The scale bar panel's top edge, whatever length the bar has.
double scaleBarTop(const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    return frame.viewport.size().height() - kScaleBarBaseline * s -
           QFontMetricsF(scaleBarFont(frame, style)).height() - 10 * s;
}

ScaleBarLayout scaleBarLayout(const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    ScaleBarLayout layout;
    const double metres = scaleBarMetres(frame, 140 * s, &layout.pixels);
    if (metres <= 0)
        return layout;
    layout.text = metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                                 : QStringLiteral("%1 m").arg(metres);
    layout.font = scaleBarFont(frame, style);
    const QFontMetricsF metrics(layout.font);
    layout.origin = QPointF(12 * s, frame.viewport.size().height() - kScaleBarBaseline * s);
    layout.panel = QRectF(layout.origin.x() - 6 * s, scaleBarTop(frame, style),
                          layout.pixels + 12 * s + metrics.horizontalAdvance(layout.text) + 8 * s,
                          metrics.height() + 18 * s);
    return layout;
}

void drawScaleBar(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const ScaleBarLayout layout = scaleBarLayout(frame, style);
    if (layout.text.isEmpty())
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRoundedRect(layout.panel, 3 * s, 3 * s);
    painter.setPen(QPen(style.decorationText, 1.5 * s, Qt::SolidLine, Qt::FlatCap));
    const QPointF origin = layout.origin;
    painter.drawLine(origin, origin + QPointF(layout.pixels, 0));
    painter.drawLine(origin, origin - QPointF(0, 5 * s));
    painter.drawLine(origin + QPointF(layout.pixels, 0), origin + QPointF(layout.pixels, -5 * s));
    painter.setFont(layout.font);
    painter.drawText(QPointF(origin.x() + layout.pixels + 6 * s, origin.y()), layout.text);
}

QString attributionOf(const MapFrame &frame, const MapStyle &style)
{
    return frame.extraAttribution.isEmpty()
               ? style.attribution
               : style.attribution + QStringLiteral(" \u00b7 ") + frame.extraAttribution;
}

QRectF attributionPanel(const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const QFontMetricsF metrics(style.font(7, s));
    const QSize size = frame.viewport.size();
    const double width = metrics.horizontalAdvance(attributionOf(frame, style));
    return QRectF(size.width() - width - 12 * s, size.height() - metrics.height() - 6 * s,
                  width + 12 * s, metrics.height() + 6 * s);
}

void drawAttribution(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    const QRectF panel = attributionPanel(frame, style);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRect(panel);
    painter.setPen(style.decorationText);
    painter.setFont(style.font(7, frame.symbolScale));
    painter.drawText(panel, Qt::AlignCenter, attributionOf(frame, style));
}

constexpr QSizeF kLocatorSize{150, 100};  // pixels at 96 DPI
constexpr QSizeF kNorthArrowSize{30, 46}; // pixels at 96 DPI
constexpr double kCornerGap = 8;          // between panels, pixels at 96 DPI

QRectF northArrowPanel(const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const QRectF locator = locatorPanel(frame, style);
    const QSizeF size = kNorthArrowSize * s;
    return QRectF(
        QPointF(locator.left() - kCornerGap * s - size.width(), locator.bottom() - size.height()),
        size);
}

// Web Mercator keeps north straight up: an arrowhead, half dark and half light, under an N.
void drawNorthArrow(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const QRectF panel = northArrowPanel(frame, style);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRoundedRect(panel, 3 * s, 3 * s);
    const QFont font = style.font(9, s, true);
    const double letter = QFontMetricsF(font).height();
    const QPointF tip(panel.center().x(), panel.top() + letter + 2 * s);
    const QPointF base(tip.x(), panel.bottom() - 5 * s);
    const double half = panel.width() * 0.3;
    const QPointF notch(tip.x(), base.y() - (base.y() - tip.y()) * 0.25);
    painter.setPen(QPen(style.decorationText, 0.8 * s));
    painter.setBrush(style.decorationText);
    painter.drawPolygon(QPolygonF({tip, notch, QPointF(tip.x() - half, base.y())}));
    painter.setBrush(style.panel);
    painter.drawPolygon(QPolygonF({tip, QPointF(tip.x() + half, base.y()), notch}));
    painter.setFont(font);
    painter.drawText(QRectF(panel.left(), panel.top() + 1 * s, panel.width(), letter),
                     Qt::AlignCenter, QStringLiteral("N"));
}

struct TitleLayout
{
    QRectF panel, titleRect;
    QString asOf;
    QFont titleFont, dateFont;
};

TitleLayout titleLayout(const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    TitleLayout layout;
    layout.titleFont = style.font(14, s, true);
    layout.dateFont = style.font(9, s);
    const QFontMetricsF titleMetrics(layout.titleFont), dateMetrics(layout.dateFont);
    layout.asOf =
        frame.asOf.isValid()
            ? QStringLiteral("As of %1")
                  .arg(
                      QLocale(QLocale::English).toString(frame.asOf, QStringLiteral("d MMMM yyyy")))
            : QString();
    const double maxWidth = frame.viewport.size().width() * 0.6;
    layout.titleRect =
        titleMetrics.boundingRect(QRectF(0, 0, maxWidth, 1e6), Qt::TextWordWrap, frame.title);
    const double width =
        std::max(layout.titleRect.width(), dateMetrics.horizontalAdvance(layout.asOf));
    const double height =
        layout.titleRect.height() + (layout.asOf.isEmpty() ? 0 : dateMetrics.height() + 4 * s);
    layout.panel = QRectF(10 * s, 10 * s, width + 20 * s, height + 16 * s);
    return layout;
}

void drawTitleBlock(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const TitleLayout layout = titleLayout(frame, style);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRoundedRect(layout.panel, 3 * s, 3 * s);
    painter.setPen(style.decorationText);
    painter.setFont(layout.titleFont);
    const double width = layout.panel.width() - 20 * s;
    painter.drawText(QRectF(layout.panel.left() + 10 * s, layout.panel.top() + 8 * s, width,
                            layout.titleRect.height()),
                     Qt::TextWordWrap, frame.title);
    if (!layout.asOf.isEmpty()) {
        painter.setFont(layout.dateFont);
        painter.drawText(QPointF(layout.panel.left() + 10 * s,
                                 layout.panel.top() + 8 * s + layout.titleRect.height() + 4 * s +
                                     QFontMetricsF(layout.dateFont).ascent()),
                         layout.asOf);
    }
}

} // namespace

double scaleBarMetres(const MapFrame &frame, double maxPixels, double *pixels)
{
    const double latitude = mercator::latitudeOf(frame.viewport.centre());
    const double metresPerPixel =
        mercator::metresPerWorldUnit(latitude) / frame.viewport.pixelsPerWorldUnit();
    const double maxMetres = maxPixels * metresPerPixel;
    if (!(maxMetres > 0))
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = power;
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= maxMetres) {
            metres = step * power;
            break;
        }
    if (pixels)
        *pixels = metres / metresPerPixel;
    return metres;
}

QRectF locatorPanel(const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const QRectF attribution = attributionPanel(frame, style);
    const QSizeF size = kLocatorSize * s;
    return QRectF(QPointF(frame.viewport.size().width() - kCornerGap * s - size.width(),
                          attribution.top() - kCornerGap * s - size.height()),
                  size);
}

QRectF notesBand(const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    return QRectF(QPointF(kCornerGap * s, 0),
                  QPointF(northArrowPanel(frame, style).left() - kCornerGap * s,
                          scaleBarTop(frame, style) - kCornerGap * s));
}

std::vector<QRectF> decorationPanels(const MapFrame &frame, const MapStyle &style)
{
    std::vector<QRectF> panels{scaleBarLayout(frame, style).panel, attributionPanel(frame, style)};
    if (!frame.title.isEmpty())
        panels.push_back(titleLayout(frame, style).panel);
    if (frame.composition) {
        panels.push_back(locatorPanel(frame, style));
        panels.push_back(northArrowPanel(frame, style));
    }
    return panels;
}

void drawDecorations(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!frame.title.isEmpty())
        drawTitleBlock(painter, frame, style);
    drawScaleBar(painter, frame, style);
    drawAttribution(painter, frame, style);
    if (frame.composition)
        drawNorthArrow(painter, frame, style);
    painter.restore();
}

} // namespace frontline
