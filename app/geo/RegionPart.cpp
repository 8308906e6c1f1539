#include "RegionPart.h"

#include "GdalSession.h"

#include <ogr_geometry.h>

#include <memory>

namespace frontline {

GeoRings approximateRegionPart(const std::vector<QPointF> &lonLatPoints, const QString &direction)
{
    ensureGdalReady();
    if (lonLatPoints.size() < 3)
        return {};
    OGRMultiPoint points;
    for (const QPointF &p : lonLatPoints)
        points.addGeometry(std::make_unique<OGRPoint>(p.x(), p.y()).get());
    constexpr double kWidening = 0.1; // degrees: the places are inside the region, not on its edge
    std::unique_ptr<OGRGeometry> hull(points.ConvexHull());
    if (!hull)
        return {};
    std::unique_ptr<OGRGeometry> region(hull->Buffer(kWidening));
    if (!region)
        return {};
    OGREnvelope box;
    region->getEnvelope(&box);
    const double share = direction.startsWith(QLatin1String("far")) ? 0.25 : 1.0 / 3.0;
    const double width = box.MaxX - box.MinX, height = box.MaxY - box.MinY;
    OGREnvelope part = box;
    if (direction.contains(QLatin1String("west")))
        part.MaxX = box.MinX + width * share;
    if (direction.contains(QLatin1String("east")))
        part.MinX = box.MaxX - width * share;
    if (direction.contains(QLatin1String("north")))
        part.MinY = box.MaxY - height * share;
    if (direction.contains(QLatin1String("south")))
        part.MaxY = box.MinY + height * share;
    OGRLinearRing ring;
    ring.addPoint(part.MinX, part.MinY);
    ring.addPoint(part.MaxX, part.MinY);
    ring.addPoint(part.MaxX, part.MaxY);
    ring.addPoint(part.MinX, part.MaxY);
    ring.closeRings();
    OGRPolygon cut;
    cut.addRing(&ring);
    std::unique_ptr<OGRGeometry> clipped(region->Intersection(&cut));
    GeoRings rings;
    if (!clipped || wkbFlatten(clipped->getGeometryType()) != wkbPolygon)
        return rings;
    for (const OGRLinearRing *r : *clipped->toPolygon()) {
        std::vector<QPointF> out;
        for (const OGRPoint &p : *r)
            out.emplace_back(p.getX(), p.getY());
        rings.push_back(std::move(out));
    }
    return rings;
}

} // namespace frontline
