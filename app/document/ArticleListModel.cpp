#include "ArticleListModel.h"

#include "EditArticleCommand.h"

#include <QSet>

namespace frontline {

ArticleListModel::ArticleListModel(Document &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &Document::changed, this, &ArticleListModel::documentChanged);
    connect(&document, &Document::viewFilterChanged, this, [this] {
        if (m_rows > 0) // the boxes: shown or hidden on the map
            Q_EMIT dataChanged(index(0, Title), index(m_rows - 1, Title), {Qt::CheckStateRole});
    });
    documentChanged();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const int article = index.row();
    const ArticleInfo info = m_document.articleInfo(article);
    if (role == Qt::CheckStateRole && index.column() == Title)
        return m_document.viewFilter().showsArticle(article) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Title:
        return info.title;
    case Source:
        return info.source;
    case Date:
        return info.date.isValid() ? info.date.toString(Qt::ISODate) : QString();
    case Places:
        return m_places[std::size_t(article)];
    case Events:
        return m_events[std::size_t(article)];
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const kNames[ColumnCount] = {
        QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
        QT_TRANSLATE_NOOP("ArticleListModel", "Source"),
        QT_TRANSLATE_NOOP("ArticleListModel", "Date"),
        QT_TRANSLATE_NOOP("ArticleListModel", "Places"),
        QT_TRANSLATE_NOOP("ArticleListModel", "Events")};
    return section >= 0 && section < ColumnCount ? tr(kNames[section]) : QVariant();
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Title)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == Title || index.column() == Source || index.column() == Date)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ArticleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows)
        return false;
    if (role == Qt::CheckStateRole && index.column() == Title)
        return setShown(index.row(), value.toInt() == Qt::Checked);
    if (role == Qt::EditRole)
        return editInfo(index.row(), index.column(), value.toString().trimmed());
    return false;
}

bool ArticleListModel::editInfo(int article, int column, const QString &text)
{
    ArticleInfo info = m_document.articleInfo(article);
    if (column == Title)
        info.title = text;
    else if (column == Source)
        info.source = text;
    else if (column == Date) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid()) {
            Q_EMIT refused(tr("%1 is not a date: type it as YYYY-MM-DD (2016-06-29), or leave it "
                              "empty")
                               .arg(text));
            return false;
        }
        info.date = date;
    } else
        return false;
    if (info == m_document.articleInfo(article))
        return true;
    m_document.undoStack()->push(new EditArticleCommand(m_document, article, info));
    return true;
}

bool ArticleListModel::setShown(int article, bool shown)
{
    ViewFilter filter = m_document.viewFilter();
    if (shown)
        filter.hiddenArticles.remove(article);
    else
        filter.hiddenArticles.insert(article);
    m_document.setViewFilter(filter);
    return true;
}

void ArticleListModel::showOnly(const QList<int> &articles)
{
    ViewFilter filter = m_document.viewFilter();
    filter.hiddenArticles.clear();
    const QSet<int> kept(articles.begin(), articles.end());
    for (int article = 0; article < m_rows; ++article)
        if (!kept.contains(article))
            filter.hiddenArticles.insert(article);
    m_document.setViewFilter(filter);
}

void ArticleListModel::showAll()
{
    ViewFilter filter = m_document.viewFilter();
    filter.hiddenArticles.clear();
    m_document.setViewFilter(filter);
}

// Articles are added (new rows inserted, the others' cells refreshed), or all go at once (a
// project opened in place of the work: the list starts again).
void ArticleListModel::documentChanged()
{
    const int articles = int(m_document.articles().size());
    if (articles < m_rows) {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    }
    countPlacesAndEvents();
    if (articles > m_rows) {
        beginInsertRows({}, m_rows, articles - 1);
        m_rows = articles;
        endInsertRows();
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

void ArticleListModel::countPlacesAndEvents()
{
    const std::size_t articles = m_document.articles().size();
    m_places.assign(articles, 0);
    m_events.assign(articles, 0);
    QSet<qint64> seen; // article << 32 | place
    for (const Mention &mention : m_document.geoparse().mentions)
        if (mention.article >= 0 && std::size_t(mention.article) < articles &&
            !seen.contains(qint64(mention.article) << 32 | quint32(mention.place))) {
            seen.insert(qint64(mention.article) << 32 | quint32(mention.place));
            ++m_places[std::size_t(mention.article)];
        }
    for (const Event &event : m_document.events().events)
        if (event.article >= 0 && std::size_t(event.article) < articles)
            ++m_events[std::size_t(event.article)];
}

} // namespace frontline
