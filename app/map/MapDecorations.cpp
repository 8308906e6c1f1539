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

void drawScaleBar(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    double pixels = 0;
    const double metres = scaleBarMetres(frame, 140 * s, &pixels);
    if (metres <= 0)
        return;
    const QString text = metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                                        : QStringLiteral("%1 m").arg(metres);
    const QFont font = style.font(8, s);
    const QFontMetricsF metrics(font);
    const QPointF origin(12 * s, frame.viewport.size().height() - 14 * s);
    const QRectF panel(origin.x() - 6 * s, origin.y() - metrics.height() - 10 * s,
                       pixels + 12 * s + metrics.horizontalAdvance(text) + 8 * s,
                       metrics.height() + 18 * s);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRoundedRect(panel, 3 * s, 3 * s);
    painter.setPen(QPen(style.decorationText, 1.5 * s, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(origin, origin + QPointF(pixels, 0));
    painter.drawLine(origin, origin - QPointF(0, 5 * s));
    painter.drawLine(origin + QPointF(pixels, 0), origin + QPointF(pixels, -5 * s));
    painter.setFont(font);
    painter.drawText(QPointF(origin.x() + pixels + 6 * s, origin.y()), text);
}

void drawAttribution(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const QFont font = style.font(7, s);
    const QFontMetricsF metrics(font);
    const QSize size = frame.viewport.size();
    const QString attribution = frame.extraAttribution.isEmpty()
                                    ? style.attribution
                                    : style.attribution + QStringLiteral(" \u00b7 ") + frame.extraAttribution;
    const double width = metrics.horizontalAdvance(attribution);
    const QRectF panel(size.width() - width - 12 * s, size.height() - metrics.height() - 6 * s,
                       width + 12 * s, metrics.height() + 6 * s);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRect(panel);
    painter.setPen(style.decorationText);
    painter.setFont(font);
    painter.drawText(panel, Qt::AlignCenter, attribution);
}

void drawTitleBlock(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    const QFont titleFont = style.font(14, s, true);
    const QFont dateFont = style.font(9, s);
    const QFontMetricsF titleMetrics(titleFont), dateMetrics(dateFont);
    const QString asOf = frame.asOf.isValid()
                             ? QStringLiteral("As of %1").arg(QLocale(QLocale::English).toString(
                                   frame.asOf, QStringLiteral("d MMMM yyyy")))
                             : QString();
    const double maxWidth = frame.viewport.size().width() * 0.6;
    const QRectF titleRect = titleMetrics.boundingRect(QRectF(0, 0, maxWidth, 1e6),
                                                       Qt::TextWordWrap, frame.title);
    const double width = std::max(titleRect.width(), dateMetrics.horizontalAdvance(asOf));
    const double height = titleRect.height() + (asOf.isEmpty() ? 0 : dateMetrics.height() + 4 * s);
    const QRectF panel(10 * s, 10 * s, width + 20 * s, height + 16 * s);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRoundedRect(panel, 3 * s, 3 * s);
    painter.setPen(style.decorationText);
    painter.setFont(titleFont);
    painter.drawText(QRectF(panel.left() + 10 * s, panel.top() + 8 * s, width, titleRect.height()),
                     Qt::TextWordWrap, frame.title);
    if (!asOf.isEmpty()) {
        painter.setFont(dateFont);
        painter.drawText(QPointF(panel.left() + 10 * s,
                                 panel.top() + 8 * s + titleRect.height() + 4 * s + dateMetrics.ascent()),
                         asOf);
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

void drawDecorations(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!frame.title.isEmpty())
        drawTitleBlock(painter, frame, style);
    drawScaleBar(painter, frame, style);
    drawAttribution(painter, frame, style);
    painter.restore();
}

} // namespace frontline
