#include "MapRenderer.h"

#include "ArrowPainter.h"
#include "Basemap.h"
#include "CitationMarks.h"
#include "CitationNotes.h"
#include "LabelPlacer.h"
#include "LegendPainter.h"
#include "LocatorInset.h"
#include "MapDecorations.h"
#include "MapSource.h"
#include "MarkerClusters.h"
#include "PreviewMarker.h"
#include "RasterSource.h"
#include "SymbolCache.h"
#include "ZonePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cstring>
#include <optional>

namespace frontline {
namespace {

constexpr std::size_t kMaxEventRow = 8;
constexpr std::size_t kCachedBasemaps = 4;
constexpr int kMaxCityLabels = 40; // icons side by side for the events of one place

constexpr double kEventHaloRadius = 12; // round an event icon of 16 pixels
constexpr double kBadgeHaloMargin = 4;

QRectF squareAround(QPointF centre, double radius)
{
    return QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
}

// Whether the frame highlights an event of the cluster: any, or one of `kind`'s type and colour.
bool holdsSelected(const MarkerClusters &clusters, const MarkerClusters::Cluster &cluster,
                   const MapOverlay &overlay, const QSet<QString> &selected,
                   const MapEventMarker *kind = nullptr)
{
    if (selected.isEmpty())
        return false;
    for (int m = cluster.first; m < cluster.first + cluster.count; ++m) {
        const MapEventMarker &event = overlay.events[clusters.members()[m]];
        if ((!kind || (event.type == kind->type && event.color == kind->color)) &&
            selected.contains(event.eventId))
            return true;
    }
    return false;
}

void paintHalo(QPainter &painter, QPointF centre, double radius, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(centre, radius, radius);
}

} // namespace

void MapRenderer::render(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                         const LayerStack &layers) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    LabelPlacer placer;
    const MarkerClusters places =
        layers.builtIn(LayerKind::Places).visible
            ? clusterPlaceMarkers(overlay, frame.viewport, frame.symbolScale)
            : MarkerClusters({}, frame.viewport, 1);
    drawLayers(painter, frame, overlay, layers, places, placer);
    // Labels keep clear of the panels drawn over the map and of the cited sentences' numbers.
    const std::optional<Legend> legend = reserveDecorations(frame, overlay, layers, placer);
    const std::vector<QRectF> marks = placeCitationMarks(frame, m_style, placer);
    drawLabels(painter, frame, overlay, layers, places, placer);
    paintCitationMarks(painter, frame, m_style, marks);
    if (frame.decorations)
        drawFrameDecorations(painter, frame, layers, legend);
    if (frame.preview) // above all: it is what the analyst is looking at
        paintPreviewMarker(painter, frame, *frame.preview, m_style);
    painter.restore();
}

void MapRenderer::drawLayers(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                             const LayerStack &layers, const MarkerClusters &places,
                             LabelPlacer &placer) const
{
    const double s = frame.symbolScale;
    for (const MapLayer &layer : layers.layers()) {
        if (!layer.visible || layer.opacity <= 0)
            continue;
        painter.setOpacity(layer.opacity);
        switch (layer.kind) {
        case LayerKind::Basemap:
            drawBasemap(painter, frame);
            break;
        case LayerKind::Raster:
        case LayerKind::Vector:
            layer.source->paint(painter, frame.viewport, {layer.color, s});
            break;
        case LayerKind::Zones:
            paintZones(painter, frame.viewport, overlay.zones, s, m_symbols);
            break;
        case LayerKind::Arrows:
            paintArrows(painter, frame.viewport, overlay.arrows, s,
                        m_style.font(m_style.placeLabelPointSize * 0.9, s, true), placer,
                        m_symbols);
            break;
        case LayerKind::Events:
            drawEvents(painter, frame, overlay, placer);
            break;
        case LayerKind::Places:
            drawPlaces(painter, frame, overlay, places, placer);
            break;
        }
    }
    painter.setOpacity(1.0);
}

