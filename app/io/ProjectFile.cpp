#include "ProjectFile.h"

#include "DataExporter.h"
#include "ProjectTables.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace frontline {
namespace {

using namespace project;

bool writeTable(GDALDataset &dataset, const char *name, const std::vector<Column> &columns,
                const std::vector<Row> &rows)
{
    OGRLayer *layer = dataset.CreateLayer(name, nullptr, wkbNone, nullptr);
    if (!layer)
        return false;
    for (const Column &column : columns) {
        OGRFieldDefn definition(column.name, column.type);
        if (layer->CreateField(&definition) != OGRERR_NONE)
            return false;
    }
    for (const Row &row : rows) {
        OGRFeature feature(layer->GetLayerDefn());
        for (std::size_t c = 0; c < columns.size() && c < row.size(); ++c) {
            if (columns[c].type == OFTInteger)
                feature.SetField(int(c), row[c].toInt());
            else
                feature.SetField(int(c), row[c].toString().toUtf8().constData());
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    return true;
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

std::vector<Row> projectRows(const ProjectState &state)
{
    QStringList hidden;
    for (int article : state.viewFilter.hiddenArticles)
        hidden << QString::number(article);
    hidden.sort();
    const auto row = [](const char *key, const QString &value) {
        return Row{QString::fromLatin1(key), value};
    };
    return {row("format_version", QString::number(kProjectFormatVersion)),
            row("saved_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
            row("article_count", QString::number(state.articles.size())),
            row("edit_count", QString::number(state.edits.size())),
            row("undo_index", QString::number(state.undoIndex)),
            row("shown_from", dateText(state.viewFilter.from)),
            row("shown_to", dateText(state.viewFilter.to)),
            row("hidden_articles", hidden.join(QLatin1Char(','))),
            row("window",
                QString::fromUtf8(QJsonDocument(state.window).toJson(QJsonDocument::Compact)))};
}

std::vector<Row> articleRows(const std::vector<Article> &articles)
{
    std::vector<Row> rows;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const Article &a = articles[i];
        rows.push_back({int(i), a.id, a.title, a.source, a.url, dateText(a.date), a.text});
    }
    return rows;
}

std::vector<Row> editRows(const ProjectState &state)
{
    std::vector<Row> rows;
    for (std::size_t i = 0; i < state.edits.size(); ++i) {
        const EditRecord &edit = state.edits[i];
        rows.push_back({int(i), edit.kind,
                        QString::fromUtf8(QJsonDocument(edit.data).toJson(QJsonDocument::Compact)),
                        edit.stamp.author, edit.stamp.at.toString(Qt::ISODateWithMs),
                        int(int(i) >= state.undoIndex)});
    }
    return rows;
}

} // namespace

bool isProjectPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("frontline"), Qt::CaseInsensitive) == 0;
}

bool writeProject(const QString &path, const ProjectState &state,
                  const std::vector<DataFeature> &features, const FactionCatalog &catalog,
                  QString *error)
{
    const auto projectTables = [&](GDALDataset &dataset) {
        return writeTable(dataset, kProjectTable, kProjectColumns, projectRows(state)) &&
               writeTable(dataset, kArticlesTable, kArticleColumns, articleRows(state.articles)) &&
               writeTable(dataset, kEditsTable, kEditColumns, editRows(state));
    };
    return exportLayeredData(path, features, catalog, error, projectTables);
}

} // namespace frontline
