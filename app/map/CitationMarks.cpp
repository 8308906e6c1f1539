#include "CitationMarks.h"

#include "Citations.h"
#include "LabelPlacer.h"
#include "MapFrame.h"
#include "MapOverlay.h"
#include "MapStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStringList>
#include <algorithm>

namespace frontline {
namespace {

// Pixels at 96 DPI.
constexpr double kMarkHeight = 15;
constexpr double kTextMargin = 4;     // each side of the numbers
constexpr double kGapAboveSymbol = 2; // between the mark and the icon or marker under it
constexpr double kEventIconHalfHeight = 8;
constexpr double kMarkPointSize = 7.5;
// A mark that would cover something moves by these parts of its width, or of its height up.
constexpr double kStepAcross = 1.1;
constexpr double kStepUp = 1.2;

constexpr int kShortestRange = 3; // "1-3"; two numbers stay "1, 2"

// "1, 3, 5-8": runs of consecutive numbers as ranges.
QString labelOf(const CitationMark &mark)
{
    QStringList parts;
    const std::vector<int> &numbers = mark.numbers;
    for (std::size_t first = 0; first < numbers.size();) {
        std::size_t last = first;
        while (last + 1 < numbers.size() && numbers[last + 1] == numbers[last] + 1)
            ++last;
        if (last - first + 1 >= kShortestRange) {
            parts << QStringLiteral("%1\u2013%2").arg(numbers[first]).arg(numbers[last]);
        } else {
            for (std::size_t i = first; i <= last; ++i)
                parts << QString::number(numbers[i]);
        }
        first = last + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QFont markFont(double symbolScale, const MapStyle &style)
{
    return style.font(kMarkPointSize, symbolScale, true);
}

} // namespace

QRectF citationMarkRect(const CitationMark &mark, const MapViewport &viewport, double s,
                        const MapStyle &style)
{
    const double symbolTop =
        mark.atEvent ? -eventIconOffset(s).y() + kEventIconHalfHeight * s : style.markerRadius * s;
    const QPointF centre = viewport.toScreen(mark.world) -
                           QPointF(0, symbolTop + (kGapAboveSymbol + kMarkHeight / 2) * s);
    const double width = std::max(
        kMarkHeight * s,
        QFontMetricsF(markFont(s, style)).horizontalAdvance(labelOf(mark)) + 2 * kTextMargin * s);
    return QRectF(centre - QPointF(width / 2, kMarkHeight * s / 2), QSizeF(width, kMarkHeight * s));
}

std::vector<QRectF> placeCitationMarks(const MapFrame &frame, const MapStyle &style,
                                       LabelPlacer &placer)
{
    std::vector<QRectF> places;
    for (const CitationMark &mark : frame.citations.marks) {
        const QRectF first = citationMarkRect(mark, frame.viewport, frame.symbolScale, style);
        const double across = first.width() * kStepAcross, up = first.height() * kStepUp;
        const QPointF shifts[] = {{0, 0},   {across, 0},   {-across, 0},
                                  {0, -up}, {across, -up}, {-across, -up}};
        const auto free = std::find_if(std::begin(shifts), std::end(shifts), [&](QPointF shift) {
            return placer.tryPlace(first.translated(shift));
        });
        if (free == std::end(shifts))
            placer.reserve(first);
        places.push_back(free == std::end(shifts) ? first : first.translated(*free));
    }
    return places;
}

void paintCitationMarks(QPainter &painter, const MapFrame &frame, const MapStyle &style,
                        const std::vector<QRectF> &places)
{
    const double s = frame.symbolScale;
    const QRectF screen(QPointF(0, 0), QSizeF(frame.viewport.size()));
    painter.save();
    painter.setFont(markFont(s, style));
    for (std::size_t i = 0; i < places.size(); ++i) {
        const QRectF &rect = places[i];
        if (!screen.intersects(rect))
            continue;
        painter.setPen(QPen(style.citationMarkText, 1 * s));
        painter.setBrush(style.citationMark);
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
        painter.drawText(rect, Qt::AlignCenter, labelOf(frame.citations.marks[i]));
    }
    painter.restore();
}

} // namespace frontline
