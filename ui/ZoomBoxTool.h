#pragma once

#include "DragGesture.h"
#include "MapTool.h"

namespace frontline {

// Every drag draws a box, and the map zooms to it.
class ZoomBoxTool final : public MapTool
{
public:
    explicit ZoomBoxTool(MapToolHost &host) : MapTool(host), m_gesture(host) {}

    void press(QPointF position, Qt::KeyboardModifiers) override;
    void move(QPointF position, Qt::MouseButtons buttons) override;
    void release(QPointF position) override;
    void cancel() override { m_gesture.cancelBox(); }
    void paint(QPainter &painter) const override { m_gesture.paintBox(painter); }
    Qt::CursorShape cursor() const override { return Qt::CrossCursor; }

private:
    DragGesture m_gesture;
};

} // namespace frontline
