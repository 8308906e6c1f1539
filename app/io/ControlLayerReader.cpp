#include "ControlLayerReader.h"

#include "events/FactionCatalog.h"
#include "geo/GdalSession.h"
#include "geo/PolygonRings.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace frontline {
namespace {

QString factionNamed(const FactionCatalog &catalog, const QString &value)
{
    for (const Faction &faction : catalog.factions())
        if (faction.id.compare(value, Qt::CaseInsensitive) == 0 || faction.name.compare(value, Qt::CaseInsensitive) == 0 ||
            faction.aliases.contains(value, Qt::CaseInsensitive))
            return faction.id;
    return {};
}

} // namespace

bool readControlLayer(const QString &path, const FactionCatalog &catalog, std::vector<ControlZone> &zones,
                      QString *error)
{
    ensureGdalReady();
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                           nullptr, nullptr, nullptr));
    if (!dataset) {
        *error = QStringLiteral("%1: GDAL cannot read it as a vector layer").arg(path);
        return false;
    }
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude
    std::vector<ControlZone> read;
    for (OGRLayer *layer : dataset->GetLayers()) {
        const OGRSpatialReference *source = layer->GetSpatialRef();
        if (!source) {
            *error = QStringLiteral("%1: layer %2 has no coordinate system").arg(path, QString::fromUtf8(layer->GetName()));
            return false;
        }
        std::unique_ptr<OGRCoordinateTransformation> toWgs84(OGRCreateCoordinateTransformation(source, &wgs84));
        if (!toWgs84) {
            *error = QStringLiteral("%1: cannot transform its coordinate system to WGS 84").arg(path);
            return false;
        }
        for (const auto &feature : *layer) {
            OGRGeometry *geometry = feature->GetGeometryRef();
            if (!geometry || geometry->transform(toWgs84.get()) != OGRERR_NONE)
                continue;
            ControlZone zone;
            zone.approximate = false; // drawn solid: a mapped layer, not a reading of text
            for (const char *field : {"faction", "controlled_by", "control", "name"}) {
                const int index = feature->GetFieldIndex(field);
                if (index >= 0 && feature->IsFieldSetAndNotNull(index)) {
                    const QString faction = factionNamed(catalog, QString::fromUtf8(feature->GetFieldAsString(index)));
                    if (!faction.isEmpty()) {
                        zone.factions << faction;
                        break;
                    }
                }
            }
            appendPolygonRings(geometry, zone.rings);
            if (!zone.rings.empty())
                read.push_back(std::move(zone));
        }
    }
    if (read.empty()) {
        *error = QStringLiteral("%1: no polygons to draw").arg(path);
        return false;
    }
    zones.insert(zones.end(), read.begin(), read.end());
    return true;
}

} // namespace frontline
