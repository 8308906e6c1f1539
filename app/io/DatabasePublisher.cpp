#include "DatabasePublisher.h"

#include "DataLayers.h"
#include "TeamDatabase.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <optional>

namespace frontline {
namespace {

// The tables: a kind's each (DataLayers' names), then the factions.
constexpr int kTables = int(std::size(kDataKinds)) + 1;
constexpr const char *kFactionsTable = "factions";
// The key every Frontline publisher locks while it makes the tables ("FRONTLIN" in ASCII), so
// that two first publishes at the same moment do not both create them.
constexpr qint64 kTablesLockKey = 0x46524f4e544c494e;

std::optional<DataKind> kindOfTable(int table)
{
    return table < int(std::size(kDataKinds)) ? std::optional(kDataKinds[table]) : std::nullopt;
}

QByteArray tableName(int table)
{
    const std::optional<DataKind> kind = kindOfTable(table);
    return kind ? dataLayerName(*kind) : kFactionsTable;
}

// Runs a statement GDAL passes to the server as it is; false when the server refused it.
bool execute(GDALDataset &dataset, const QByteArray &sql)
{
    CPLErrorReset();
    if (OGRLayer *result = dataset.ExecuteSQL(sql.constData(), nullptr, nullptr))
        dataset.ReleaseResultSet(result);
    return CPLGetLastErrorType() < CE_Failure;
}

// A table as the GeoPackage has it, with whose each row is and its key, unique together.
OGRLayer *ensureTable(GDALDataset &dataset, int table)
{
    const QByteArray name = tableName(table);
    const std::optional<DataKind> kind = kindOfTable(table);
    OGRLayer *layer = dataset.GetLayerByName(name.constData());
    if (!layer) {
        OGRSpatialReference wgs84 = lonLatWgs84();
        layer = dataset.CreateLayer(name.constData(), kind ? &wgs84 : nullptr,
                                    kind ? wkbUnknown : wkbNone, nullptr);
    }
    const bool made =
        layer && (kind ? addDataFields(*layer, {*kind}) : addFactionFields(*layer)) &&
        addField(*layer, "author", OFTString) && addField(*layer, "project", OFTString) &&
        addField(*layer, "feature_key", OFTString) && addField(*layer, "article_date", OFTDate) &&
        execute(dataset, "CREATE UNIQUE INDEX IF NOT EXISTS \"" + name + "_publisher_key\" ON \"" +
                             name + "\" (author, project, feature_key)");
    return made ? layer : nullptr;
}

// The tables, made by whichever publisher comes first; the others wait on the lock, then find
// them made.
bool ensureTables(GDALDataset &dataset, std::vector<OGRLayer *> *tables)
{
    if (dataset.StartTransaction() != OGRERR_NONE ||
        !execute(dataset,
                 "SELECT pg_advisory_xact_lock(" + QByteArray::number(kTablesLockKey) + ")"))
        return false;
    for (int table = 0; table < kTables; ++table) {
        tables->push_back(ensureTable(dataset, table));
        if (!tables->back()) {
            dataset.RollbackTransaction();
            return false;
        }
    }
    return dataset.CommitTransaction() == OGRERR_NONE;
}

// In the open transaction: each table's rows of this author's project replaced by the new.
bool replaceRows(GDALDataset &dataset, const std::vector<OGRLayer *> &tables,
                 const PublishRequest &request, const std::vector<DataFeature> &features,
                 const FactionCatalog &catalog, const PublishProgress &progress, int *rows)
{
    const QByteArray author = request.author.toUtf8(), project = request.project.toUtf8();
    const RowStamp stamp = [&](OGRFeature &row, const QString &key, const QDate &day) {
        row.SetField("author", author.constData());
        row.SetField("project", project.constData());
        row.SetField("feature_key", key.toUtf8().constData());
        if (day.isValid())
            row.SetField("article_date", day.year(), day.month(), day.day());
        ++*rows;
    };
    const QByteArray whose =
        " WHERE author = " + sqlText(request.author) + " AND project = " + sqlText(request.project);
    for (int table = 0; table < kTables; ++table) {
        OGRLayer &layer = *tables[table];
        if (!execute(dataset, "DELETE FROM \"" + tableName(table) + '"' + whose))
            return false;
        const std::optional<DataKind> kind = kindOfTable(table);
        if (!(kind ? writeDataRows(layer, *kind, features, stamp)
                   : writeFactionRows(layer, catalog, stamp)))
            return false;
        if (progress)
            progress(table + 1, kTables);
    }
    return true;
}

// Why the server refused a publish, in the user's words where the cause is a known one.
QString whyRefused(const PublishRequest &request)
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg()).simplified();
    if (message.contains(QLatin1String("duplicate key value")))
        return QStringLiteral("another publish of project \"%1\" by %2 ran at the same moment "
                              "and was first; publish again for yours to stand")
            .arg(request.project, request.author);
    if (message.contains(QLatin1String("permission denied")))
        return QStringLiteral("the user may not write the team's tables (permission denied)");
    return message.isEmpty() ? QStringLiteral("the server ended the transaction") : message;
}

} // namespace

QString defaultAuthor()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

bool publishToDatabase(const PublishRequest &request, const std::vector<DataFeature> &features,
                       const FactionCatalog &catalog, QString *error,
                       const PublishProgress &progress, int *rows)
{
    if (request.author.trimmed().isEmpty() || request.project.trimmed().isEmpty()) {
        *error = QStringLiteral("a publish needs an author and a project");
        return false;
    }
    std::unique_ptr<GDALDataset> dataset = openTeamDatabase(request.connection, true, error);
    if (!dataset)
        return false;
    const QString where = describeDatabase(request.connection) + QStringLiteral(": ");
    std::vector<OGRLayer *> tables;
    if (!ensureTables(*dataset, &tables)) {
        *error = where + QStringLiteral("cannot make the team's tables: ") + whyRefused(request);
        return false;
    }
    int written = 0;
    if (dataset->StartTransaction() != OGRERR_NONE ||
        !replaceRows(*dataset, tables, request, features, catalog, progress, &written) ||
        dataset->CommitTransaction() != OGRERR_NONE) {
        *error = where + QStringLiteral("nothing was published: ") + whyRefused(request);
        dataset->RollbackTransaction();
        return false;
    }
    if (rows)
        *rows = written;
    return true;
}

} // namespace frontline
