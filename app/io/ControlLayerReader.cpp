#include "ControlLayerReader.h"

#include "events/FactionCatalog.h"
#include "VectorFeatureReader.h"
#include "geo/PolygonRings.h"

#include <ogrsf_frmts.h>


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
    std::vector<ControlZone> read;
    const bool readable = readVectorFeatures(
        path,
        [&](const OGRFeature &feature, OGRGeometry &geometry) {
            ControlZone zone;
            zone.approximate = false; // drawn solid: a mapped layer, not a reading of text
            for (const char *field : {"faction", "controlled_by", "control", "name"}) {
                const int index = feature.GetFieldIndex(field);
                if (index >= 0 && feature.IsFieldSetAndNotNull(index)) {
                    const QString faction = factionNamed(catalog, QString::fromUtf8(feature.GetFieldAsString(index)));
                    if (!faction.isEmpty()) {
                        zone.factions << faction;
                        break;
                    }
                }
            }
            appendPolygonRings(&geometry, zone.rings);
            if (!zone.rings.empty())
                read.push_back(std::move(zone));
        },
        error);
    if (!readable)
        return false;
    if (read.empty()) {
        *error = QStringLiteral("%1: no polygons to draw").arg(path);
        return false;
    }
    zones.insert(zones.end(), read.begin(), read.end());
    return true;
}

} // namespace frontline