// The legend reads every event: worked out once per frame, here, and drawn with the rest.
std::optional<Legend> MapRenderer::reserveDecorations(const MapFrame &frame,
                                                      const MapOverlay &overlay,
                                                      const LayerStack &layers,
                                                      LabelPlacer &placer) const
{
    if (!frame.decorations)
        return std::nullopt;
    for (const QRectF &panel : decorationPanels(frame, m_style))
        placer.reserve(panel);
    if (const QRectF notes = layoutNotes(frame.citations, frame, m_style).panel; !notes.isNull())
        placer.reserve(notes);
    if (!frame.legend)
        return std::nullopt;
    std::optional<Legend> legend(std::in_place, overlay, layers, m_style);
    if (!legend->isEmpty())
        placer.reserve(QRectF(legendTopLeft(frame, *legend), legend->size(frame.symbolScale)));
    return legend;
}

void MapRenderer::drawFrameDecorations(QPainter &painter, const MapFrame &frame,
                                       const LayerStack &layers,
                                       const std::optional<Legend> &legend) const
{
    MapFrame credited = frame;
    for (const MapLayer &layer : layers.layers())
        if (layer.visible && !layer.attribution.isEmpty())
            credited.extraAttribution +=
                (credited.extraAttribution.isEmpty() ? QString() : QStringLiteral(" \u00b7 ")) +
                layer.attribution;
    drawDecorations(painter, credited, m_style);
    if (frame.composition)
        paintLocatorInset(painter, locatorPanel(frame, m_style), frame, m_basemap, m_style);
    if (legend)
        paintLegend(painter, frame, *legend);
    paintNotes(painter, frame, m_style);
}

void MapRenderer::forgetBasemaps() const
{
    std::lock_guard lock(m_basemapMutex);
    for (CachedBasemap &cached : m_basemaps)
        cached.valid = false;
}

void MapRenderer::drawBasemap(QPainter &painter, const MapFrame &frame) const
{
    // Kept only where the frame is an image of the view's size: the basemap is copied out
    // of it once drawn (the raster engine draws straight into the image's pixels).
    auto *target = painter.device() && painter.device()->devType() == QInternal::Image
                       ? static_cast<QImage *>(painter.device())
                       : nullptr;
    if (!frame.keepBasemap || !target || target->size() != frame.viewport.size() ||
        !painter.transform().isIdentity()) {
        paintBasemap(painter, frame);
        return;
    }
    {
        std::lock_guard lock(m_basemapMutex);
        for (const CachedBasemap &cached : m_basemaps)
            if (cached.valid && cached.viewport == frame.viewport &&
                cached.symbolScale == frame.symbolScale) {
                painter.drawImage(QPointF(0, 0), cached.image);
                return;
            }
    }
    paintBasemap(painter, frame);
    std::lock_guard lock(m_basemapMutex);
    // Into a forgotten entry's pixels if there is one, else the oldest's once all are taken.
    auto slot = std::find_if(m_basemaps.begin(), m_basemaps.end(),
                             [](const CachedBasemap &c) { return !c.valid; });
    CachedBasemap entry;
    if (slot != m_basemaps.end() || m_basemaps.size() >= kCachedBasemaps) {
        if (slot == m_basemaps.end())
            slot = m_basemaps.begin();
        entry = std::move(*slot);
        m_basemaps.erase(slot);
    }
    if (entry.image.size() == target->size() && entry.image.format() == target->format() &&
        entry.image.bytesPerLine() == target->bytesPerLine())
        std::memcpy(entry.image.bits(), target->constBits(), std::size_t(target->sizeInBytes()));
    else
        entry.image = target->copy();
    entry.viewport = frame.viewport;
    entry.symbolScale = frame.symbolScale;
    entry.valid = true;
    m_basemaps.push_back(std::move(entry));
}

