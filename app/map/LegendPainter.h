#pragma once

#include "LayerStack.h"
#include "MapOverlay.h"

#include <QSizeF>

class QPainter;

namespace frontline {

struct MapFrame;
struct MapStyle;

// The legend of what is visible: the days shown when the timeline limits them, the factions
// that appear, what hatched and two-coloured areas mean, what solid and dashed arrows mean, the
// event icons shown, the files added.
// Drawn by the same code on the map, in the legend dock and in every export.
class Legend
{
public:
    Legend(const MapOverlay &overlay, const LayerStack &layers, const MapStyle &style);

    bool isEmpty() const { return m_rows.empty() && m_days.isEmpty(); }
    // "14 Mar - 23 Mar 2024": the days the map shows, when not all of them.
    QString days() const { return m_days; }
    QSizeF size(double symbolScale) const;
    void paint(QPainter &painter, QPointF topLeft, double symbolScale) const;

    enum class Swatch { Area, Hatched, Contested, SolidArrow, DashedArrow, Marker, EventIcon, Line };
    struct Row
    {
        Swatch swatch;
        QColor color, second;
        QString text;
        EventType eventType = EventType::Other;
    };

private:
    int lineCount() const { return int(m_rows.size()) + (m_days.isEmpty() ? 1 : 2); }

    const MapStyle &m_style;
    QString m_days;
    std::vector<Row> m_rows;
};

// Where the legend goes on a map: its top right corner.
QPointF legendTopLeft(const MapFrame &frame, const Legend &legend);
// The legend in the map's top right corner.
void paintLegend(QPainter &painter, const MapFrame &frame, const Legend &legend);

} // namespace frontline
