#pragma once

#include "MapTool.h"
#include "map/BackgroundRenderer.h"
#include "map/DocumentOverlay.h"
#include "map/LayerStack.h"
#include "map/MapOverlay.h"
#include "map/MapRenderer.h"
#include "map/MapScene.h"
#include "map/MapViewport.h"
#include "map/MarkerClusters.h"

#include <QGeoCoordinate>
#include <QWidget>
#include <memory>
#include <optional>

namespace frontline {

class Basemap;
class Document;
class FactionCatalog;
class Selection;

// The map canvas. Frames are rendered on a worker thread (BackgroundRenderer) and composed
// here, so a drag only shifts the last frame until the next is ready. Drag to pan, wheel to
// zoom about the cursor, double-click to zoom in, Shift+drag (or the zoom-box tool) to zoom
// to a box; click a marker to select its place, a cluster to zoom into it; hover for what a
// marker stands for; the measure tool gives geodesic distance and bearing. Each tool is a
// MapTool of its own, lent only the MapToolHost side of the view.
class MapView : public QWidget, private MapToolHost
{
    Q_OBJECT
public:
    enum class Tool
    {
        Pan,
        ZoomBox,
        Measure,
        PlacePoint // one click shows where a place lies (pickPoint)
    };

    MapView(const Basemap &basemap, const FactionCatalog &catalog, Document &document,
            Selection &selection, QWidget *parent = nullptr);

    const MapViewport &viewport() const override { return m_viewport; }
    // Where the place's marker is drawn, in widget pixels (for tests and tooltips).
    QPointF screenPositionOf(const QString &placeId) const;

    const MapOverlay &overlay() const { return *m_overlay; }
    // The events the frame highlights, by the id of the report standing for each (tests).
    const QSet<QString> &selectedEvents() const { return m_selectedEvents; }
    const LayerStack &layers() const { return m_layers; }
    Tool tool() const { return m_tool; }
    // The candidate the analyst is looking at, drawn by the frame over the map.
    const std::optional<MapPreview> &preview() const { return m_preview; }
    // The colour each place's marker has (the faction holding it), by place id.
    QHash<QString, QColor> placeColors() const;
    // No frame is being drawn and the one shown is of the current view and content.
    bool isFrameCurrent() const;
    // Still working out the control zones of the latest document change.
    bool areZonesPending() const { return m_scene.areZonesPending(); }
    // How the scene draws the document: its palette and the control layers' zones.
    const MapScene &scene() const { return m_scene; }

public Q_SLOTS:
    void fitToDocument();
    void setPalette(Palette palette);
    // Zones of a loaded control layer, drawn solid and kept when the document changes.
    void addLoadedZones(const std::vector<ControlZone> &zones);
    void addLayer(const MapLayer &layer);
    void removeLayer(const QString &id);
    void setLayerVisible(const QString &id, bool visible);
    void setLayerOpacity(const QString &id, double opacity);
    void setLayerColor(const QString &id, const QColor &color);
    void moveLayer(const QString &id, int steps);
    void setTool(Tool tool);
    void zoomIn() { zoomBy(1.0); }
    void zoomOut() { zoomBy(-1.0); }
    void zoomToWorld(const QRectF &world) override;
    // Shows the world point `centre` at `zoom` (a project's saved view); the articles already
    // open are not fitted again.
    void showView(QPointF centre, double zoom);
    // A temporary marker at a point (none: take it away); the scene is not rebuilt.
    void setPreview(const std::optional<MapPreview> &preview);
    // The next click on the map is a point: pointPicked, or pickCancelled on Esc. The tool in
    // use before comes back either way.
    void pickPoint();

Q_SIGNALS:
    void cursorMoved(double latitude, double longitude);
    // The analyst asks to move the selected place to a point of the map.
    void moveSelectedPlaceRequested(double latitude, double longitude);
    void layersChanged();
    void viewChanged();
    void measured(const QString &summary);
    void frameShown(); // a new frame has been composed (tests wait for it)
    void pointPicked(double latitude, double longitude);
    void pickCancelled();
    // A layer could not be drawn (an online tile server out of reach, say).
    void layerProblem(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void sceneChanged();
    void contentChanged();
    void redrawContent(); // the same overlay and layers, a new selection
    void documentChanged();
    void followSelection(bool fromSentence);
    void bringSelectedEventIntoView();
    void zoomBy(double levels);
    void viewportChanged();
    QString tooltipAt(QPointF position) const;
    void reportLayerProblems();
    // The clusters as drawn in the current view, worked out once per view and content (with
    // 100,000 events that takes milliseconds): hover, click and tooltips all ask for them.
    const MarkerClusters &eventClusters() const;
    const MarkerClusters &placeClusters() const;

    // MapToolHost: what the tools may do to the view.
    void panByPixels(QPointF offset) override;
    void clickAt(QPointF position) override;
    bool isMarkerAt(QPointF position) const override;
    QGeoCoordinate coordinateAt(QPointF position) const override;
    void redrawToolOverlay() override { update(); }
    void reportMeasurement(const QString &summary) override { Q_EMIT measured(summary); }
    void setCursorShape(Qt::CursorShape shape) override { setCursor(shape); }
    void pickedAt(std::optional<QPointF> position) override;

    MapRenderer m_renderer;
    BackgroundRenderer m_background;
    const Basemap &m_basemap;
    const FactionCatalog &m_catalog;
    MapScene m_scene;
    std::size_t m_articlesFitted = 0; // the view refits when articles come, not on edits
    Document &m_document;
    Selection &m_selection;
    MapViewport m_viewport;
    LayerStack m_layers;
    std::shared_ptr<const MapOverlay> m_overlay; // the scene's latest
    QSet<QString> m_selectedPlaces;              // drawn by the frame, never rebuilding it
    QSet<QString> m_selectedEvents;              // likewise
    double m_pixelRatio = 1.0;                   // of the screen the frames were drawn for
    Tool m_tool = Tool::Pan;
    Tool m_toolBeforePicking = Tool::Pan;
    std::optional<MapPreview> m_preview;
    std::unique_ptr<MapTool> m_currentTool; // of the kind m_tool names
    bool m_fitPending = true;               // fit once the widget has its real size
    QString m_lastProblem;                  // said once, not on every frame
    struct ClustersInView
    {
        MapViewport viewport;
        std::shared_ptr<const MapOverlay> overlay;
        std::optional<MarkerClusters> clusters;
    };
    mutable ClustersInView m_eventClusters, m_placeClusters;
    using ClusterFunction = MarkerClusters (*)(const MapOverlay &, const MapViewport &, double);
    const MarkerClusters &clustersInView(ClustersInView &cache, ClusterFunction cluster) const;
};

} // namespace frontline
