#include "ProjectFile.h"
#include "ProjectTables.h"
#include "geo/GdalSession.h"
#include "text/SentenceSplitter.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <algorithm>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace frontline {
namespace {

using namespace project;

// Why a project does not read, for one line of the caller's.
struct Unreadable
{
    QString why;
};

std::vector<Row> readTable(GDALDataset &dataset, const char *name,
                           const std::vector<Column> &columns)
{
    OGRLayer *layer = dataset.GetLayerByName(name);
    if (!layer)
        throw Unreadable{QStringLiteral("not a Frontline project (no %1 table)").arg(name)};
    std::vector<int> fields;
    for (const Column &column : columns) {
        fields.push_back(layer->GetLayerDefn()->GetFieldIndex(column.name));
        if (fields.back() < 0)
            throw Unreadable{QStringLiteral("its %1 table has no %2").arg(name, column.name)};
    }
    std::vector<Row> rows;
    layer->ResetReading();
    for (std::unique_ptr<OGRFeature> feature(layer->GetNextFeature()); feature;
         feature.reset(layer->GetNextFeature())) {
        Row row;
        for (std::size_t c = 0; c < columns.size(); ++c)
            row.push_back(columns[c].type == OFTInteger
                              ? QVariant(feature->GetFieldAsInteger(fields[c]))
                              : QVariant(QString::fromUtf8(feature->GetFieldAsString(fields[c]))));
        rows.push_back(std::move(row));
    }
    if (CPLGetLastErrorType() >= CE_Failure) // SQLite stopped short: pages missing
        throw Unreadable{QStringLiteral("damaged or cut short")};
    // Their position, not the order SQLite returns them in, is their order.
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return a[0].toInt() < b[0].toInt(); });
    return rows;
}

// SQLite reads a file cut short as far as it goes: asked, it checks every page.
void checkWhole(GDALDataset &dataset)
{
    OGRLayer *check = dataset.ExecuteSQL("PRAGMA quick_check", nullptr, nullptr);
    std::unique_ptr<OGRFeature> verdict(check ? check->GetNextFeature() : nullptr);
    const bool whole = verdict && QLatin1String(verdict->GetFieldAsString(0)) == "ok";
    verdict.reset();
    if (check)
        dataset.ReleaseResultSet(check);
    if (!whole)
        throw Unreadable{QStringLiteral("damaged or cut short")};
}

QHash<QString, QString> readKeys(GDALDataset &dataset)
{
    QHash<QString, QString> keys;
    for (const Row &row : readTable(dataset, kProjectTable, kProjectColumns))
        keys.insert(row[0].toString(), row[1].toString());
    bool isNumber = false;
    const int version = keys.value("format_version").toInt(&isNumber);
    if (!isNumber || version < 1)
        throw Unreadable{QStringLiteral("its format version does not read")};
    if (version > kProjectFormatVersion)
        throw Unreadable{QStringLiteral("saved by a newer Frontline (project format %1; this "
                                        "version reads up to %2): open it there")
                             .arg(version)
                             .arg(kProjectFormatVersion)};
    return keys;
}

std::vector<Article> readArticles(GDALDataset &dataset, qsizetype expected)
{
    std::vector<Article> articles;
    for (const Row &row : readTable(dataset, kArticlesTable, kArticleColumns)) {
        Article article;
        article.id = row[1].toString();
        article.title = row[2].toString();
        article.source = row[3].toString();
        article.url = row[4].toString();
        article.date = QDate::fromString(row[5].toString(), Qt::ISODate);
        article.text = row[6].toString();
        article.sentences = splitSentences(article.text);
        article.indexCodePoints();
        articles.push_back(std::move(article));
    }
    if (qsizetype(articles.size()) != expected)
        throw Unreadable{
            QStringLiteral("damaged: %1 articles of %2").arg(articles.size()).arg(expected)};
    return articles;
}

std::vector<EditRecord> readEdits(GDALDataset &dataset, qsizetype expected)
{
    std::vector<EditRecord> edits;
    for (const Row &row : readTable(dataset, kEditsTable, kEditColumns)) {
        const QJsonDocument data = QJsonDocument::fromJson(row[2].toString().toUtf8());
        const QDateTime at = QDateTime::fromString(row[4].toString(), Qt::ISODateWithMs);
        if (!data.isObject() || !at.isValid())
            throw Unreadable{
                QStringLiteral("damaged: edit %1 does not read").arg(edits.size() + 1)};
        edits.push_back({row[1].toString(), data.object(), {row[3].toString(), at}});
    }
    if (qsizetype(edits.size()) != expected)
        throw Unreadable{QStringLiteral("damaged: %1 edits of %2").arg(edits.size()).arg(expected)};
    return edits;
}

ViewFilter viewFilterOf(const QHash<QString, QString> &keys)
{
    ViewFilter filter;
    filter.from = QDate::fromString(keys.value("shown_from"), Qt::ISODate);
    filter.to = QDate::fromString(keys.value("shown_to"), Qt::ISODate);
    for (const QString &article : keys.value("hidden_articles").split(',', Qt::SkipEmptyParts))
        filter.hiddenArticles.insert(article.toInt());
    return filter;
}

ProjectState readState(GDALDataset &dataset)
{
    checkWhole(dataset);
    const QHash<QString, QString> keys = readKeys(dataset);
    ProjectState state;
    state.articles = readArticles(dataset, keys.value("article_count").toLongLong());
    state.edits = readEdits(dataset, keys.value("edit_count").toLongLong());
    state.undoIndex = std::clamp(keys.value("undo_index").toInt(), 0, int(state.edits.size()));
    state.viewFilter = viewFilterOf(keys);
    state.window = QJsonDocument::fromJson(keys.value("window").toUtf8()).object();
    return state;
}

} // namespace

std::optional<ProjectState> readProject(const QString &path, QString *error)
{
    ensureGdalReady();
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
        *error = QStringLiteral("%1: %2").arg(path, file.exists() ? QStringLiteral("cannot be read")
                                                                  : QStringLiteral("no such file"));
        return std::nullopt;
    }
    const char *const drivers[] = {"GPKG", nullptr};
    CPLErrorReset();
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!dataset) {
        *error = QStringLiteral("%1: not a Frontline project, or damaged or cut short").arg(path);
        return std::nullopt;
    }
    try {
        return readState(*dataset);
    } catch (const Unreadable &unreadable) {
        *error = QStringLiteral("%1: %2").arg(path, unreadable.why);
        return std::nullopt;
    }
}

} // namespace frontline
