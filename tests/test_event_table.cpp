// The event table's model and filter, the analyst's corrections of events and the days the
// timeline shows, without a window.
#include "document/CasualtyWords.h"
#include "document/DateRangeText.h"
#include "document/Document.h"
#include "document/EditEventCommand.h"
#include "document/EventDays.h"
#include "document/EventTableFilter.h"
#include "document/EventTableModel.h"
#include "document/Selection.h"
#include "events/EventExtractor.h"
#include "events/FactionCatalog.h"
#include "geoparse/Geoparser.h"
#include "io/Geodata.h"
#include "map/DocumentOverlay.h"
#include "map/LegendPainter.h"
#include "map/MapStyle.h"
#include "text/ArticleReader.h"

#include <QTest>

using namespace frontline;

namespace {

// Written for this test: two days on the Kharkiv front, one air strike reported twice.
const char *const kArticles[][2] = {
    {"2024-03-04", "Kupiansk shelled\nRussian forces shelled Kupiansk on Monday, killing at least "
                   "4 people, officials said. Ukrainian troops attacked Russian positions near "
                   "Svatove on Monday."},
    {"2024-03-12", "Strike on Izium\nRussian aircraft struck Izium on Tuesday, killing 2 "
                   "civilians, the governor said. Ukrainian forces shelled Russian positions "
                   "near Kreminna."},
    {"2024-03-12", "Izium again\nAn air strike by Russian aircraft hit Izium on Tuesday, the "
                   "regional governor said."}};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList overlayEventIds(const Document &document)
{
    QStringList ids;
    for (const MapEventMarker &marker :
         overlayForDocument(document, FactionCatalog::builtIn(), {}).events)
        ids << marker.eventId;
    return sorted(ids);
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

class EventTableTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<Document> m_document;

    void read(Document &document) const
    {
        const Geoparser geoparser(*m_gazetteer);
        const EventExtractor extractor(FactionCatalog::builtIn(), *m_gazetteer);
        for (const auto &[date, text] : kArticles) {
            Article article =
                articleFromText(QString::fromUtf8(text), QStringLiteral("a.txt")).article;
            article.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
            document.addArticle(std::move(article), geoparser, &extractor);
        }
    }
    const Event &eventById(const QString &id) const
    {
        for (const Event &event : m_document->events().events)
            if (event.id == id)
                return event;
        static const Event kNone;
        return kNone;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_gazetteer, qPrintable(error));
    }
    void init()
    {
        m_document = std::make_unique<Document>();
        read(*m_document);
    }

