#include "DragGesture.h"

#include "map/MapViewport.h"

#include <QLineF>
#include <QPainter>

namespace frontline {
namespace {

constexpr double kDragThreshold = 4.0; // pixels a press may move and still be a click

} // namespace

void DragGesture::press(QPointF position, bool drawsBox)
{
    m_pressPosition = m_lastPanPosition = position;
    m_panning = false;
    m_boxCorner = drawsBox ? std::optional(position) : std::nullopt;
}

void DragGesture::moveWithButtonDown(QPointF position)
{
    if (!m_pressPosition)
        return;
    if (m_boxCorner) {
        m_boxCorner = position;
        m_host.redrawToolOverlay();
        return;
    }
    if (!m_panning && QLineF(*m_pressPosition, position).length() > kDragThreshold)
        m_panning = true;
    if (!m_panning)
        return;
    m_host.panByPixels(m_lastPanPosition - position);
    m_lastPanPosition = position;
    m_host.setCursorShape(Qt::ClosedHandCursor);
}

DragGesture::Outcome DragGesture::release(QPointF position)
{
    if (!m_pressPosition)
        return Outcome::Drag;
    if (m_boxCorner) {
        m_boxCorner.reset();
        zoomToBox(QRectF(*m_pressPosition, position).normalized());
        return Outcome::Drag;
    }
    if (m_panning) {
        m_panning = false;
        return Outcome::Drag;
    }
    return Outcome::Click;
}

void DragGesture::zoomToBox(const QRectF &box)
{
    // A box no bigger than a click's wobble was not meant.
    if (box.width() > kDragThreshold && box.height() > kDragThreshold) {
        const MapViewport &viewport = m_host.viewport();
        m_host.zoomToWorld(
            QRectF(viewport.toWorld(box.topLeft()), viewport.toWorld(box.bottomRight())));
    }
    m_host.redrawToolOverlay();
}

void DragGesture::cancelBox()
{
    m_boxCorner.reset();
    m_host.redrawToolOverlay();
}

void DragGesture::paintBox(QPainter &painter) const
{
    if (!m_boxCorner)
        return;
    painter.setPen(QPen(kToolInk, 1.5, Qt::DashLine));
    QColor fill = kToolInk;
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.drawRect(QRectF(*m_pressPosition, *m_boxCorner).normalized());
}

} // namespace frontline
