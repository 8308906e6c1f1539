#pragma once

#include "map/DocumentOverlay.h"
#include "map/MapOverlay.h"
#include "map/MapRenderer.h"
#include "map/MapViewport.h"

#include <QWidget>

namespace frontline {

class Basemap;
class Document;
class FactionCatalog;
class Selection;

// The map canvas: shows the document over the basemap; drag to pan, wheel to zoom about the
// cursor, click a marker to select its place.
class MapView : public QWidget
{
    Q_OBJECT
public:
    MapView(const Basemap &basemap, const FactionCatalog &catalog, Document &document,
            Selection &selection, QWidget *parent = nullptr);

    const MapViewport &viewport() const { return m_viewport; }
    // Where the place's marker is drawn, in widget pixels (for tests and tooltips).
    QPointF screenPositionOf(const QString &placeId) const;

    const MapOverlay &overlay() const { return m_overlay; }

public Q_SLOTS:
    void fitToDocument();
    void setPalette(Palette palette);
    // Zones of a loaded control layer, drawn solid and kept when the document changes.
    void addLoadedZones(const std::vector<ControlZone> &zones);
    void zoomIn() { zoomBy(1.0); }
    void zoomOut() { zoomBy(-1.0); }

Q_SIGNALS:
    void cursorMoved(double latitude, double longitude);
    // The analyst asks to move the selected place to a point of the map.
    void moveSelectedPlaceRequested(double latitude, double longitude);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuildOverlay();
    void documentChanged();
    void followSelection(bool fromSentence);
    void zoomBy(double levels);

    MapRenderer m_renderer;
    const Basemap &m_basemap;
    const FactionCatalog &m_catalog;
    Palette m_palette = Palette::Standard;
    std::vector<ControlZone> m_zones;       // from text: worked out when the document changes
    std::vector<ControlZone> m_loadedZones; // from control layers the analyst added
    Document &m_document;
    Selection &m_selection;
    MapViewport m_viewport;
    MapOverlay m_overlay;
    QPointF m_pressPosition;
    QPointF m_lastDragPosition;
    bool m_dragging = false;
    bool m_fitPending = true; // fit once the widget has its real size
};

} // namespace frontline
