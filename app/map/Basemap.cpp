#include "Basemap.h"

#include "geo/GdalSession.h"
#include "geo/MainLandmass.h"
#include "geo/WebMercator.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace frontline {
namespace {

void addPolygon(const OGRPolygon &polygon, PolygonLayer &layer, std::vector<QPointF> &buffer)
{
    for (const OGRLinearRing *ring : polygon) {
        buffer.clear();
        buffer.reserve(ring->getNumPoints());
        for (const OGRPoint &p : *ring)
            buffer.push_back(mercator::toWorld(p.getY(), p.getX()));
        layer.addRing(buffer);
    }
}

bool readLayer(GDALDataset &dataset, const char *name, PolygonLayer &layer, QString *error,
               std::vector<std::shared_ptr<const OGRGeometry>> *shapes = nullptr)
{
    OGRLayer *source = dataset.GetLayerByName(name);
    if (!source) {
        if (error)
            *error = QStringLiteral("the basemap has no layer %1").arg(QLatin1String(name));
        return false;
    }
    const int nameField = source->GetLayerDefn()->GetFieldIndex("name");
    std::vector<QPointF> buffer;
    for (const auto &feature : *source) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry)
            continue;
        if (shapes)
            shapes->emplace_back(geometry->clone());
        OGRPoint label;
        mainLandmassPoint(*geometry, label);
        layer.beginFeature(nameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(nameField))
                                          : QString(),
                           mercator::toWorld(label.getY(), label.getX()));
        const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
        if (type == wkbPolygon)
            addPolygon(*geometry->toPolygon(), layer, buffer);
        else if (type == wkbMultiPolygon)
            for (const OGRPolygon *polygon : *geometry->toMultiPolygon())
                addPolygon(*polygon, layer, buffer);
    }
    return true;
}

} // namespace

bool Basemap::load(const QString &gpkgPath, QString *error)
{
    ensureGdalReady();
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(gpkgPath.toUtf8().constData(),
                                                           GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                           nullptr, nullptr, nullptr));
    if (!dataset) {
        if (error)
            *error = QStringLiteral("%1: cannot open the basemap").arg(gpkgPath);
        return false;
    }
    return readLayer(*dataset, "land_50m", m_land50, error) &&
           readLayer(*dataset, "countries_50m", m_countries50, error, &m_countryShapes) &&
           readLayer(*dataset, "land_10m", m_land10, error) &&
           readLayer(*dataset, "countries_10m", m_countries10, error);
}

} // namespace frontline
