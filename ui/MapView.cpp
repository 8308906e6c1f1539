#include "MapView.h"

#include "MeasureTool.h"
#include "PanTool.h"
#include "PlacePointTool.h"
#include "ZoomBoxTool.h"
#include "document/ChoosePlaceCommand.h"
#include "document/Document.h"
#include "document/PlaceFacts.h"
#include "document/Selection.h"
#include "geo/Geodesy.h"
#include "geo/WebMercator.h"
#include "map/DocumentExtent.h"
#include "map/FrameComposer.h"
#include "map/MarkerClusters.h"
#include "map/RasterSource.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace frontline {
namespace {

constexpr double kClickRadius = 10.0;
constexpr double kEventClickRadius = 11.0;

QRectF grownToPoint(const QRectF &box, const QRectF &point)
{
    return box.isNull() ? point : box.united(point);
}

std::unique_ptr<MapTool> makeTool(MapView::Tool tool, MapToolHost &host)
{
    switch (tool) {
    case MapView::Tool::Pan:
        return std::make_unique<PanTool>(host);
    case MapView::Tool::ZoomBox:
        return std::make_unique<ZoomBoxTool>(host);
    case MapView::Tool::Measure:
        return std::make_unique<MeasureTool>(host);
    case MapView::Tool::PlacePoint:
        return std::make_unique<PlacePointTool>(host);
    }
    Q_UNREACHABLE();
}

} // namespace

MapView::MapView(const Basemap &basemap, const FactionCatalog &catalog, Document &document,
                 Selection &selection, QWidget *parent)
    : QWidget(parent), m_renderer(basemap), m_background(m_renderer), m_basemap(basemap),
      m_catalog(catalog), m_scene(document, catalog, basemap), m_document(document),
      m_selection(selection), m_overlay(m_scene.overlay()), m_currentTool(makeTool(m_tool, *this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&document, &Document::changed, this, &MapView::documentChanged);
    connect(&selection, &Selection::changed, this, &MapView::followSelection);
    connect(&m_background, &BackgroundRenderer::frameReady, this, qOverload<>(&QWidget::update));
    connect(&m_background, &BackgroundRenderer::frameReady, this, &MapView::reportLayerProblems);
    connect(&m_scene, &MapScene::changed, this, &MapView::sceneChanged);
    sceneChanged();
}

// The scene redraws itself on every change; the view fits new articles, while an edit only
// redraws.
void MapView::documentChanged()
{
    if (m_document.articles().size() != m_articlesFitted) {
        m_articlesFitted = m_document.articles().size();
        fitToDocument();
    }
}

void MapView::sceneChanged()
{
    m_overlay = m_scene.overlay();
    m_selectedPlaces = selectedPlaceIds(m_document, m_selection);
    m_selectedEvents = selectedEventIds(m_document, m_selection);
    contentChanged();
}

void MapView::contentChanged()
{
    redrawContent();
    Q_EMIT layersChanged();
}

void MapView::redrawContent()
{
    MapFrame settings;
    settings.legend = false; // the legend dock shows it
    settings.keepBasemap = true;
    settings.selectedPlaces = m_selectedPlaces;
    settings.preview = m_preview;
    settings.selectedEvents = m_selectedEvents;
    m_pixelRatio = devicePixelRatioF();
    settings.devicePixelRatio = m_pixelRatio;
    m_background.setContent(m_overlay, m_layers, settings);
    update();
}

void MapView::addLoadedZones(const std::vector<ControlZone> &zones)
{
    m_scene.addLoadedZones(zones);
}

void MapView::addLayer(const MapLayer &layer)
{
    m_layers.add(layer);
    contentChanged();
    Q_EMIT layersChanged();
}

void MapView::removeLayer(const QString &id)
{
    m_layers.remove(id);
    contentChanged();
    Q_EMIT layersChanged();
}

void MapView::setLayerVisible(const QString &id, bool visible)
{
    m_layers.setVisible(id, visible);
    contentChanged();
    Q_EMIT layersChanged();
}

void MapView::setLayerOpacity(const QString &id, double opacity)
{
    m_layers.setOpacity(id, opacity);
    contentChanged();
    Q_EMIT layersChanged();
}

void MapView::setLayerColor(const QString &id, const QColor &color)
{
    m_layers.setColor(id, color);
    contentChanged();
}

void MapView::moveLayer(const QString &id, int steps)
{
    if (!m_layers.move(id, steps))
        return;
    contentChanged();
    Q_EMIT layersChanged();
}

