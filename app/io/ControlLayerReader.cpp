#include "ControlLayerReader.h"

#include "VectorFeatureReader.h"
#include "events/FactionCatalog.h"
#include "geo/PolygonRings.h"

#include <ogrsf_frmts.h>

namespace frontline {
namespace {

QString factionNamed(const FactionCatalog &catalog, const QString &value)
{
    for (const Faction &faction : catalog.factions())
        if (faction.id.compare(value, Qt::CaseInsensitive) == 0 ||
            faction.name.compare(value, Qt::CaseInsensitive) == 0 ||
            faction.aliases.contains(value, Qt::CaseInsensitive))
            return faction.id;
    return {};
}

} // namespace

bool readControlLayer(const QString &path, const FactionCatalog &catalog,
                      std::vector<ControlZone> &zones, QString *error)
{
    std::vector<ControlZone> read;
    int outsideTheWorld = 0, withoutFaction = 0;
    const bool readable = readVectorFeatures(
        path,
        [&](const OGRFeature &feature, OGRGeometry &geometry) {
            ControlZone zone;
            zone.approximate = false; // drawn solid: a mapped layer, not a reading of text
            for (const char *field : {"faction", "controlled_by", "control", "name"}) {
                const int index = feature.GetFieldIndex(field);
                if (index >= 0 && feature.IsFieldSetAndNotNull(index)) {
                    const QString faction =
                        factionNamed(catalog, QString::fromUtf8(feature.GetFieldAsString(index)));
                    if (!faction.isEmpty()) {
                        zone.factions << faction;
                        break;
                    }
                }
            }
            appendPolygonRings(&geometry, zone.rings);
            if (zone.rings.empty())
                return;
            if (zone.factions.isEmpty())
                ++withoutFaction; // no colour to draw it in
            else
                read.push_back(std::move(zone));
        },
        error, &outsideTheWorld);
    if (!readable)
        return false;
    if (read.empty()) {
        *error = withoutFaction > 0
                     ? QStringLiteral("%1: no polygon names a faction Frontline knows (in a field "
                                      "faction, controlled_by, control or name)")
                           .arg(path)
                 : outsideTheWorld > 0
                     ? QStringLiteral("%1: no polygons to draw: %2 lie outside the world (a layer "
                                      "in metres with a coordinate system in degrees?)")
                           .arg(path)
                           .arg(outsideTheWorld)
                     : QStringLiteral("%1: no polygons to draw").arg(path);
        return false;
    }
    zones.insert(zones.end(), read.begin(), read.end());
    return true;
}

} // namespace frontline
