#include "VectorSource.h"

#include "MapViewport.h"

#include <QPainter>
#include <QPainterPath>

namespace frontline {

bool VectorSource::paint(QPainter &painter, const MapViewport &viewport,
                         const MapSourceStyle &style)
{
    const QColor &color = style.color;
    const double symbolScale = style.symbolScale;
    const QRectF visible = viewport.visibleWorld();
    if (!extent.intersects(visible) && !extent.isEmpty())
        return true;
    QPainterPath areas;
    for (const PolygonLayer::Feature &feature : polygons.features())
        if (feature.bounds.intersects(visible))
            polygons.appendScreenPath(feature, viewport, areas);
    QColor fill = color;
    fill.setAlpha(60);
    painter.setPen(QPen(color, 1.4 * symbolScale));
    painter.setBrush(fill);
    painter.drawPath(areas);

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, 2 * symbolScale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QTransform toScreen = viewport.worldToScreen();
    for (const std::vector<QPointF> &line : lines) {
        QPolygonF screen;
        screen.reserve(qsizetype(line.size()));
        for (const QPointF &p : line)
            screen << toScreen.map(p);
        if (screen.boundingRect().intersects(QRectF(QPointF(0, 0), QSizeF(viewport.size()))))
            painter.drawPolyline(screen);
    }

    painter.setPen(QPen(Qt::white, 1.2 * symbolScale));
    painter.setBrush(color);
    const double r = 4 * symbolScale;
    for (const QPointF &p : points)
        if (visible.contains(p))
            painter.drawRect(QRectF(toScreen.map(p) - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    return true; // read whole when added: nothing left to fail
}

} // namespace frontline