void MapView::setPalette(Palette palette)
{
    m_scene.setPalette(palette);
    Q_EMIT layersChanged(); // the legend's colours
}

// A new tool starts afresh: nothing half-measured or half-drawn carries over.
void MapView::setTool(Tool tool)
{
    m_tool = tool;
    m_currentTool = makeTool(tool, *this);
    setCursor(m_currentTool->cursor());
    update();
}

void MapView::pickPoint()
{
    if (m_tool != Tool::PlacePoint)
        m_toolBeforePicking = m_tool;
    setTool(Tool::PlacePoint);
}

// Called by the picking tool, which the tool before replaces here: nothing may touch it after.
// The point is passed on as clicked, even beyond the world's edge, for the receiver to refuse.
void MapView::pickedAt(std::optional<QPointF> position)
{
    setTool(m_toolBeforePicking);
    if (!position) {
        Q_EMIT pickCancelled();
        return;
    }
    const QPointF world = m_viewport.toWorld(*position);
    Q_EMIT pointPicked(mercator::latitudeOf(world), mercator::longitudeOf(world));
}

void MapView::setPreview(const std::optional<MapPreview> &preview)
{
    if (preview == m_preview)
        return;
    m_preview = preview;
    redrawContent();
}

QHash<QString, QColor> MapView::placeColors() const
{
    QHash<QString, QColor> colors;
    for (const MapMarker &marker : m_overlay->markers)
        if (marker.color.isValid())
            colors.insert(marker.placeId, marker.color);
    return colors;
}

const MarkerClusters &MapView::clustersInView(ClustersInView &cache, ClusterFunction cluster) const
{
    if (!cache.clusters || cache.overlay != m_overlay || !(cache.viewport == m_viewport)) {
        cache.clusters = cluster(*m_overlay, m_viewport, 1.0);
        cache.viewport = m_viewport;
        cache.overlay = m_overlay;
    }
    return *cache.clusters;
}

const MarkerClusters &MapView::eventClusters() const
{
    return clustersInView(m_eventClusters, &clusterEventMarkers);
}

const MarkerClusters &MapView::placeClusters() const
{
    return clustersInView(m_placeClusters, &clusterPlaceMarkers);
}

void MapView::reportLayerProblems()
{
    for (const MapLayer &layer : m_layers.layers()) {
        const QString problem =
            layer.visible && layer.source ? layer.source->lastError() : QString();
        if (problem.isEmpty())
            continue;
        const QString message = tr("%1 could not be drawn: %2").arg(layer.name, problem);
        if (message != m_lastProblem)
            Q_EMIT layerProblem(message);
        m_lastProblem = message;
        return;
    }
    m_lastProblem.clear();
}

bool MapView::isFrameCurrent() const
{
    return m_background.isIdle() && m_background.hasFrameFor(m_viewport);
}

void MapView::viewportChanged()
{
    update();
    Q_EMIT viewChanged();
}

void MapView::fitToDocument()
{
    m_viewport.setSize(size());
    const QRectF extent = documentExtent(m_document).world;
    if (extent.isNull())
        m_viewport.fit(QRectF(0, 0.2, 1, 0.6), 0.0); // the inhabited world
    else
        m_viewport.fitInside(extent, QMarginsF(40, 40, 40, 60));
    m_fitPending = !isVisible();
    viewportChanged();
}

void MapView::zoomToWorld(const QRectF &world)
{
    const double zoom = m_viewport.zoom();
    m_viewport.fit(world, 0.1, MapViewport::kMaxZoom);
    if (m_viewport.zoom() < zoom + 1) // a cluster of places a few metres apart: at least a level in
        m_viewport.setZoom(zoom + 1);
    viewportChanged();
}

void MapView::showView(QPointF centre, double zoom)
{
    m_viewport.setCentre(centre);
    m_viewport.setZoom(zoom);
    m_fitPending = false;
    m_articlesFitted = m_document.articles().size();
    viewportChanged();
}

QPointF MapView::screenPositionOf(const QString &placeId) const
{
    for (const MapMarker &marker : m_overlay->markers)
        if (marker.placeId == placeId)
            return m_viewport.toScreen(marker.world);
    return {-1, -1};
}

