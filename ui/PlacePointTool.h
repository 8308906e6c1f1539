#pragma once

#include "DragGesture.h"
#include "MapTool.h"

namespace frontline {

// The analyst shows where a place lies ("Place it here" on the place card): the next click on
// the map is the point, and the view's tool before comes back. A drag still pans, Shift+drag
// zooms to a box, Esc gives up.
class PlacePointTool final : public MapTool
{
public:
    explicit PlacePointTool(MapToolHost &host) : MapTool(host), m_gesture(host) {}

    void press(QPointF position, Qt::KeyboardModifiers modifiers) override
    {
        m_gesture.press(position, modifiers & Qt::ShiftModifier);
    }
    void move(QPointF position, Qt::MouseButtons buttons) override
    {
        if (buttons & Qt::LeftButton)
            m_gesture.moveWithButtonDown(position);
    }
    void release(QPointF position) override
    {
        if (m_gesture.release(position) == DragGesture::Outcome::Click)
            m_host.pickedAt(position);
    }
    void cancel() override { m_host.pickedAt(std::nullopt); }
    void paint(QPainter &painter) const override { m_gesture.paintBox(painter); }
    Qt::CursorShape cursor() const override { return Qt::CrossCursor; }
    bool zoomsOnDoubleClick() const override { return false; }

private:
    DragGesture m_gesture;
};

} // namespace frontline
