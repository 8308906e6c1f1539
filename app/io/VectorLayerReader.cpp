#include "VectorLayerReader.h"

#include "VectorFeatureReader.h"
#include "geo/Antimeridian.h"
#include "geo/PolygonRings.h"
#include "geo/WebMercator.h"

#include <ogrsf_frmts.h>

namespace frontline {
namespace {

std::vector<QPointF> toWorld(const std::vector<QPointF> &lonLat)
{
    std::vector<QPointF> world;
    world.reserve(lonLat.size());
    for (const QPointF &p : lonLat)
        world.push_back(mercator::toWorld(p.y(), p.x()));
    return world;
}

// Each line in world coordinates, in pieces where it crosses the antimeridian.
void addLines(const OGRGeometry *geometry, std::vector<std::vector<QPointF>> &lines)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbLineString) {
        std::vector<QPointF> line;
        for (const OGRPoint &p : *geometry->toLineString())
            line.emplace_back(p.getX(), p.getY());
        std::vector<std::vector<QPointF>> pieces;
        appendLineCutAtAntimeridian(line, pieces);
        for (const std::vector<QPointF> &piece : pieces)
            lines.push_back(toWorld(piece));
    } else if (type == wkbMultiLineString || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            addLines(part, lines);
    }
}

void addPoints(const OGRGeometry *geometry, std::vector<QPointF> &points)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPoint) {
        const OGRPoint *p = geometry->toPoint();
        points.push_back(mercator::toWorld(p->getY(), p->getX()));
    } else if (type == wkbMultiPoint || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            addPoints(part, points);
    }
}

QRectF grow(const QRectF &bounds, const QRectF &more)
{
    if (bounds.isNull())
        return more;
    return QRectF(
        QPointF(std::min(bounds.left(), more.left()), std::min(bounds.top(), more.top())),
        QPointF(std::max(bounds.right(), more.right()), std::max(bounds.bottom(), more.bottom())));
}

} // namespace

void addToVectorSource(VectorSource &source, const OGRGeometry &geometry)
{
    std::vector<std::vector<QPointF>> rings;
    appendPolygonRings(&geometry, rings);
    if (!rings.empty()) {
        source.polygons.beginFeature({}, {});
        for (const auto &ring : rings)
            source.polygons.addRing(toWorld(ring));
        source.extent = grow(source.extent, source.polygons.features().back().bounds);
    }
    const std::size_t lines = source.lines.size(), points = source.points.size();
    addLines(&geometry, source.lines);
    addPoints(&geometry, source.points);
    for (std::size_t i = lines; i < source.lines.size(); ++i)
        for (const QPointF &p : source.lines[i])
            source.extent = grow(source.extent, QRectF(p, QSizeF(1e-12, 1e-12)));
    for (std::size_t i = points; i < source.points.size(); ++i)
        source.extent = grow(source.extent, QRectF(source.points[i], QSizeF(1e-12, 1e-12)));
}

std::shared_ptr<VectorSource> readVectorLayer(const QString &path, QString *error)
{
    auto source = std::make_shared<VectorSource>();
    SkippedFeatures skipped;
    const bool readable = readVectorFeatures(
        path,
        [&](const OGRFeature &, OGRGeometry &geometry) { addToVectorSource(*source, geometry); },
        error, &skipped);
    if (!readable)
        return nullptr;
    if (source->isEmpty()) {
        *error = skipped.total() > 0
                     ? QStringLiteral("%1: no features to draw: %2").arg(path, skipped.describe())
                     : QStringLiteral("%1: no features to draw").arg(path);
        return nullptr;
    }
    return source;
}

} // namespace frontline
