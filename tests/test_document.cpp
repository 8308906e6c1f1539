// The document and the shared selection; the overlay and extent derived from them.
#include "document/Document.h"
#include "document/Selection.h"
#include "document/SplitEventCommand.h"
#include "events/EventExtractor.h"
#include "events/FactionCatalog.h"
#include "geo/WebMercator.h"
#include "geoparse/Geoparser.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "map/DocumentExtent.h"
#include "map/DocumentOverlay.h"
#include "text/ArticleReader.h"

#include <QSignalSpy>
#include <QTest>

using namespace frontline;

class DocumentTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_gazetteer, qPrintable(error));
    }
    void mentionsLinkPlacesAndSentences()
    {
        Document document;
        QSignalSpy changed(&document, &Document::changed);
        document.addArticle(articleFromText(QStringLiteral("Fighting near Kharkiv. Kharkiv and Kyiv were shelled in Ukraine."),
                                            QStringLiteral("a.txt")).article,
                            Geoparser(*m_gazetteer));
        QCOMPARE(changed.count(), 1);
        const int kharkiv = document.geoparse().mentions.front().place;
        QCOMPARE(document.mentionsOfPlace(kharkiv).size(), std::size_t(2));
        QCOMPARE(document.mentionsInSentence({0, 1}).size(), std::size_t(3));
        QCOMPARE(document.sentenceOfMention(0), (SentenceRef{0, 0}));
    }
    // A day's feed repeats one strike in several articles: one event with every source; a
    // strike elsewhere or on another day stays its own; the analyst's split is undoable.
    void reportsOfOneEventAcrossArticlesMerge()
    {
        Document document;
        const Geoparser geoparser(*m_gazetteer);
        const EventExtractor extractor(FactionCatalog::builtIn(), *m_gazetteer);
        const auto add = [&](const QString &text, const QDate &date) {
            Article article = articleFromText(text, QStringLiteral("a.txt")).article;
            article.date = date;
            document.addArticle(std::move(article), geoparser, &extractor);
        };
        const QDate day(2024, 3, 14);
        add(QStringLiteral("Strike report\nAn air strike hit Kharkiv on Thursday, officials said."),
            day);
        add(QStringLiteral("Wire\nAn air strike hit Kharkiv overnight, the mayor said."), day);
        add(QStringLiteral("Later\nAn air strike hit Kharkiv again."), day.addDays(9));
        add(QStringLiteral("Elsewhere\nAn air strike hit Odesa."), day);
        QCOMPARE(document.mergedEvents().size(), std::size_t(3));
        const MergedEvent &kharkiv = document.mergedEvents().front();
        const auto &events = document.events().events;
        QCOMPARE(events[kharkiv.reports.front()].article, 0);
        QCOMPARE(events[kharkiv.reports.back()].article, 1);
        const QString lastReport = events[kharkiv.reports.back()].id;

        document.undoStack()->push(new SplitEventCommand(document, lastReport));
        QCOMPARE(document.mergedEvents().size(), std::size_t(4));
        document.undoStack()->undo();
        QCOMPARE(document.mergedEvents().size(), std::size_t(3));

        // The timeline shows the events of its days; the articles dock, those of its articles.
        const auto shownEvents = [&] {
            return overlayForDocument(document, FactionCatalog::builtIn(), {}).events.size();
        };
        QCOMPARE(shownEvents(), std::size_t(3));
        ViewFilter filter;
        filter.from = filter.to = day.addDays(9);
        document.setViewFilter(filter);
        QCOMPARE(shownEvents(), std::size_t(1));
        filter = {};
        filter.hiddenArticles = {0};
        document.setViewFilter(filter);
        QCOMPARE(shownEvents(), std::size_t(3)); // the second article reports the strike too
        filter.hiddenArticles = {0, 1};
        document.setViewFilter(filter);
        QCOMPARE(shownEvents(), std::size_t(2));
    }
    void extentFitsPointPlacesNotCountries()
    {
        Document document;
        document.addArticle(articleFromText(QStringLiteral("Shelling hit Kharkiv and Izyum in Ukraine, Russia said."),
                                            QStringLiteral("a.txt")).article,
                            Geoparser(*m_gazetteer));
        const QRectF extent = documentExtent(document).world;
        // Kharkiv to Izium is about 1.5 degrees; Ukraine and Russia would span tens.
        QVERIFY(extent.width() < 0.01);
        QVERIFY(extent.contains(mercator::toWorld(49.5, 36.8)));
        QCOMPARE(overlayForDocument(document, FactionCatalog::builtIn(), {}).markers.size(), std::size_t(2));
    }
    void selectionHighlightsMarkersOfTheSentence()
    {
        Document document;
        document.addArticle(articleFromText(QStringLiteral("Clashes in Gao. Later, Kidal fell."),
                                            QStringLiteral("a.txt")).article,
                            Geoparser(*m_gazetteer));
        Selection selection;
        QSignalSpy changed(&selection, &Selection::changed);
        selection.selectSentence({0, 1});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().toBool(), true);
        const MapOverlay overlay = overlayForDocument(document, FactionCatalog::builtIn(), {});
        const QSet<QString> selected = selectedPlaceIds(document, selection);
        QCOMPARE(selected.size(), 1);
        for (const MapMarker &marker : overlay.markers)
            if (selected.contains(marker.placeId))
                QCOMPARE(marker.label, QStringLiteral("Kidal"));
    }
};

QTEST_GUILESS_MAIN(DocumentTest)
#include "test_document.moc"
