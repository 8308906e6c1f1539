#include "ZoomBoxTool.h"

namespace frontline {

void ZoomBoxTool::press(QPointF position, Qt::KeyboardModifiers)
{
    m_gesture.press(position, true);
}

void ZoomBoxTool::move(QPointF position, Qt::MouseButtons buttons)
{
    if (buttons & Qt::LeftButton)
        m_gesture.moveWithButtonDown(position);
}

// A press that drew no box (the second click of a double-click, or one whose box Esc took
// away) clicks as in the pan tool.
void ZoomBoxTool::release(QPointF position)
{
    if (m_gesture.release(position) == DragGesture::Outcome::Click)
        m_host.clickAt(position);
}

} // namespace frontline