// A final cheap step: the frame highlights the selected places and events; the overlay stays.
void MapView::followSelection(bool fromSentence)
{
    m_selectedPlaces = selectedPlaceIds(m_document, m_selection);
    m_selectedEvents = selectedEventIds(m_document, m_selection);
    redrawContent();
    if (!fromSentence) {
        bringSelectedEventIntoView();
        return;
    }
    // Centre on the sentence's places; zoom out only if they do not fit.
    QRectF bounds;
    for (const MapMarker &marker : m_overlay->markers)
        if (m_selectedPlaces.contains(marker.placeId))
            bounds = grownToPoint(bounds, QRectF(marker.world, QSizeF(1e-9, 1e-9)));
    if (bounds.isNull())
        return;
    m_viewport.setCentre(bounds.center());
    const QRectF visible = m_viewport.visibleWorld();
    if (bounds.width() > visible.width() * 0.8 || bounds.height() > visible.height() * 0.8)
        m_viewport.fit(bounds);
    viewportChanged();
}

// One event picked elsewhere (a row of the event table) whose marker is out of view: the map
// goes to it.
void MapView::bringSelectedEventIntoView()
{
    if (m_selectedEvents.size() != 1)
        return;
    for (const MapEventMarker &marker : m_overlay->events)
        if (m_selectedEvents.contains(marker.eventId)) {
            if (!m_viewport.visibleWorld().contains(marker.world)) {
                m_viewport.setCentre(marker.world);
                viewportChanged();
            }
            return;
        }
}

void MapView::zoomBy(double levels)
{
    m_viewport.zoomAbout(QPointF(width() / 2.0, height() / 2.0), levels);
    viewportChanged();
}

void MapView::panByPixels(QPointF offset)
{
    m_viewport.panByPixels(offset);
    viewportChanged();
}

QGeoCoordinate MapView::coordinateAt(QPointF position) const
{
    const QPointF world = m_viewport.toWorld(position);
    return QGeoCoordinate(mercator::latitudeOf(world), mercator::longitudeOf(world));
}

void MapView::paintEvent(QPaintEvent *)
{
    if (devicePixelRatioF() != m_pixelRatio) // moved to a screen of another density
        redrawContent();
    QPainter painter(this);
    painter.fillRect(rect(), MapStyle::standard().sea);
    if (!m_background.bestFrameFor(m_viewport))
        m_background.renderNow(m_viewport); // the first frame: nothing to compose yet
    composeFrame(painter, *m_background.bestFrameFor(m_viewport), m_viewport);
    painter.setRenderHint(QPainter::Antialiasing, true);
    m_currentTool->paint(painter);
    if (m_background.hasFrameFor(m_viewport))
        Q_EMIT frameShown();
    else
        m_background.request(m_viewport);
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    if (m_fitPending)
        fitToDocument();
    else
        viewportChanged();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_currentTool->press(event->position(), event->modifiers());
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QGeoCoordinate here = coordinateAt(event->position());
    Q_EMIT cursorMoved(here.latitude(), here.longitude());
    m_currentTool->move(event->position(), event->buttons());
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_currentTool->release(event->position());
}

bool MapView::isMarkerAt(QPointF position) const
{
    return (m_layers.builtIn(LayerKind::Places).visible &&
            placeClusters().clusterAt(position, kClickRadius) >= 0) ||
           (m_layers.builtIn(LayerKind::Events).visible &&
            eventClusters().clusterAt(position, kEventClickRadius) >= 0);
}

void MapView::clickAt(QPointF position)
{
    // Event icons sit above place markers: they are hit first.
    if (m_layers.builtIn(LayerKind::Events).visible) {
        const MarkerClusters &events = eventClusters();
        if (const int hit = events.clusterAt(position, kEventClickRadius); hit >= 0) {
            const MarkerClusters::Cluster &cluster = events.clusters()[hit];
            if (cluster.count > 1 && (cluster.world.width() > 0 || cluster.world.height() > 0)) {
                zoomToWorld(cluster.world);
                return;
            }
            const MapEventMarker &event = m_overlay->events[events.members()[cluster.first]];
            m_selection.selectEvent(event.eventId, event.placeId,
                                    SentenceRef{event.article, event.sentence});
            return;
        }
    }
    if (m_layers.builtIn(LayerKind::Places).visible) {
        const MarkerClusters &places = placeClusters();
        if (const int hit = places.clusterAt(position, kClickRadius); hit >= 0) {
            const MarkerClusters::Cluster &cluster = places.clusters()[hit];
            if (cluster.count > 1) {
                zoomToWorld(cluster.world);
                return;
            }
            const QString placeId = m_overlay->markers[places.members()[cluster.first]].placeId;
            const std::vector<int> mentions =
                m_document.mentionsOfPlace(m_document.geoparse().findPlace(placeId));
            m_selection.selectPlace(placeId, mentions.empty()
                                                 ? SentenceRef{}
                                                 : m_document.sentenceOfMention(mentions.front()));
            return;
        }
    }
    m_selection.clear();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_currentTool->zoomsOnDoubleClick())
        return;
    m_viewport.zoomAbout(event->position(), 1.0);
    viewportChanged();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // Smooth, fractional zoom: one notch of a wheel is half a level.
    const double levels = event->angleDelta().y() / 240.0;
    m_viewport.zoomAbout(event->position(), levels);
    viewportChanged();
}

