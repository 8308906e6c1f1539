#include "Basemap.h"

#include "geo/GdalSession.h"
#include "geo/MainLandmass.h"
#include "geo/PolygonRings.h"
#include "geo/WebMercator.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentRun>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace frontline {
namespace {

// The polygons' rings in world coordinates, each part of a ring that crosses the antimeridian
// on its own side (PolygonRings.h).
void addPolygons(const OGRGeometry &geometry, PolygonLayer &layer, GeoRings &rings,
                 std::vector<QPointF> &buffer)
{
    rings.clear();
    appendPolygonRings(&geometry, rings);
    for (const std::vector<QPointF> &ring : rings) {
        buffer.clear();
        buffer.reserve(ring.size());
        for (const QPointF &p : ring)
            buffer.push_back(mercator::toWorld(p.y(), p.x()));
        layer.addRing(buffer);
    }
}

// With `labels`, each named feature gets the point its label goes on (costly on detailed
// outlines); without, the point stays empty for the caller to fill.
bool readLayer(GDALDataset &dataset, const char *name, PolygonLayer &layer, QString *error,
               bool labels, std::vector<std::shared_ptr<const OGRGeometry>> *shapes = nullptr)
{
    OGRLayer *source = dataset.GetLayerByName(name);
    if (!source) {
        if (error)
            *error = QStringLiteral("the basemap has no layer %1").arg(QLatin1String(name));
        return false;
    }
    const int nameField = source->GetLayerDefn()->GetFieldIndex("name");
    GeoRings rings;
    std::vector<QPointF> buffer;
    for (const auto &feature : *source) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry)
            continue;
        if (shapes)
            shapes->emplace_back(geometry->clone());
        // Only a named feature is labelled, so only its label point is worth working out.
        const QString featureName =
            nameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(nameField)) : QString();
        OGRPoint label;
        if (labels && !featureName.isEmpty())
            mainLandmassPoint(*geometry, label);
        layer.beginFeature(featureName, mercator::toWorld(label.getY(), label.getX()));
        addPolygons(*geometry, layer, rings, buffer);
    }
    return true;
}

std::unique_ptr<GDALDataset> openBasemap(const QString &gpkgPath)
{
    return std::unique_ptr<GDALDataset>(GDALDataset::Open(gpkgPath.toUtf8().constData(),
                                                          GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                          nullptr, nullptr, nullptr));
}

} // namespace

bool Basemap::load(const QString &gpkgPath, QString *error)
{
    ensureGdalReady();
    std::unique_ptr<GDALDataset> dataset = openBasemap(gpkgPath);
    if (!dataset) {
        if (error)
            *error = QStringLiteral("%1: cannot open the basemap").arg(gpkgPath);
        return false;
    }
    // The two scales on two cores, each through its own connection (a GDAL dataset serves
    // one thread at a time).
    QString detailError;
    QFuture<bool> detail = QtConcurrent::run([&] {
        std::unique_ptr<GDALDataset> own = openBasemap(gpkgPath);
        return own && readLayer(*own, "land_10m", m_land10, &detailError, false) &&
               readLayer(*own, "countries_10m", m_countries10, &detailError, false);
    });
    const bool coarse =
        readLayer(*dataset, "land_50m", m_land50, error, false) &&
        readLayer(*dataset, "countries_50m", m_countries50, error, true, &m_countryShapes);
    if (!detail.result()) {
        if (error && coarse)
            *error = detailError.isEmpty()
                         ? QStringLiteral("%1: cannot open the basemap").arg(gpkgPath)
                         : detailError;
        return false;
    }
    if (!coarse)
        return false;
    // A country's label goes where it goes at the coarse scale: the same main landmass.
    QHash<QString, QPointF> labelPoints;
    for (const PolygonLayer::Feature &country : m_countries50.features())
        labelPoints.insert(country.name, country.labelPoint);
    m_countries10.setLabelPoints(labelPoints);
    return true;
}

} // namespace frontline
