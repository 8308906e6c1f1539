#include "PanTool.h"

namespace frontline {

void PanTool::press(QPointF position, Qt::KeyboardModifiers modifiers)
{
    m_gesture.press(position, modifiers & Qt::ShiftModifier);
}

void PanTool::move(QPointF position, Qt::MouseButtons buttons)
{
    if (buttons & Qt::LeftButton)
        m_gesture.moveWithButtonDown(position);
    else
        m_host.setCursorShape(m_host.isMarkerAt(position) ? Qt::PointingHandCursor : cursor());
}

void PanTool::release(QPointF position)
{
    m_host.setCursorShape(cursor()); // the hand closed for a drag opens again
    if (m_gesture.release(position) == DragGesture::Outcome::Click)
        m_host.clickAt(position);
}

} // namespace frontline