void MapRenderer::paintBasemap(QPainter &painter, const MapFrame &frame) const
{
    const MapViewport &viewport = frame.viewport;
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    painter.fillRect(screen, m_style.sea);

    const QRectF visible = viewport.visibleWorld();
    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    for (const PolygonLayer::Feature &feature : m_basemap.land(viewport.zoom()).features())
        if (feature.bounds.intersects(visible))
            m_basemap.land(viewport.zoom()).appendScreenPath(feature, viewport, land);
    painter.fillPath(land, m_style.land);

    const PolygonLayer &countries = m_basemap.countries(viewport.zoom());
    QPainterPath borders;
    for (const PolygonLayer::Feature &feature : countries.features())
        if (feature.bounds.intersects(visible))
            countries.appendScreenPath(feature, viewport, borders);
    // Thin lines: the cosmetic stroker is many times faster than outlining the path.
    QPen borderPen(m_style.border, m_style.borderWidth * frame.symbolScale);
    borderPen.setCosmetic(true);
    painter.setPen(borderPen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(borders);
}

void MapRenderer::drawEvents(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                             LabelPlacer &placer) const
{
    const double s = frame.symbolScale;
    const MarkerClusters clusters = clusterEventMarkers(overlay, frame.viewport, s);
    const QFont countFont = m_style.font(7.5, s, true);
    for (const MarkerClusters::Cluster &cluster : clusters.clusters()) {
        const MapEventMarker &first = overlay.events[clusters.members()[cluster.first]];
        // Events at one place cannot split by zooming: once few kinds remain, they stand in
        // a row, one icon for each kind of act by each faction.
        std::vector<const MapEventMarker *> kinds;
        const bool onePlace = cluster.world.width() == 0 && cluster.world.height() == 0;
        for (int m = cluster.first;
             onePlace && m < cluster.first + cluster.count && kinds.size() <= kMaxEventRow; ++m) {
            const MapEventMarker &event = overlay.events[clusters.members()[m]];
            if (std::none_of(kinds.begin(), kinds.end(), [&](const MapEventMarker *k) {
                    return k->type == event.type && k->color == event.color;
                }))
                kinds.push_back(&event);
        }
        if (cluster.count == 1 || (onePlace && kinds.size() <= kMaxEventRow)) {
            const double step = 18 * s;
            QPointF at = cluster.screen - QPointF(step * (kinds.size() - 1) / 2.0, 0);
            if (cluster.count == 1)
                kinds = {&first};
            for (const MapEventMarker *kind : kinds) {
                if (holdsSelected(clusters, cluster, overlay, frame.selectedEvents, kind))
                    paintHalo(painter, at, kEventHaloRadius * s, m_style.selection);
                m_symbols.drawEventIcon(painter, at, kind->type, kind->color, s);
                placer.reserve(squareAround(at, 8 * s));
                at.rx() += step;
            }
            continue;
        }
        // One faction's events in its colour; a mix in neutral grey.
        QColor color = first.color;
        for (int m = cluster.first; m < cluster.first + cluster.count; ++m)
            if (overlay.events[clusters.members()[m]].color != color) {
                color = QColor(0x4a, 0x4a, 0x4a);
                break;
            }
        const double radius = (9 + std::min(4.0, std::log10(double(cluster.count)) * 2.0)) * s;
        if (holdsSelected(clusters, cluster, overlay, frame.selectedEvents))
            paintHalo(painter, cluster.screen, radius + kBadgeHaloMargin * s, m_style.selection);
        m_symbols.drawBadge(painter, cluster.screen, cluster.count, color, countFont, radius, s);
        placer.reserve(squareAround(cluster.screen, radius));
    }
}

void MapRenderer::drawPlaces(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                             const MarkerClusters &clusters, LabelPlacer &placer) const
{
    const double s = frame.symbolScale;
    const QFont countFont = m_style.font(7.5, s, true);
    for (const MarkerClusters::Cluster &cluster : clusters.clusters()) {
        bool selected = false;
        for (int m = cluster.first; m < cluster.first + cluster.count; ++m)
            selected = selected || frame.selectedPlaces.contains(
                                       overlay.markers[clusters.members()[m]].placeId);
        const MapMarker &marker = overlay.markers[clusters.members()[cluster.first]];
        const double r = cluster.count > 1
                             ? 8 * s
                             : (selected ? m_style.selectedMarkerRadius : m_style.markerRadius) * s;
        if (selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_style.selection);
            painter.drawEllipse(cluster.screen, r + 4 * s, r + 4 * s);
        }
        placer.reserve(squareAround(cluster.screen, r));
        if (cluster.count > 1) {
            // Places one faction holds in its colour; a mix in the plain marker colour.
            QColor color = marker.color;
            for (int m = cluster.first; m < cluster.first + cluster.count; ++m)
                if (overlay.markers[clusters.members()[m]].color != color)
                    color = QColor();
            m_symbols.drawBadge(painter, cluster.screen, cluster.count,
                                color.isValid() ? color : m_style.marker, countFont, r, s);
            continue;
        }
        painter.setPen(QPen(m_style.markerOutline, 1.5 * s));
        painter.setBrush(marker.color.isValid() ? marker.color : m_style.marker);
        painter.drawEllipse(cluster.screen, r, r);
    }
}

