#include "EventTableModel.h"

#include "DateRangeText.h"
#include "EventDays.h"
#include "events/FactionCatalog.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <limits>

namespace frontline {
namespace {

const QColor kOffMapText(0x80, 0x80, 0x80);

void addOnce(QStringList &list, const QStringList &items)
{
    for (const QString &item : items)
        if (!item.isEmpty() && !list.contains(item))
            list << item;
}

// By the least the text allows; a toll in words only ("dozens") below every number, and no
// toll below that.
qint64 tollSortKey(const Casualties &toll)
{
    constexpr qint64 kWordsOnly = -1, kNoToll = -2;
    if (toll.min)
        return *toll.min;
    if (toll.max)
        return *toll.max;
    return toll.isEmpty() ? kNoToll : kWordsOnly;
}

} // namespace

EventTableModel::EventTableModel(const Document &document, const FactionCatalog &catalog,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_catalog(catalog)
{
    connect(&document, &Document::changed, this, &EventTableModel::readDocument);
    connect(&document, &Document::viewFilterChanged, this, &EventTableModel::showRows);
    readDocument();
}

void EventTableModel::readDocument()
{
    beginResetModel();
    m_allRows.clear();
    m_allRowOfReport.clear();
    const std::vector<MergedEvent> &merged = m_document.mergedEvents();
    for (int i = 0; i < int(merged.size()); ++i) {
        for (int report : merged[i].reports)
            m_allRowOfReport.insert(m_document.events().events[report].id, i);
        m_allRows.push_back(rowFor(i));
    }
    chooseShownRows();
    endResetModel();
}

void EventTableModel::showRows()
{
    beginResetModel();
    chooseShownRows();
    endResetModel();
}

void EventTableModel::chooseShownRows()
{
    m_rows.clear();
    m_shownRow.assign(m_allRows.size(), -1);
    const std::vector<MergedEvent> &merged = m_document.mergedEvents();
    for (int i = 0; i < int(m_allRows.size()); ++i)
        if (m_document.isShown(merged[m_allRows[i].merged])) {
            m_shownRow[i] = int(m_rows.size());
            m_rows.push_back(i);
        }
}

EventTableModel::Row EventTableModel::rowFor(int merged) const
{
    const std::vector<Event> &events = m_document.events().events;
    const MergedEvent &event = m_document.mergedEvents()[merged];
    const Event &first = events[event.representative()];
    Row row;
    row.merged = merged;
    row.factions = first.actors; // shared, not copied: most events have one report
    row.actorNames = first.actorNames;
    for (int report : event.reports) {
        addOnce(row.factions, events[report].actors);
        addOnce(row.actorNames, events[report].actorNames);
    }
    row.place = first.target.isEmpty() ? -1 : m_document.geoparse().findPlace(first.target);
    const auto &articles = m_document.articles();
    const QDate articleDate = first.article >= 0 && first.article < int(articles.size())
                                  ? articles[first.article].date
                                  : QDate();
    row.day = daysOfEvent(first, articleDate).first;
    return row;
}

const MergedEvent &EventTableModel::eventOf(const Row &row) const
{
    return m_document.mergedEvents()[row.merged];
}

const Event &EventTableModel::representative(const Row &row) const
{
    return m_document.events().events[eventOf(row).representative()];
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MergedEvent &EventTableModel::eventAt(int row) const
{
    return eventOf(m_allRows[m_rows.at(row)]);
}

int EventTableModel::rowOf(const QString &eventId) const
{
    const int all = m_allRowOfReport.value(eventId, -1);
    return all < 0 ? -1 : m_shownRow[all];
}

bool EventTableModel::isOnMap(int row) const
{
    const int place = m_allRows[m_rows.at(row)].place;
    return place >= 0 && m_document.geoparse().places[place].isPoint();
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_allRows[m_rows[index.row()]];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case EventIdRole:
        return representative(row).id;
    case FactionsRole:
        return row.factions;
    case TypeRole:
        return int(representative(row).type);
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::ForegroundRole:
        return isOnMap(index.row()) ? QVariant() : QBrush(kOffMapText);
    case Qt::FontRole: { // the analyst's corrections in italics
        if (!representative(row).setByAnalyst)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return index.column() >= ConfidenceColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                  : QVariant();
    default:
        return {};
    }
}

QVariant EventTableModel::display(const Row &row, int column) const
{
    const Event &event = representative(row);
    switch (column) {
    case TypeColumn:
        return eventTypeTitle(event.type);
    case SubtypeColumn:
        return event.subtype;
    case ActorsColumn:
        return actorsText(row);
    case PlaceColumn:
        return placeName(row.place);
    case TimeColumn:
        if (event.time.isResolved())
            return dateRangeText(event.time.start,
                                 event.time.end.isValid() ? event.time.end : event.time.start);
        return row.day.isValid() ? tr("%1 (article)").arg(dateRangeText(row.day, row.day))
                                 : event.time.text;
    case FatalitiesColumn:
        return event.fatalities.text;
    case StatusColumn:
        return eventStatusName(event.status);
    case ConfidenceColumn:
        return QString::number(event.confidence, 'f', 2);
    case SourcesColumn:
        return int(eventOf(row).reports.size());
    }
    return {};
}

// As written; where the text names none of its own words, the factions' names.
QString EventTableModel::actorsText(const Row &row) const
{
    if (!row.actorNames.isEmpty())
        return row.actorNames.join(QStringLiteral(", "));
    QStringList names;
    for (const QString &id : row.factions) {
        const Faction *faction = m_catalog.find(id);
        names << (faction ? faction->name : id);
    }
    return names.join(QStringLiteral(", "));
}

// As the article spells it, as the map labels it ("Izium", where the gazetteer says Izyum).
QString EventTableModel::placeName(int place) const
{
    if (place < 0)
        return {};
    const std::vector<int> &mentions = m_document.mentionsOfPlace(place);
    return mentions.empty() ? m_document.geoparse().places[place].name
                            : m_document.geoparse().mentions[mentions.front()].text;
}

QVariant EventTableModel::sortKey(const Row &row, int column) const
{
    const Event &event = representative(row);
    switch (column) {
    case TimeColumn:
        return row.day.isValid() ? row.day.toJulianDay() : std::numeric_limits<qint64>::min();
    case FatalitiesColumn:
        return tollSortKey(event.fatalities);
    case ConfidenceColumn:
        return event.confidence;
    case SourcesColumn:
        return display(row, column);
    default:
        return display(row, column).toString().toCaseFolded();
    }
}

QString EventTableModel::toolTip(const Row &row) const
{
    const Event &event = representative(row);
    // Every report's sentence, with its article's title and date where there are several.
    QString tip;
    const std::vector<int> &reports = eventOf(row).reports;
    for (int report : reports) {
        const Event &told = m_document.events().events[report];
        if (told.article < 0 || told.article >= int(m_document.articles().size()))
            continue;
        const Article &article = m_document.articles()[told.article];
        if (told.sentence < 0 || told.sentence >= int(article.sentences.size()))
            continue;
        const QString sentence = article.slice(article.sentences[told.sentence]).simplified();
        tip += reports.size() == 1 ? sentence
                                   : QStringLiteral("%1 (%2): %3\n")
                                         .arg(article.title,
                                              article.date.toString(Qt::ISODate), sentence);
    }
    if (row.place < 0)
        tip += tr("\nNot on the map: the text names no place for it.");
    else if (!m_document.geoparse().places[row.place].isPoint())
        tip += tr("\nNot on the map: its place is an area or has no coordinates yet.");
    if (event.setByAnalyst)
        tip += tr("\nCorrected by the analyst, %1.")
                   .arg(QLocale::c().toString(event.setByAnalystAt.toLocalTime(),
                                              QStringLiteral("d MMM yyyy HH:mm")));
    return tip.trimmed();
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[] = {
        QT_TR_NOOP("Type"),   QT_TR_NOOP("Subtype"),    QT_TR_NOOP("Actors"),
        QT_TR_NOOP("Place"),  QT_TR_NOOP("Time"),       QT_TR_NOOP("Fatalities"),
        QT_TR_NOOP("Status"), QT_TR_NOOP("Confidence"), QT_TR_NOOP("Sources")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace frontline
