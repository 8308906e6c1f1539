#include "VectorFeatureReader.h"

#include "geo/GdalSession.h"

#include <cmath>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace frontline {

namespace {

// Longitude and latitude, finite and on the globe (a little slack for rounding at the edges).
bool liesInTheWorld(const OGRGeometry &geometry)
{
    constexpr double kSlackDegrees = 1e-6;
    OGREnvelope box;
    geometry.getEnvelope(&box);
    return std::isfinite(box.MinX) && std::isfinite(box.MaxX) && std::isfinite(box.MinY) &&
           std::isfinite(box.MaxY) && box.MinX >= -180 - kSlackDegrees &&
           box.MaxX <= 180 + kSlackDegrees && box.MinY >= -90 - kSlackDegrees &&
           box.MaxY <= 90 + kSlackDegrees;
}

} // namespace

bool readVectorFeatures(const QString &path,
                        const std::function<void(const OGRFeature &, OGRGeometry &)> &visit,
                        QString *error, int *outsideTheWorld)
{
    ensureGdalReady();
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset || dataset->GetLayerCount() == 0) {
        *error = QStringLiteral("%1: GDAL cannot read it as a vector layer").arg(path);
        return false;
    }
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude
    for (OGRLayer *layer : dataset->GetLayers()) {
        const OGRSpatialReference *crs = layer->GetSpatialRef();
        if (!crs) {
            *error = QStringLiteral("%1: layer \u201c%2\u201d has no coordinate system, so it "
                                    "cannot be placed on the map")
                         .arg(path, QString::fromUtf8(layer->GetName()));
            return false;
        }
        std::unique_ptr<OGRCoordinateTransformation> toWgs84(
            OGRCreateCoordinateTransformation(crs, &wgs84));
        if (!toWgs84) {
            *error =
                QStringLiteral("%1: cannot transform its coordinate system to WGS 84").arg(path);
            return false;
        }
        for (const auto &feature : *layer) {
            OGRGeometry *geometry = feature->GetGeometryRef();
            if (!geometry || geometry->transform(toWgs84.get()) != OGRERR_NONE)
                continue;
            if (liesInTheWorld(*geometry))
                visit(*feature, *geometry);
            else if (outsideTheWorld)
                ++*outsideTheWorld;
        }
    }
    return true;
}

} // namespace frontline
