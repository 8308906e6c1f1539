#pragma once

#include "MapTool.h"

#include <optional>

namespace frontline {

// What a press of the left button comes to, in every tool: moved past a few pixels it pans
// the map; if it draws a box (the zoom-box tool, or Shift held) the map zooms to the box;
// otherwise it is a click, which the tool interprets.
class DragGesture
{
public:
    enum class Outcome
    {
        Click,
        Drag
    };

    explicit DragGesture(MapToolHost &host) : m_host(host) {}

    void press(QPointF position, bool drawsBox);
    void moveWithButtonDown(QPointF position);
    // Zooms to the box if one was drawn.
    Outcome release(QPointF position);
    void cancelBox();
    void paintBox(QPainter &painter) const;

private:
    void zoomToBox(const QRectF &box);

    MapToolHost &m_host;
    // None until the tool's first press: a drag begun under another tool is not this one's.
    // Kept after the release, as the second click of a double-click comes without a press.
    std::optional<QPointF> m_pressPosition;
    QPointF m_lastPanPosition;
    bool m_panning = false;
    std::optional<QPointF> m_boxCorner; // opposite the press, while a box is drawn
};

} // namespace frontline
