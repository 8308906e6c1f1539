#include "CountryOutlines.h"

#include "GdalSession.h"
#include "MainLandmass.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace frontline {

std::vector<CountryOutline> readCountryOutlines(const QString &path, const QString &layerName,
                                                QString *error)
{
    ensureGdalReady();
    std::vector<CountryOutline> countries;
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    OGRLayer *layer = dataset ? dataset->GetLayerByName(layerName.toUtf8().constData()) : nullptr;
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: no layer %2").arg(path, layerName);
        return countries;
    }
    for (const auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        OGRPoint point;
        if (!geometry || !mainLandmassPoint(*geometry, point))
            continue;
        CountryOutline country;
        const int idField = feature->GetFieldIndex("id");
        const int nameField = feature->GetFieldIndex("name");
        if (idField >= 0 && feature->IsFieldSetAndNotNull(idField))
            country.isoNumeric = QString::fromUtf8(feature->GetFieldAsString(idField));
        if (nameField >= 0)
            country.name = QString::fromUtf8(feature->GetFieldAsString(nameField));
        country.latitude = point.getY();
        country.longitude = point.getX();
        countries.push_back(country);
    }
    return countries;
}

} // namespace frontline
