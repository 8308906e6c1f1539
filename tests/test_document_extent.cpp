// What a view of a document fits: the main group of its places, not the one reading an ocean away.
#include "document/Document.h"
#include "geo/WebMercator.h"
#include "geoparse/Geoparser.h"
#include "io/Geodata.h"
#include "map/DocumentExtent.h"
#include "text/ArticleReader.h"

#include <QTest>

using namespace frontline;

class DocumentExtentTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;

    void read(Document &document, const char *text) const
    {
        document.addArticle(
            articleFromText(QString::fromUtf8(text), QStringLiteral("a.txt")).article,
            Geoparser(*m_gazetteer));
    }
    // The document's point places in the country of `countryCode`.
    static std::vector<int> placesIn(const Document &document, const char *countryCode)
    {
        std::vector<int> found;
        const std::vector<Place> &places = document.geoparse().places;
        for (int i = 0; i < int(places.size()); ++i)
            if (places[i].isPoint() && places[i].countryCode == QLatin1String(countryCode))
                found.push_back(i);
        return found;
    }
    static bool shows(const DocumentExtent &extent, const Place &place)
    {
        return extent.world.contains(mercator::toWorld(place.latitude, place.longitude));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_gazetteer, qPrintable(error));
    }
    void aPlaceOnAnotherContinentIsLeftOut()
    {
        Document document;
        read(document,
             "Government forces shell rebel towns\n\nGovernment artillery shelled Saraqib and "
             "Maarat al-Numan on Monday, while clashes continued near Khan Shaykhun and Jisr "
             "al-Shughur. Rebels said they had repelled an attack on Kafr Nabl. A relief "
             "group based in Tulsa said it had sent aid.\n");
        const std::vector<int> syria = placesIn(document, "SY");
        const std::vector<int> us = placesIn(document, "US");
        QCOMPARE(syria.size(), std::size_t(5));
        QCOMPARE(us.size(), std::size_t(1));
        const DocumentExtent extent = documentExtent(document);
        QCOMPARE(extent.leftOut, us);
        for (int place : syria)
            QVERIFY(shows(extent, document.geoparse().places[place]));
        QVERIFY(!shows(extent, document.geoparse().places[us.front()]));
        // Idlib province's towns: a degree or so across, not half the world.
        QVERIFY(extent.world.width() < 2.0 / 360);
    }
    void twoRegionsOfEqualWeightAreBothShown()
    {
        Document document;
        read(document, "Two fronts\n\nShelling hit Kharkiv, Izium and Kupiansk. In Syria, clashes "
                       "erupted in Saraqib, Idlib and Maarat al-Numan.\n");
        const std::vector<int> ukraine = placesIn(document, "UA");
        const std::vector<int> syria = placesIn(document, "SY");
        QCOMPARE(ukraine.size(), std::size_t(3));
        QCOMPARE(syria.size(), std::size_t(3));
        const DocumentExtent extent = documentExtent(document);
        QVERIFY(extent.leftOut.empty());
        for (int place : ukraine)
            QVERIFY(shows(extent, document.geoparse().places[place]));
        for (int place : syria)
            QVERIFY(shows(extent, document.geoparse().places[place]));
    }
    void twoPlacesAreBothShownHoweverFarApart()
    {
        Document document;
        read(document, "Two towns\n\nShelling hit Kharkiv. A spokesman in Tulsa condemned it.\n");
        const std::vector<int> ukraine = placesIn(document, "UA");
        const std::vector<int> us = placesIn(document, "US");
        QCOMPARE(ukraine.size(), std::size_t(1));
        QCOMPARE(us.size(), std::size_t(1));
        const DocumentExtent extent = documentExtent(document);
        QVERIFY(extent.leftOut.empty());
        QVERIFY(shows(extent, document.geoparse().places[ukraine.front()]));
        QVERIFY(shows(extent, document.geoparse().places[us.front()]));
    }
};

QTEST_GUILESS_MAIN(DocumentExtentTest)
#include "test_document_extent.moc"
