// The document and the shared selection; the overlay and extent derived from them.
#include "document/Document.h"
#include "document/Selection.h"
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
