#include "TeamLayerReader.h"

#include "DataFeatures.h"
#include "TeamDatabase.h"
#include "VectorFeatureReader.h"
#include "VectorLayerReader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace frontline {
namespace {

constexpr QLatin1String kTeamPrefix("team:");

// The kinds a map shows of a publish, each in a colour of its own (Okabe-Ito, apart from the
// factions' and the colours files take in turn).
struct TeamKind
{
    DataKind kind;
    const char *title;
    QRgb color;
};
constexpr TeamKind kTeamKinds[] = {{DataKind::Zone, "Team zones", 0x009e73},
                                   {DataKind::Arrow, "Team arrows", 0xd55e00},
                                   {DataKind::Event, "Team events", 0xcc79a7},
                                   {DataKind::Place, "Team places", 0x0072b2}};

// The filter as the server reads it (GDAL's PG driver passes it on as it is).
QByteArray whereClause(const TeamFilter &filter)
{
    QByteArrayList terms;
    if (!filter.author.isEmpty())
        terms << "author = " + sqlText(filter.author);
    if (filter.from.isValid())
        terms << "article_date >= " + sqlText(filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        terms << "article_date <= " + sqlText(filter.to.toString(Qt::ISODate));
    return terms.join(" AND ");
}

std::shared_ptr<VectorSource> readTable(OGRLayer &table, const QString &name,
                                        const TeamFilter &filter, QString *error)
{
    const QByteArray where = whereClause(filter);
    if (table.SetAttributeFilter(where.isEmpty() ? nullptr : where.constData()) != OGRERR_NONE) {
        *error = QStringLiteral("%1: the filter does not apply to it").arg(name);
        return nullptr;
    }
    if (!filter.region.isNull())
        table.SetSpatialFilterRect(filter.region.left(), filter.region.top(), filter.region.right(),
                                   filter.region.bottom());
    auto source = std::make_shared<VectorSource>();
    SkippedFeatures skipped;
    const bool read = readLayerFeatures(
        name, table,
        [&](const OGRFeature &, OGRGeometry &geometry) { addToVectorSource(*source, geometry); },
        error, skipped);
    return read ? source : nullptr;
}

} // namespace

QString TeamFilter::describe() const
{
    QStringList parts;
    if (!author.isEmpty())
        parts << QStringLiteral("by %1").arg(author);
    if (from.isValid() || to.isValid())
        parts << QStringLiteral("%1 to %2")
                     .arg(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("..."),
                          to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("..."));
    if (!region.isNull())
        parts << QStringLiteral("in %1,%2 to %3,%4")
                     .arg(region.left(), 0, 'f', 2)
                     .arg(region.top(), 0, 'f', 2)
                     .arg(region.right(), 0, 'f', 2)
                     .arg(region.bottom(), 0, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

std::vector<MapLayer> readTeamLayers(const QString &connection, const TeamFilter &filter,
                                     QString *error)
{
    std::unique_ptr<GDALDataset> dataset = openTeamDatabase(connection, false, error);
    if (!dataset)
        return {};
    const QString where = describeDatabase(connection);
    const QString filtered = filter.describe();
    std::vector<MapLayer> layers;
    for (const TeamKind &kind : kTeamKinds) {
        OGRLayer *table = dataset->GetLayerByName(dataLayerName(kind.kind));
        if (!table) // nobody has published yet
            continue;
        const QString name = where + QLatin1Char('/') + QLatin1String(dataLayerName(kind.kind));
        std::shared_ptr<VectorSource> source = readTable(*table, name, filter, error);
        if (!source)
            return {};
        if (source->isEmpty())
            continue;
        MapLayer layer;
        layer.id = kTeamPrefix + name + QLatin1Char('?') + filtered;
        layer.name = filtered.isEmpty() ? QLatin1String(kind.title)
                                        : QStringLiteral("%1 (%2)").arg(kind.title, filtered);
        layer.color = QColor(kind.color);
        layer.source = std::move(source);
        layers.push_back(std::move(layer));
    }
    if (layers.empty())
        *error = QStringLiteral("%1: nothing published there matches%2")
                     .arg(where, filtered.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" (") + filtered + QLatin1Char(')'));
    return layers;
}

bool isTeamLayer(const MapLayer &layer)
{
    return layer.id.startsWith(kTeamPrefix);
}

} // namespace frontline
