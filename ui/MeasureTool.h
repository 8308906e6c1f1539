#pragma once

#include "DragGesture.h"
#include "MapTool.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <vector>

namespace frontline {

// Click point after point: the geodesic distance along them, and each leg's bearing, with a
// leg following the cursor; Esc starts again. A drag still pans, and Shift+drag zooms to a box.
class MeasureTool final : public MapTool
{
    Q_DECLARE_TR_FUNCTIONS(MeasureTool)
public:
    explicit MeasureTool(MapToolHost &host) : MapTool(host), m_gesture(host) {}

    void press(QPointF position, Qt::KeyboardModifiers modifiers) override;
    void move(QPointF position, Qt::MouseButtons buttons) override;
    void release(QPointF position) override;
    void cancel() override;
    void paint(QPainter &painter) const override;
    Qt::CursorShape cursor() const override { return Qt::CrossCursor; }
    // Quick clicks are points of the path.
    bool zoomsOnDoubleClick() const override { return false; }

private:
    void followCursor(const QGeoCoordinate &here);
    void addPoint(const QGeoCoordinate &point);
    double metresAlongPoints() const;
    QPainterPath pathOnScreen() const; // along the geodesics, on to the cursor
    QPointF screenPositionOf(const QGeoCoordinate &coordinate) const;

    DragGesture m_gesture;
    std::vector<QGeoCoordinate> m_points; // clicked so far
    QGeoCoordinate m_underCursor; // where the next leg would end; invalid until the mouse moves
};

} // namespace frontline