void MapRenderer::drawLabels(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay,
                             const LayerStack &layers, const MarkerClusters &places,
                             LabelPlacer &placer) const
{
    const MapViewport &viewport = frame.viewport;
    const double s = frame.symbolScale;
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));

    // Place labels first, the selected ones before the rest; country names fill what is left.
    struct Label
    {
        QPointF baseline;
        QString text;
        bool selected;
    };
    std::vector<Label> placeLabels;
    const QFont placeFont = m_style.font(m_style.placeLabelPointSize, s);
    const QFontMetricsF placeMetrics(placeFont);
    std::vector<const MarkerClusters::Cluster *> singles;
    for (const MarkerClusters::Cluster &cluster : places.clusters())
        if (cluster.count == 1 && screen.contains(cluster.screen))
            singles.push_back(&cluster);
    std::stable_sort(singles.begin(), singles.end(),
                     [&](const MarkerClusters::Cluster *a, const MarkerClusters::Cluster *b) {
                         const MapMarker &x = overlay.markers[places.members()[a->first]],
                                         &y = overlay.markers[places.members()[b->first]];
                         const bool xSelected = frame.selectedPlaces.contains(x.placeId);
                         const bool ySelected = frame.selectedPlaces.contains(y.placeId);
                         return xSelected != ySelected ? xSelected : x.mentions > y.mentions;
                     });
    for (const MarkerClusters::Cluster *cluster : singles) {
        const MapMarker &marker = overlay.markers[places.members()[cluster->first]];
        const bool selected = frame.selectedPlaces.contains(marker.placeId);
        const QPointF p = cluster->screen;
        // Right of the marker first, then left, above, below, then the four corners: the
        // first free place wins.
        const double gap = (m_style.markerRadius + 3) * s;
        const QRectF box = placeMetrics.boundingRect(marker.label);
        const double width = placeMetrics.horizontalAdvance(marker.label);
        const double middle = placeMetrics.capHeight() / 2;
        const QPointF candidates[] = {
            {p.x() + gap, p.y() + middle},
            {p.x() - gap - width, p.y() + middle},
            {p.x() - width / 2, p.y() - gap},
            {p.x() - width / 2, p.y() + gap + placeMetrics.capHeight()},
            {p.x() + gap * 0.7, p.y() - gap * 0.7},
            {p.x() + gap * 0.7, p.y() + gap * 0.7 + placeMetrics.capHeight()},
            {p.x() - gap * 0.7 - width, p.y() + gap * 0.7 + placeMetrics.capHeight()},
            {p.x() - gap * 0.7 - width, p.y() - gap * 0.7}};
        bool placed = false;
        for (const QPointF &baseline : candidates)
            if (screen.contains(box.translated(baseline)) &&
                placer.tryPlace(box.translated(baseline).adjusted(-2 * s, -s, 2 * s, s))) {
                placeLabels.push_back({baseline, marker.label, selected});
                placed = true;
                break;
            }
        if (!placed && selected)
            placeLabels.push_back({candidates[0], marker.label, true});
    }

    painter.setOpacity(layers.builtIn(LayerKind::Places).opacity);
    drawAreaLabels(painter, frame, overlay, placer);
    const MapLayer &basemap = layers.builtIn(LayerKind::Basemap);
    if (basemap.visible) {
        painter.setOpacity(basemap.opacity);
        const QFont countryFont = m_style.font(m_style.countryLabelPointSize, s);
        const QFontMetricsF countryMetrics(countryFont);
        const QRectF visible = viewport.visibleWorld();
        for (const PolygonLayer::Feature &country :
             m_basemap.countries(viewport.zoom()).features()) {
            if (country.name.isEmpty() || !visible.contains(country.labelPoint))
                continue;
            const QString text = country.name.toUpper();
            const double width = countryMetrics.horizontalAdvance(text);
            const double countryWidth = country.bounds.width() * viewport.pixelsPerWorldUnit();
            if (countryWidth < width * 0.8)
                continue; // the name would dwarf the country
            const QPointF centre = viewport.toScreen(country.labelPoint);
            const QPointF baseline(centre.x() - width / 2,
                                   centre.y() + countryMetrics.capHeight() / 2);
            const QRectF rect = countryMetrics.boundingRect(text).translated(baseline);
            if (placer.tryPlace(rect))
                m_symbols.drawHaloText(painter, baseline, text, countryFont, m_style.countryLabel,
                                       m_style.labelHalo, 2.5 * s);
        }
    }
    if (basemap.visible)
        drawCityLabels(painter, frame, placer);
    painter.setOpacity(layers.builtIn(LayerKind::Places).opacity);
    for (const Label &label : placeLabels) {
        QFont font = placeFont;
        font.setBold(label.selected);
        m_symbols.drawHaloText(painter, label.baseline, label.text, font, m_style.placeLabel,
                               m_style.labelHalo, 3 * s);
    }
    painter.setOpacity(1.0);
}

