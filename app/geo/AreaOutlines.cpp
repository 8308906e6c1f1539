#include "AreaOutlines.h"

#include "GdalSession.h"
#include "MainLandmass.h"

#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace frontline {

std::vector<AreaOutline> readAreaOutlines(const QString &path, const QString &layerName,
                                          QString *error)
{
    ensureGdalReady();
    std::vector<AreaOutline> areas;
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    OGRLayer *layer = !dataset ? nullptr
                      : layerName.isEmpty()
                          ? dataset->GetLayer(0)
                          : dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: no layer %2").arg(path, layerName);
        return areas;
    }
    for (const auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        OGRPoint point;
        if (!geometry || !mainLandmassPoint(*geometry, point))
            continue;
        AreaOutline area;
        const int idField = feature->GetFieldIndex("id");
        const int nameField = feature->GetFieldIndex("name");
        if (idField >= 0 && feature->IsFieldSetAndNotNull(idField))
            area.code = QString::fromUtf8(feature->GetFieldAsString(idField));
        if (nameField >= 0)
            area.name = QString::fromUtf8(feature->GetFieldAsString(nameField));
        area.latitude = point.getY();
        area.longitude = point.getX();
        areas.push_back(area);
    }
    return areas;
}

} // namespace frontline
