// The document and the shared selection; the overlay and extent derived from them; the
// analyst's edits of places and names.
#include "document/ChoosePlaceCommand.h"
#include "document/Document.h"
#include "document/MovePlaceCommand.h"
#include "document/NotAPlaceCommand.h"
#include "document/PlaceFacts.h"
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

// Articles of the tests' own.
const QString kTripoliClashes = QStringLiteral(
    "Clashes in Tripoli\nFighting broke out in Tripoli on Monday. Militias shelled Tripoli again "
    "on Tuesday.");
const QString kManbijAdvance = QStringLiteral(
    "Advance on Manbij\nDate: 2024-05-02\n\nSDF fighters captured Manbij on Tuesday after heavy "
    "clashes. The Islamic State group launched an offensive toward Manbij from Jarablus on "
    "Wednesday. Residents of Aleppo said the road was quiet.");

int placeWithMention(const Document &document, const QString &text)
{
    for (const Mention &m : document.geoparse().mentions)
        if (m.text == text)
            return m.place;
    return -1;
}

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
    // "Use this one": every mention of the name in that article, and the events read there,
    // take the chosen reading; another article naming it keeps its own; undo puts the first
    // reading back; the choice holds through reading the articles again.
    void aChosenReadingMovesEveryMentionOfTheNameInTheArticle()
    {
        Document document;
        const Geoparser geoparser(*m_gazetteer);
        const EventExtractor extractor(FactionCatalog::builtIn(), *m_gazetteer);
        document.addArticle(articleFromText(kTripoliClashes, QStringLiteral("clashes.txt")).article,
                            geoparser, &extractor);
        document.addArticle(
            articleFromText(QStringLiteral("Later\nTripoli was calm."), QStringLiteral("calm.txt"))
                .article,
            geoparser, &extractor);
        const int libya = placeWithMention(document, QStringLiteral("Tripoli"));
        const Place read = document.geoparse().places[libya];
        QCOMPARE(read.countryCode, QStringLiteral("LY"));
        const auto lebanon = std::find_if(
            read.candidates.begin(), read.candidates.end(),
            [](const PlaceCandidate &c) { return c.countryCode == QLatin1String("LB"); });
        QVERIFY(lebanon != read.candidates.end());
        QSignalSpy chosen(&document, &Document::nameChosen);
        document.undoStack()->push(
            new ChoosePlaceCommand(document, {QStringLiteral("clashes"), read.id}, *lebanon));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.front().at(1).toStringList(), QStringList{QStringLiteral("Tripoli")});
        const auto placesOfTripoli = [&](int article) {
            QStringList ids;
            for (const Mention &m : document.geoparse().mentions)
                if (m.article == article && m.text == QLatin1String("Tripoli"))
                    ids << document.geoparse().places[m.place].id;
            return ids;
        };
        QCOMPARE(placesOfTripoli(0), QStringList(3, lebanon->id));
        QCOMPARE(placesOfTripoli(1), QStringList{read.id});
        for (const Event &event : document.events().events)
            QVERIFY(event.article != 0 || event.target == lebanon->id);
        const PlaceFacts facts =
            placeFacts(document, document.geoparse().findPlace(lebanon->id), {0, 1});
        QCOMPARE(facts.country, QStringLiteral("Lebanon (LB)"));
        QCOMPARE(facts.origin, QStringLiteral("the analyst's"));
        QCOMPARE(facts.confidence, QStringLiteral("1.00"));

        document.reanalyse(geoparser, &extractor);
        QCOMPARE(placesOfTripoli(0), QStringList(3, lebanon->id));
        document.undoStack()->undo();
        QCOMPARE(placesOfTripoli(0), QStringList(3, read.id));
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.back().at(2).toBool(), false); // taken back, in the gazetteer too
        for (const Event &event : document.events().events)
            QVERIFY(event.target == read.id);
        // The chosen place, named by nothing now, leaves the map.
        for (const MapMarker &marker :
             overlayForDocument(document, FactionCatalog::builtIn(), {}).markers)
            QVERIFY(marker.placeId != lebanon->id);
    }
    // "Not a place": the name's mentions in the article go, and so do the events' place, the
    // control claim and the arrow read from them; undo brings every one back, also after the
    // articles were read again.
    void notAPlaceRemovesTheNameAndWhatWasReadFromIt()
    {
        Document document;
        const Geoparser geoparser(*m_gazetteer);
        const EventExtractor extractor(FactionCatalog::builtIn(), *m_gazetteer);
        document.addArticle(articleFromText(kManbijAdvance, QStringLiteral("manbij.txt")).article,
                            geoparser, &extractor);
        const int manbij = placeWithMention(document, QStringLiteral("Manbij"));
        const QString id = document.geoparse().places[manbij].id;
        const std::size_t mentions = document.geoparse().mentions.size();
        const auto eventsAtManbij = [&] {
            return std::count_if(document.events().events.begin(), document.events().events.end(),
                                 [&](const Event &e) { return e.target == id; });
        };
        const long events = eventsAtManbij();
        QVERIFY(events >= 2);
        QCOMPARE(document.events().control.size(), std::size_t(1));
        QCOMPARE(document.events().arrows.size(), std::size_t(1));
        document.undoStack()->push(new NotAPlaceCommand(document, {QStringLiteral("manbij"), id},
                                                        QStringLiteral("Manbij")));
        const auto dismissed = [&] {
            QVERIFY(document.mentionsOfPlace(manbij).empty());
            QCOMPARE(document.geoparse().mentions.size(), mentions - 3);
            QCOMPARE(eventsAtManbij(), 0L);
            QVERIFY(document.events().control.empty());
            QVERIFY(document.events().arrows.empty());
        };
        dismissed();
        document.reanalyse(geoparser, &extractor);
        dismissed();
        document.undoStack()->undo();
        QCOMPARE(document.mentionsOfPlace(document.geoparse().findPlace(id)).size(),
                 std::size_t(3));
        QCOMPARE(document.geoparse().mentions.size(), mentions);
        QCOMPARE(eventsAtManbij(), events);
        QCOMPARE(document.events().control.size(), std::size_t(1));
        QCOMPARE(document.events().arrows.size(), std::size_t(1));
        document.undoStack()->redo();
        dismissed();
    }
    // A point off the globe never reaches a place; NaN (no point yet) may.
    void aPlaceSetOffTheGlobeIsRefused()
    {
        Document document;
        document.addArticle(articleFromText(kManbijAdvance, QStringLiteral("manbij.txt")).article,
                            Geoparser(*m_gazetteer));
        const QString id = document.geoparse().places.front().id;
        const PlaceLocation before = document.placeLocation(id);
        QSignalSpy edited(&document, &Document::placeEdited);
        QVERIFY(!document.setPlaceLocation(
            id, {95.0, 40.0, 1.0, true, QDateTime::currentDateTimeUtc()}));
        QVERIFY(!document.setPlaceLocation(
            id, {35.0, 200.0, 1.0, true, QDateTime::currentDateTimeUtc()}));
        QCOMPARE(document.placeLocation(id).latitude, before.latitude);
        QCOMPARE(edited.count(), 0);
        document.undoStack()->push(new MovePlaceCommand(document, id, 36.5, 38.0));
        QCOMPARE(document.placeLocation(id).latitude, 36.5);
        const PlaceFacts facts = placeFacts(document, document.geoparse().findPlace(id), {});
        QVERIFY2(facts.origin.startsWith(QLatin1String("the analyst's (placed ")),
                 qPrintable(facts.origin));
        QCOMPARE(facts.dms, QStringLiteral("36\u00b030\u203200\u2033N 38\u00b000\u203200\u2033E"));
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
