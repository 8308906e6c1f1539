#include "MeasureTool.h"

#include "geo/Geodesy.h"
#include "geo/WebMercator.h"
#include "map/MapViewport.h"

#include <QPainter>

namespace frontline {

void MeasureTool::press(QPointF position, Qt::KeyboardModifiers modifiers)
{
    m_gesture.press(position, modifiers & Qt::ShiftModifier);
}

void MeasureTool::move(QPointF position, Qt::MouseButtons buttons)
{
    if (!m_points.empty())
        followCursor(m_host.coordinateAt(position));
    if (buttons & Qt::LeftButton)
        m_gesture.moveWithButtonDown(position);
}

void MeasureTool::release(QPointF position)
{
    if (m_gesture.release(position) == DragGesture::Outcome::Click)
        addPoint(m_host.coordinateAt(position));
}

void MeasureTool::cancel()
{
    m_gesture.cancelBox();
    m_points.clear();
    m_underCursor = {};
    m_host.redrawToolOverlay();
}

void MeasureTool::followCursor(const QGeoCoordinate &here)
{
    m_underCursor = here;
    const geodesy::Measurement leg = geodesy::measure(m_points.back(), here);
    m_host.reportMeasurement(tr("Distance %1 to the cursor (this leg %2, bearing %3\u00b0)")
                                 .arg(geodesy::formatDistance(metresAlongPoints() + leg.metres),
                                      geodesy::formatDistance(leg.metres))
                                 .arg(leg.bearing, 0, 'f', 1));
    m_host.redrawToolOverlay();
}

void MeasureTool::addPoint(const QGeoCoordinate &point)
{
    m_points.push_back(point);
    if (m_points.size() < 2) {
        m_host.reportMeasurement(tr("Click the next point; Esc to start again"));
    } else {
        const geodesy::Measurement last = geodesy::measure(m_points[m_points.size() - 2], point);
        m_host.reportMeasurement(tr("Distance %1 (last leg %2, bearing %3\u00b0)")
                                     .arg(geodesy::formatDistance(metresAlongPoints()),
                                          geodesy::formatDistance(last.metres))
                                     .arg(last.bearing, 0, 'f', 1));
    }
    m_host.redrawToolOverlay();
}

double MeasureTool::metresAlongPoints() const
{
    double total = 0;
    for (std::size_t i = 1; i < m_points.size(); ++i)
        total += geodesy::measure(m_points[i - 1], m_points[i]).metres;
    return total;
}

void MeasureTool::paint(QPainter &painter) const
{
    m_gesture.paintBox(painter);
    if (m_points.empty())
        return;
    const QPainterPath path = pathOnScreen();
    painter.setBrush(Qt::NoBrush);
    // A white casing under the line keeps it visible on any map.
    painter.setPen(QPen(Qt::white, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(kToolInk, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setBrush(Qt::white);
    for (const QGeoCoordinate &point : m_points)
        painter.drawEllipse(screenPositionOf(point), 4, 4);
}

QPainterPath MeasureTool::pathOnScreen() const
{
    std::vector<QGeoCoordinate> points = m_points;
    if (m_underCursor.isValid())
        points.push_back(m_underCursor);
    QPainterPath path;
    for (std::size_t i = 1; i < points.size(); ++i)
        for (const QGeoCoordinate &along : geodesy::geodesicPath(points[i - 1], points[i], 32)) {
            const QPointF position = screenPositionOf(along);
            path.elementCount() == 0 ? path.moveTo(position) : path.lineTo(position);
        }
    return path;
}

QPointF MeasureTool::screenPositionOf(const QGeoCoordinate &coordinate) const
{
    return m_host.viewport().toScreen(
        mercator::toWorld(coordinate.latitude(), coordinate.longitude()));
}

} // namespace frontline
