#include "MapRenderer.h"

#include "ArrowPainter.h"
#include "Basemap.h"
#include "LabelPlacer.h"
#include "LegendPainter.h"
#include "MapDecorations.h"
#include "ZonePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace frontline {
namespace {

// Text with a light halo, legible over land, sea and borders alike.
void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font,
                  const QColor &color, const QColor &halo, double haloWidth)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.strokePath(path, QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, color);
}

} // namespace

void MapRenderer::render(QPainter &painter, const MapFrame &frame, const MapOverlay &overlay) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    drawBasemap(painter, frame);
    paintZones(painter, frame.viewport, overlay.zones, frame.symbolScale);
    paintArrows(painter, frame.viewport, overlay.arrows, frame.symbolScale,
                m_style.font(m_style.placeLabelPointSize * 0.9, frame.symbolScale, true));
    drawMarkers(painter, frame, overlay);
    if (frame.decorations) {
        drawDecorations(painter, frame, m_style);
        paintLegend(painter, frame, m_style, overlay);
    }
    painter.restore();
}

void MapRenderer::drawBasemap(QPainter &painter, const MapFrame &frame) const
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
    painter.strokePath(borders, QPen(m_style.border, m_style.borderWidth * frame.symbolScale));
}

void MapRenderer::drawMarkers(QPainter &painter, const MapFrame &frame,
                              const MapOverlay &overlay) const
{
    const MapViewport &viewport = frame.viewport;
    const double s = frame.symbolScale;
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    LabelPlacer placer;

    // Markers first claim their space; then place labels, selected first; country names fill
    // what is left, beneath everything else.
    struct Label
    {
        QPointF baseline;
        QString text;
        bool selected;
    };
    std::vector<Label> placeLabels;
    const QFont placeFont = m_style.font(m_style.placeLabelPointSize, s);
    const QFontMetricsF placeMetrics(placeFont);
    for (const MapMarker &marker : overlay.markers) {
        const QPointF p = viewport.toScreen(marker.world);
        const double r = (marker.selected ? m_style.selectedMarkerRadius : m_style.markerRadius) * s;
        placer.reserve(QRectF(p - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    std::vector<int> order(overlay.markers.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_partition(order.begin(), order.end(),
                          [&](int i) { return overlay.markers[i].selected; });
    for (int i : order) {
        const MapMarker &marker = overlay.markers[i];
        const QPointF p = viewport.toScreen(marker.world);
        if (!screen.contains(p))
            continue;
        // Right of the marker first, then left, above, below: the first free place wins.
        const double gap = (m_style.markerRadius + 3) * s;
        const QRectF box = placeMetrics.boundingRect(marker.label);
        const double width = placeMetrics.horizontalAdvance(marker.label);
        const double middle = placeMetrics.capHeight() / 2;
        const QPointF candidates[] = {{p.x() + gap, p.y() + middle},
                                      {p.x() - gap - width, p.y() + middle},
                                      {p.x() - width / 2, p.y() - gap},
                                      {p.x() - width / 2, p.y() + gap + placeMetrics.capHeight()}};
        bool placed = false;
        for (const QPointF &baseline : candidates) {
            if (placer.tryPlace(box.translated(baseline).adjusted(-2 * s, -s, 2 * s, s))) {
                placeLabels.push_back({baseline, marker.label, marker.selected});
                placed = true;
                break;
            }
        }
        if (!placed && marker.selected)
            placeLabels.push_back({candidates[0], marker.label, true});
    }

    const QFont countryFont = m_style.font(m_style.countryLabelPointSize, s);
    const QFontMetricsF countryMetrics(countryFont);
    const QRectF visible = viewport.visibleWorld();
    for (const PolygonLayer::Feature &country : m_basemap.countries(viewport.zoom()).features()) {
        if (country.name.isEmpty() || !visible.contains(country.labelPoint))
            continue;
        const QString text = country.name.toUpper();
        const double width = countryMetrics.horizontalAdvance(text);
        const double countryWidth = country.bounds.width() * viewport.pixelsPerWorldUnit();
        if (countryWidth < width * 0.8)
            continue; // the name would dwarf the country
        const QPointF centre = viewport.toScreen(country.labelPoint);
        const QPointF baseline(centre.x() - width / 2, centre.y() + countryMetrics.capHeight() / 2);
        const QRectF rect = countryMetrics.boundingRect(text).translated(baseline);
        if (placer.tryPlace(rect))
            drawHaloText(painter, baseline, text, countryFont, m_style.countryLabel,
                         m_style.labelHalo, 2.5 * s);
    }

    painter.setPen(QPen(m_style.markerOutline, 1.5 * s));
    for (const MapMarker &marker : overlay.markers) {
        const QPointF p = viewport.toScreen(marker.world);
        if (marker.selected) {
            painter.setBrush(m_style.selection);
            painter.setPen(Qt::NoPen);
            const double halo = (m_style.selectedMarkerRadius + 4) * s;
            painter.drawEllipse(p, halo, halo);
            painter.setPen(QPen(m_style.markerOutline, 1.5 * s));
        }
        const double r = (marker.selected ? m_style.selectedMarkerRadius : m_style.markerRadius) * s;
        painter.setBrush(marker.color.isValid() ? marker.color : m_style.marker);
        painter.drawEllipse(p, r, r);
    }
    for (const Label &label : placeLabels) {
        QFont font = placeFont;
        font.setBold(label.selected);
        drawHaloText(painter, label.baseline, label.text, font, m_style.placeLabel,
                     m_style.labelHalo, 3 * s);
    }
}

} // namespace frontline
