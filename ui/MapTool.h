#pragma once

#include <QColor>
#include <QGeoCoordinate>
#include <QPointF>
#include <QRectF>
#include <optional>

class QPainter;
class QString;

namespace frontline {

class MapViewport;

// What a mouse tool may do to the map view it works in. MapView lends its current tool this
// narrow surface and nothing more, so a tool cannot reach the document, the layers or the
// renderer.
class MapToolHost
{
public:
    virtual const MapViewport &viewport() const = 0;
    virtual void panByPixels(QPointF offset) = 0;
    virtual void zoomToWorld(const QRectF &world) = 0;
    // What a click on the map means: select the marker there, zoom into a cluster, or clear
    // the selection.
    virtual void clickAt(QPointF position) = 0;
    virtual bool isMarkerAt(QPointF position) const = 0;
    virtual QGeoCoordinate coordinateAt(QPointF position) const = 0;
    virtual void redrawToolOverlay() = 0;
    virtual void reportMeasurement(const QString &summary) = 0;
    virtual void setCursorShape(Qt::CursorShape shape) = 0;
    // The point the analyst clicked, in widget pixels (PlacePointTool); none: they gave up.
    virtual void pickedAt(std::optional<QPointF> position) = 0;

protected:
    ~MapToolHost() = default; // tools never own their host
};

// The colour a tool draws its boxes and lines in.
inline constexpr QColor kToolInk(0x1f, 0x4e, 0x79);

// One mouse tool of the map view, keeping its own state between events. MapView forwards it
// the left button's presses and releases, every move, and Esc; the tool draws its own overlay
// over the map.
class MapTool
{
public:
    explicit MapTool(MapToolHost &host) : m_host(host) {}
    virtual ~MapTool() = default;
    MapTool(const MapTool &) = delete;
    MapTool &operator=(const MapTool &) = delete;

    virtual void press(QPointF position, Qt::KeyboardModifiers modifiers) = 0;
    virtual void move(QPointF position, Qt::MouseButtons buttons) = 0;
    virtual void release(QPointF position) = 0;
    // Esc: what the tool was drawing goes.
    virtual void cancel() = 0;
    virtual void paint(QPainter &painter) const = 0;
    // The cursor while the tool is idle.
    virtual Qt::CursorShape cursor() const = 0;
    // A double-click zooms in, unless the tool takes quick clicks for its own.
    virtual bool zoomsOnDoubleClick() const { return true; }

protected:
    MapToolHost &m_host;
};

} // namespace frontline
