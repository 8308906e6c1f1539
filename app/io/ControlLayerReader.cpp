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

// The faction a feature's attributes name, as a one-item list; empty when none does.
QStringList factionOf(const FactionCatalog &catalog, const OGRFeature &feature)
{
    for (const char *field : {"faction", "controlled_by", "control", "name"}) {
        const int index = feature.GetFieldIndex(field);
        if (index < 0 || !feature.IsFieldSetAndNotNull(index))
            continue;
        const QString faction =
            factionNamed(catalog, QString::fromUtf8(feature.GetFieldAsString(index)));
        if (!faction.isEmpty())
            return {faction};
    }
    return {};
}

QString leftOut(int withoutFaction, const SkippedFeatures &skipped)
{
    QStringList parts;
    if (withoutFaction > 0)
        parts << QStringLiteral("%1 %2 no faction Frontline knows (in a field faction, "
                                "controlled_by, control or name)")
                     .arg(withoutFaction)
                     .arg(withoutFaction == 1 ? QStringLiteral("names") : QStringLiteral("name"));
    if (skipped.total() > 0)
        parts << skipped.describe();
    return parts.join(QStringLiteral("; "));
}

QString nothingToDraw(const QString &path, int withoutFaction, const SkippedFeatures &skipped)
{
    if (withoutFaction > 0 && shapefileLacks(path, QStringLiteral("dbf")))
        return QStringLiteral("%1: the shapefile's attribute table (.dbf) is missing beside it, "
                              "so no polygon names a faction")
            .arg(path);
    if (withoutFaction > 0)
        return QStringLiteral("%1: no polygon names a faction Frontline knows (in a field "
                              "faction, controlled_by, control or name)")
            .arg(path);
    if (skipped.total() > 0)
        return QStringLiteral("%1: no polygons to draw: %2").arg(path, skipped.describe());
    return QStringLiteral("%1: no polygons to draw").arg(path);
}

} // namespace

bool readControlLayer(const QString &path, const FactionCatalog &catalog,
                      std::vector<ControlZone> &zones, QString *error, QString *warning)
{
    std::vector<ControlZone> read;
    int withoutFaction = 0;
    SkippedFeatures skipped;
    const bool readable = readVectorFeatures(
        path,
        [&](const OGRFeature &feature, OGRGeometry &geometry) {
            ControlZone zone;
            zone.approximate = false; // drawn solid: a mapped layer, not a reading of text
            zone.factions = factionOf(catalog, feature);
            appendPolygonRings(&geometry, zone.rings);
            if (zone.rings.empty())
                return;
            if (zone.factions.isEmpty())
                ++withoutFaction; // no colour to draw it in
            else
                read.push_back(std::move(zone));
        },
        error, &skipped);
    if (!readable)
        return false;
    if (read.empty()) {
        *error = nothingToDraw(path, withoutFaction, skipped);
        return false;
    }
    if (warning && (withoutFaction > 0 || skipped.total() > 0))
        *warning = QStringLiteral("%1: %2 drawn, %3 left out: %4")
                       .arg(path)
                       .arg(read.size() == 1 ? QStringLiteral("1 polygon")
                                             : QStringLiteral("%1 polygons").arg(read.size()))
                       .arg(withoutFaction + skipped.total())
                       .arg(leftOut(withoutFaction, skipped));
    zones.insert(zones.end(), read.begin(), read.end());
    return true;
}

} // namespace frontline