    // One row per real event, exactly those the map draws, under any view filter.
    void rowsAreWhatTheMapShows()
    {
        EventTableModel model(*m_document, FactionCatalog::builtIn());
        EventTableFilter filter;
        filter.setSourceModel(&model);
        QCOMPARE(sorted(filter.listedEventIds()), overlayEventIds(*m_document));
        QCOMPARE(model.rowCount(), int(m_document->mergedEvents().size()));
        ViewFilter days;
        days.from = days.to = QDate(2024, 3, 12);
        m_document->setViewFilter(days);
        QVERIFY(model.rowCount() < int(m_document->mergedEvents().size()));
        QCOMPARE(sorted(filter.listedEventIds()), overlayEventIds(*m_document));
        ViewFilter articles;
        articles.hiddenArticles = {1, 2};
        m_document->setViewFilter(articles);
        QCOMPARE(sorted(filter.listedEventIds()), overlayEventIds(*m_document));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.isOnMap(row));
    }
    void filtersByFactionAndTypeAndSortsByValue()
    {
        EventTableModel model(*m_document, FactionCatalog::builtIn());
        EventTableFilter filter;
        filter.setSourceModel(&model);
        filter.setFaction(QStringLiteral("ukraine"));
        QCOMPARE(sorted(column(filter, EventTableModel::PlaceColumn)),
                 (QStringList{QStringLiteral("Kreminna"), QStringLiteral("Svatove")}));
        filter.setType(EventType::Shelling);
        QCOMPARE(column(filter, EventTableModel::PlaceColumn),
                 QStringList{QStringLiteral("Kreminna")});
        filter.setFaction(QString());
        QCOMPARE(filter.rowCount(), 2); // Kupiansk and Kreminna
        filter.setType(std::nullopt);
        filter.setFaction(EventTableFilter::kNoFaction);
        QVERIFY(filter.rowCount() < model.rowCount());

        filter.setFaction(QString());
        filter.sort(EventTableModel::FatalitiesColumn, Qt::DescendingOrder);
        QCOMPARE(column(filter, EventTableModel::FatalitiesColumn).mid(0, 2),
                 (QStringList{QStringLiteral("at least 4"), QStringLiteral("at least 4")}));
        filter.sort(EventTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(column(filter, EventTableModel::TimeColumn).front(), QStringLiteral("4 Mar 2024"));
        filter.sort(EventTableModel::SourcesColumn, Qt::DescendingOrder);
        QCOMPARE(column(filter, EventTableModel::SourcesColumn).front(), QStringLiteral("3"));
    }
    // An edit corrects every report of the event alike, holds through reading the articles
    // again, and its undo puts back what the text said.
    void anEditIsUndoableAndHoldsThroughReading()
    {
        EventTableModel model(*m_document, FactionCatalog::builtIn());
        int strike = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.eventAt(row).reports.size() == 3)
                strike = row;
        QVERIFY(strike >= 0);
        QStringList reports;
        for (int report : model.eventAt(strike).reports)
            reports << m_document->events().events[report].id;
        const QString id = reports.front();
        EventCorrection correction = m_document->eventCorrection(id);
        const EventCorrection original = correction;
        correction.type = EventType::Shelling;
        correction.fatalities = casualtiesFromWords(QStringLiteral("5-8"));
        correction.status = EventStatus::Denied;
        m_document->undoStack()->push(new EditEventCommand(*m_document, reports, correction));
        const int rows = model.rowCount();
        for (const QString &report : reports) {
            QCOMPARE(eventById(report).type, EventType::Shelling);
            QCOMPARE(eventById(report).fatalities.max, std::optional<qint64>(8));
            QVERIFY(eventById(report).setByAnalyst);
        }
        QCOMPARE(model.eventAt(model.rowOf(id)).reports.size(), std::size_t(3)); // still one event

        // Read again (new factions, say): the correction holds, by event id.
        const Geoparser geoparser(*m_gazetteer);
        const EventExtractor extractor(FactionCatalog::builtIn(), *m_gazetteer);
        m_document->reanalyse(geoparser, &extractor);
        QCOMPARE(eventById(id).type, EventType::Shelling);
        QCOMPARE(eventById(id).status, EventStatus::Denied);
        QCOMPARE(model.rowCount(), rows);

        m_document->undoStack()->undo();
        for (const QString &report : reports)
            QVERIFY(!eventById(report).setByAnalyst);
        QCOMPARE(eventById(id).type, original.type);
        QCOMPARE(eventById(id).fatalities.text, original.fatalities.text);
        m_document->reanalyse(geoparser, &extractor);
        QCOMPARE(eventById(id).type, original.type);
    }
    // A report selected (the table, the map) highlights the marker of the event it belongs to.
    void aSelectedReportHighlightsItsEventsMarker()
    {
        EventTableModel model(*m_document, FactionCatalog::builtIn());
        Selection selection;
        for (int row = 0; row < model.rowCount(); ++row) {
            const MergedEvent &merged = model.eventAt(row);
            if (merged.reports.size() < 2)
                continue;
            const auto &events = m_document->events().events;
            selection.selectEvents({events[merged.reports.back()].id}, {}, {});
            QCOMPARE(selectedEventIds(*m_document, selection),
                     QSet<QString>{events[merged.representative()].id});
        }
    }
    void daysSpanTheEventsAndTheLegendSaysTheRange()
    {
        const DaySpan span = eventDaySpan(*m_document);
        QCOMPARE(span.first, QDate(2024, 3, 4));
        QCOMPARE(span.last, QDate(2024, 3, 12));
        ViewFilter days;
        days.from = QDate(2024, 3, 10);
        days.to = QDate(2024, 3, 12);
        m_document->setViewFilter(days);
        const MapOverlay overlay = overlayForDocument(*m_document, FactionCatalog::builtIn(), {});
        QCOMPARE(Legend(overlay, LayerStack(), MapStyle::standard()).days(),
                 QStringLiteral("10 Mar - 12 Mar 2024"));
        m_document->setViewFilter({});
        const MapOverlay all = overlayForDocument(*m_document, FactionCatalog::builtIn(), {});
        QVERIFY(Legend(all, LayerStack(), MapStyle::standard()).days().isEmpty());
    }
    void dateRangesReadAsTheLegendWritesThem()
    {
        QCOMPARE(dateRangeText(QDate(2024, 3, 14), QDate(2024, 3, 23)),
                 QStringLiteral("14 Mar - 23 Mar 2024"));
        QCOMPARE(dateRangeText(QDate(2023, 12, 28), QDate(2024, 1, 3)),
                 QStringLiteral("28 Dec 2023 - 3 Jan 2024"));
        QCOMPARE(dateRangeText(QDate(2024, 3, 14), QDate(2024, 3, 14)),
                 QStringLiteral("14 Mar 2024"));
        QCOMPARE(dateRangeText(QDate(2024, 3, 14), {}), QStringLiteral("From 14 Mar 2024"));
        QCOMPARE(dateRangeText({}, QDate(2024, 3, 23)), QStringLiteral("Until 23 Mar 2024"));
        QVERIFY(dateRangeText({}, {}).isEmpty());
    }
    void tollsTypedByTheAnalyst()
    {
        const auto toll = [](const char *words) {
            const Casualties c = casualtiesFromWords(QString::fromLatin1(words));
            return QStringLiteral("%1..%2 %3")
                .arg(c.min ? QString::number(*c.min) : QString(),
                     c.max ? QString::number(*c.max) : QString(), c.text);
        };
        QCOMPARE(toll("12"), QStringLiteral("12..12 12"));
        QCOMPARE(toll("at least 12"), QStringLiteral("12.. at least 12"));
        QCOMPARE(toll("more than 12"), QStringLiteral("13.. more than 12"));
        QCOMPARE(toll("up to 20"), QStringLiteral("..20 up to 20"));
        QCOMPARE(toll("5-8"), QStringLiteral("5..8 5-8"));
        QCOMPARE(toll("between 5 and 8"), QStringLiteral("5..8 between 5 and 8"));
        QCOMPARE(toll("8-5"), QStringLiteral(".. 8-5")); // backwards: words only
        QCOMPARE(toll("dozens"), QStringLiteral(".. dozens"));
        QVERIFY(casualtiesFromWords(QStringLiteral("  ")).isEmpty());
    }
};

QTEST_MAIN(EventTableTest)
#include "test_event_table.moc"