QString MapView::tooltipAt(QPointF position) const
{
    if (m_layers.builtIn(LayerKind::Events).visible) {
        const MarkerClusters &events = eventClusters();
        if (const int hit = events.clusterAt(position, kEventClickRadius); hit >= 0) {
            const MarkerClusters::Cluster &cluster = events.clusters()[hit];
            QStringList lines;
            for (int m = cluster.first; m < cluster.first + std::min(cluster.count, 8); ++m)
                lines << m_overlay->events[events.members()[m]].description;
            if (cluster.count > 8)
                lines << tr("\u2026 and %1 more: click to zoom in").arg(cluster.count - 8);
            return lines.join(QLatin1Char('\n'));
        }
    }
    if (m_layers.builtIn(LayerKind::Places).visible) {
        const MarkerClusters &places = placeClusters();
        if (const int hit = places.clusterAt(position, kClickRadius); hit >= 0) {
            const MarkerClusters::Cluster &cluster = places.clusters()[hit];
            if (cluster.count > 1)
                return tr("%1 places: click to zoom in").arg(cluster.count);
            const MapMarker &marker = m_overlay->markers[places.members()[cluster.first]];
            const int place = m_document.geoparse().findPlace(marker.placeId);
            if (place < 0)
                return marker.label;
            const Place &p = m_document.geoparse().places[place];
            return tr("%1 (%2)\n%3 \u00b7 confidence %4")
                .arg(marker.label, p.name,
                     geodesy::decimalDegrees(QGeoCoordinate(p.latitude, p.longitude)))
                .arg(p.confidence, 0, 'f', 2);
        }
    }
    return {};
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    const QGeoCoordinate here = coordinateAt(event->pos());
    QMenu menu(this);
    const int place = m_document.geoparse().findPlace(m_selection.placeId());
    if (place >= 0) {
        const Place &selected = m_document.geoparse().places[place];
        menu.addAction(tr("Place \u201c%1\u201d Here").arg(selected.name), this, [this, here] {
            Q_EMIT moveSelectedPlaceRequested(here.latitude(), here.longitude());
        });
        // The gazetteer's other readings of the name: pick one to use it (the place card's Use
        // This One), for every mention of the name in the selected sentence's article.
        QMenu *candidates = menu.addMenu(tr("Use Another Reading"));
        const int article = articleOfPlace(m_document, place, m_selection.sentence());
        for (const PlaceCandidate &candidate : selected.candidates) {
            const QString label = tr("%1, %2 (score %3)")
                                      .arg(candidate.name, candidate.countryCode)
                                      .arg(candidate.score, 0, 'f', 2);
            const NameInArticle name{article < 0 ? QString() : m_document.articles()[article].id,
                                     selected.id};
            QAction *use = candidates->addAction(label, this, [this, name, candidate] {
                m_document.undoStack()->push(new ChoosePlaceCommand(m_document, name, candidate));
            });
            use->setEnabled(article >= 0 && candidate.id != selected.id);
        }
        candidates->setEnabled(!selected.candidates.empty());
        menu.addSeparator();
    }
    const auto copy = [](const QString &text) { QGuiApplication::clipboard()->setText(text); };
    const QString decimal = geodesy::decimalDegrees(here),
                  dms = geodesy::degreesMinutesSeconds(here), grid = geodesy::mgrs(here);
    menu.addAction(tr("Copy %1").arg(decimal), this, [copy, decimal] { copy(decimal); });
    menu.addAction(tr("Copy %1").arg(dms), this, [copy, dms] { copy(dms); });
    if (!grid.isEmpty())
        menu.addAction(tr("Copy MGRS %1").arg(grid), this, [copy, grid] { copy(grid); });
    menu.exec(event->globalPos());
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = 80.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panByPixels({-step, 0});
        break;
    case Qt::Key_Right:
        panByPixels({step, 0});
        break;
    case Qt::Key_Up:
        panByPixels({0, -step});
        break;
    case Qt::Key_Down:
        panByPixels({0, step});
        break;
    case Qt::Key_Home:
        fitToDocument();
        break;
    case Qt::Key_Escape:
        m_currentTool->cancel();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace frontline
