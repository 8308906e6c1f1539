#include "MapView.h"

#include "document/Document.h"
#include "document/Selection.h"
#include "geo/WebMercator.h"
#include "map/DocumentOverlay.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace frontline {
namespace {

constexpr double kDragThreshold = 4.0; // pixels a press may move and still be a click
constexpr double kClickRadius = 10.0;

} // namespace

MapView::MapView(const Basemap &basemap, const FactionCatalog &catalog, Document &document,
                 Selection &selection, QWidget *parent)
    : QWidget(parent), m_renderer(basemap), m_basemap(basemap), m_catalog(catalog), m_document(document),
      m_selection(selection)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&document, &Document::changed, this, &MapView::documentChanged);
    connect(&selection, &Selection::changed, this, &MapView::followSelection);
    rebuildOverlay();
}

void MapView::documentChanged()
{
    m_zones = controlZonesFromText(m_document, m_basemap);
    rebuildOverlay();
    fitToDocument();
}

void MapView::rebuildOverlay()
{
    std::vector<ControlZone> zones = m_loadedZones; // beneath the zones read from text
    zones.insert(zones.end(), m_zones.begin(), m_zones.end());
    m_overlay = overlayForDocument(m_document, &m_selection, m_catalog, zones, m_palette);
    update();
}

void MapView::addLoadedZones(const std::vector<ControlZone> &zones)
{
    m_loadedZones.insert(m_loadedZones.end(), zones.begin(), zones.end());
    rebuildOverlay();
}

void MapView::setPalette(Palette palette)
{
    m_palette = palette;
    rebuildOverlay();
}

void MapView::fitToDocument()
{
    m_viewport.setSize(size());
    const QRectF extent = documentExtent(m_document);
    if (extent.isNull())
        m_viewport.fit(QRectF(0, 0.2, 1, 0.6), 0.0); // the inhabited world
    else
        m_viewport.fitInside(extent, MapFrame::decorationMargins(1.0, false));
    m_fitPending = !isVisible();
    update();
}

QPointF MapView::screenPositionOf(const QString &placeId) const
{
    for (const MapMarker &marker : m_overlay.markers)
        if (marker.placeId == placeId)
            return m_viewport.toScreen(marker.world);
    return {-1, -1};
}

void MapView::followSelection(bool fromSentence)
{
    rebuildOverlay();
    if (!fromSentence)
        return;
    // Centre on the sentence's places; zoom out only if they do not fit.
    QRectF bounds;
    for (const MapMarker &marker : m_overlay.markers)
        if (marker.selected)
            bounds = bounds.isNull() ? QRectF(marker.world, QSizeF(1e-9, 1e-9))
                                     : bounds.united(QRectF(marker.world, QSizeF(1e-9, 1e-9)));
    if (bounds.isNull())
        return;
    m_viewport.setCentre(bounds.center());
    const QRectF visible = m_viewport.visibleWorld();
    if (bounds.width() > visible.width() * 0.8 || bounds.height() > visible.height() * 0.8)
        m_viewport.fit(bounds);
    update();
}

void MapView::zoomBy(double levels)
{
    m_viewport.zoomAbout(QPointF(width() / 2.0, height() / 2.0), levels);
    update();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    MapFrame frame;
    frame.viewport = m_viewport;
    m_renderer.render(painter, frame, m_overlay);
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    if (m_fitPending)
        fitToDocument();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPosition = m_lastDragPosition = event->position();
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF world = m_viewport.toWorld(event->position());
    Q_EMIT cursorMoved(mercator::latitudeOf(world), mercator::longitudeOf(world));
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && QLineF(m_pressPosition, event->position()).length() > kDragThreshold)
            m_dragging = true;
        if (m_dragging) {
            m_viewport.panByPixels(m_lastDragPosition - event->position());
            m_lastDragPosition = event->position();
            setCursor(Qt::ClosedHandCursor);
            update();
        }
        return;
    }
    const int hovered = m_overlay.markerAt(m_viewport, event->position(), kClickRadius);
    setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const int marker = m_overlay.markerAt(m_viewport, event->position(), kClickRadius);
    if (marker < 0) {
        m_selection.clear();
        return;
    }
    const QString placeId = m_overlay.markers[marker].placeId;
    const std::vector<int> mentions =
        m_document.mentionsOfPlace(m_document.geoparse().findPlace(placeId));
    m_selection.selectPlace(placeId, mentions.empty() ? SentenceRef{}
                                                      : m_document.sentenceOfMention(mentions.front()));
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // Smooth, fractional zoom: one notch of a wheel is half a level.
    const double levels = event->angleDelta().y() / 240.0;
    m_viewport.zoomAbout(event->position(), levels);
    update();
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF world = m_viewport.toWorld(event->pos());
    const double latitude = mercator::latitudeOf(world), longitude = mercator::longitudeOf(world);
    QMenu menu(this);
    const int place = m_document.geoparse().findPlace(m_selection.placeId());
    if (place >= 0) {
        const QString name = m_document.geoparse().places[place].name;
        menu.addAction(tr("Move \u201c%1\u201d Here").arg(name), this, [this, latitude, longitude] {
            Q_EMIT moveSelectedPlaceRequested(latitude, longitude);
        });
    }
    menu.addAction(tr("Copy Coordinates (%1, %2)").arg(latitude, 0, 'f', 5).arg(longitude, 0, 'f', 5), this,
                   [latitude, longitude] {
                       QGuiApplication::clipboard()->setText(
                           QStringLiteral("%1, %2").arg(latitude, 0, 'f', 5).arg(longitude, 0, 'f', 5));
                   });
    menu.exec(event->globalPos());
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = 80.0;
    switch (event->key()) {
    case Qt::Key_Plus: case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Left: m_viewport.panByPixels({-step, 0}); update(); break;
    case Qt::Key_Right: m_viewport.panByPixels({step, 0}); update(); break;
    case Qt::Key_Up: m_viewport.panByPixels({0, -step}); update(); break;
    case Qt::Key_Down: m_viewport.panByPixels({0, step}); update(); break;
    case Qt::Key_Home: fitToDocument(); break;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace frontline
