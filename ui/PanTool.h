#pragma once

#include "DragGesture.h"
#include "MapTool.h"

namespace frontline {

// The default tool: drag to pan, Shift+drag to zoom to a box, click a marker to select its
// place (or a cluster to zoom into it); the hand points when over a marker.
class PanTool final : public MapTool
{
public:
    explicit PanTool(MapToolHost &host) : MapTool(host), m_gesture(host) {}

    void press(QPointF position, Qt::KeyboardModifiers modifiers) override;
    void move(QPointF position, Qt::MouseButtons buttons) override;
    void release(QPointF position) override;
    void cancel() override { m_gesture.cancelBox(); }
    void paint(QPainter &painter) const override { m_gesture.paintBox(painter); }
    Qt::CursorShape cursor() const override { return Qt::ArrowCursor; }

private:
    DragGesture m_gesture;
};

} // namespace frontline
