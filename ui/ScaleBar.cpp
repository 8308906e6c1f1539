#include "ScaleBar.h"

#include "MapView.h"
#include "geo/Geodesy.h"
#include "map/MapDecorations.h"

#include <QPainter>

namespace frontline {

ScaleBar::ScaleBar(const MapView &view, QWidget *parent) : QWidget(parent), m_view(view)
{
    connect(&view, &MapView::viewChanged, this, qOverload<>(&QWidget::update));
}

void ScaleBar::paintEvent(QPaintEvent *)
{
    MapFrame frame;
    frame.viewport = m_view.viewport();
    double pixels = 0;
    const double metres = scaleBarMetres(frame, 140, &pixels); // as long as the map's own
    if (metres <= 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink = palette().color(QPalette::WindowText);
    const double y = height() - 5;
    painter.setPen(QPen(ink, 1.5));
    painter.drawLine(QPointF(2, y), QPointF(2 + pixels, y));
    painter.drawLine(QPointF(2, y - 5), QPointF(2, y));
    painter.drawLine(QPointF(2 + pixels, y - 5), QPointF(2 + pixels, y));
    painter.drawText(QPointF(pixels + 8, y), geodesy::formatDistance(metres));
}

} // namespace frontline