// Areas the text names, centred on their point in italics, after the places and before the
// basemap's own names.
void MapRenderer::drawAreaLabels(QPainter &painter, const MapFrame &frame,
                                 const MapOverlay &overlay, LabelPlacer &placer) const
{
    const MapViewport &viewport = frame.viewport;
    const double s = frame.symbolScale;
    QFont font = m_style.font(m_style.areaLabelPointSize, s);
    font.setItalic(true);
    const QFontMetricsF metrics(font);
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    for (const MapAreaLabel &area : overlay.areas) {
        const QPointF centre = viewport.toScreen(area.world);
        const double width = metrics.horizontalAdvance(area.label);
        const QPointF baseline(centre.x() - width / 2, centre.y() + metrics.capHeight() / 2);
        const QRectF rect = metrics.boundingRect(area.label).translated(baseline);
        if (screen.contains(rect) && placer.tryPlace(rect))
            m_symbols.drawHaloText(painter, baseline, area.label, font,
                                   area.water ? m_style.waterLabel : m_style.areaLabel,
                                   m_style.labelHalo, 2.5 * s);
    }
}

void MapRenderer::drawCityLabels(QPainter &painter, const MapFrame &frame,
                                 LabelPlacer &placer) const
{
    const MapViewport &viewport = frame.viewport;
    const double s = frame.symbolScale;
    // A few million people at a continent's zoom, a town of 50,000 at a province's.
    const double minimum = std::max(50000.0, 4.0e6 / std::exp2(viewport.zoom() - 3));
    const QFont font = m_style.font(m_style.cityLabelPointSize, s);
    const QFontMetricsF metrics(font);
    const QRectF visible = viewport.visibleWorld();
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    const double r = 2.2 * s;
    int named = 0;
    for (const Basemap::City &city : m_basemap.cities()) {
        if (city.population < minimum || named >= kMaxCityLabels)
            break;
        if (!visible.contains(city.world))
            continue;
        const QPointF p = viewport.toScreen(city.world);
        const QRectF dot(p - QPointF(r, r), QSizeF(2 * r, 2 * r));
        const QRectF box = metrics.boundingRect(city.name);
        const QPointF baseline(p.x() + r + 3 * s, p.y() + metrics.capHeight() / 2);
        const QRectF label = box.translated(baseline).adjusted(-s, -s, s, s);
        if (!screen.contains(label) || !placer.tryPlace(label.united(dot)))
            continue;
        painter.setPen(QPen(m_style.labelHalo, 1 * s));
        painter.setBrush(m_style.cityLabel);
        painter.drawEllipse(dot);
        m_symbols.drawHaloText(painter, baseline, city.name, font, m_style.cityLabel,
                               m_style.labelHalo, 2.5 * s);
        ++named;
    }
}

} // namespace frontline
