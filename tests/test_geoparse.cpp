// The geoparser on the seed article and on small texts of our own.
#include "TestSupport.h"
#include "geo/GreatCircle.h"
#include "geoparse/Geoparser.h"
#include "geoparse/LanguageCues.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "text/ArticleReader.h"

#include <QSet>
#include <QTest>

using namespace frontline;

class GeoparseTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;

    GeoparseResult parse(const QString &text)
    {
        GeoparseResult result;
        Geoparser(*m_gazetteer)
            .parse(articleFromText(text, QStringLiteral("t.txt")).article, 0, result);
        return result;
    }
    static const Place *placeNamed(const GeoparseResult &result, const QString &mentionText)
    {
        for (const Mention &m : result.mentions)
            if (m.text == mentionText)
                return &result.places[m.place];
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_gazetteer, qPrintable(error));
    }
    void emptyTextGivesAnEmptyResult()
    {
        QVERIFY(parse(QString()).mentions.empty());
        QVERIFY(parse(QStringLiteral("   \n\t ")).places.empty());
    }
    void acronymsAndSentenceInitialWordsAreNotPlaces()
    {
        const GeoparseResult result =
            parse(QStringLiteral("Reading the report, IS said nothing. May brought rain."));
        QVERIFY2(result.mentions.empty(),
                 qPrintable(result.mentions.empty() ? QString() : result.mentions.front().text));
    }
    // Compass words and their compounds, as keys have them ("North-Western" -> "north
    // western"); words that only begin like one are not.
    void compassWordsAndTheirCompounds()
    {
        for (const char *word :
             {"north", "northeast", "north east", "north western", "southwestern"})
            QVERIFY2(cues::isDirectionWord(word), word);
        for (const char *word : {"northerly", "northwood", "south africa", "southall"})
            QVERIFY2(!cues::isDirectionWord(word), word);
    }
    void countriesInTheTextSteerAmbiguousNames()
    {
        const GeoparseResult result =
            parse(QStringLiteral("Militias clashed in Tripoli, the capital of Libya."));
        const Place *tripoli = placeNamed(result, QStringLiteral("Tripoli"));
        QVERIFY(tripoli);
        QCOMPARE(tripoli->countryCode, QStringLiteral("LY"));
        QVERIFY(tripoli->candidates.size() >= 2);
    }
    // Features the populated-places extract lacks come from the sourced supplement, whole
    // names first: "Tabqa Dam" is the dam, not the town of Tabqa beside it.
    void supplementFeaturesResolveByTheirFullNames()
    {
        const GeoparseResult result = parse(QStringLiteral(
            "Drones struck near the Tabqa Dam and the Zaporizhzhia Nuclear Power Plant."));
        const Place *dam = placeNamed(result, QStringLiteral("Tabqa Dam"));
        const Place *plant = placeNamed(result, QStringLiteral("Zaporizhzhia Nuclear Power Plant"));
        QVERIFY(dam && plant);
        QCOMPARE(dam->id, QStringLiteral("supplement:tabqa-dam"));
        QCOMPARE(plant->countryCode, QStringLiteral("UA"));
        QVERIFY(!placeNamed(result, QStringLiteral("Zaporizhzhia")));
    }
    // The acceptance list for the seed: places within the stated distances, areas
    // as areas, every mention the name alone, and nothing else a place.
    void seedArticlePlacesAndOffsets()
    {
        const QString seed = test::seedArticlePath();
        if (seed.isEmpty())
            QSKIP(test::kNoSharedMessage);
        const ArticleReadResult read = readArticle(seed);
        QVERIFY(read.ok());
        GeoparseResult result;
        Geoparser(*m_gazetteer).parse(read.article, 0, result);
        const auto within = [&](const QString &text, double lat, double lon, double km) {
            const Place *place = placeNamed(result, text);
            if (!place)
                return false;
            return greatCircleKm(place->latitude, place->longitude, lat, lon) <= km;
        };
        QVERIFY(within(QStringLiteral("Albu Kamal"), 34.452, 40.918, 5));
        QVERIFY(within(QStringLiteral("al-Tanaf"), 33.47, 38.78, 20));
        QVERIFY(within(QStringLiteral("al-Qaim"), 34.39, 40.99, 5));
        QVERIFY(within(QStringLiteral("Raqa"), 35.95, 39.01, 5));
        QVERIFY(within(QStringLiteral("Fallujah"), 33.35, 43.78, 5));
        QVERIFY(within(QStringLiteral("Baghdad"), 33.315, 44.366, 10));
        const auto area = [&](const QString &text, PlaceKind kind, const char *country) {
            const Place *place = placeNamed(result, text);
            return place && place->kind == kind && place->countryCode == QLatin1String(country);
        };
        QVERIFY(area(QStringLiteral("Anbar"), PlaceKind::Admin1, "IQ"));
        QVERIFY(area(QStringLiteral("Deir Az-Zour"), PlaceKind::Admin1, "SY"));
        QVERIFY(area(QStringLiteral("Syria"), PlaceKind::Country, "SY"));
        QVERIFY(area(QStringLiteral("Iraq"), PlaceKind::Country, "IQ"));
        QVERIFY(area(QStringLiteral("Jordan"), PlaceKind::Country, "JO"));
        QVERIFY(area(QStringLiteral("US"), PlaceKind::Country, "US")); // "US-backed": an actor
        QVERIFY(!placeNamed(result, QStringLiteral("Sallum")));
        QVERIFY(!placeNamed(result, QStringLiteral("al-Sallum")));

        QSet<QString> points;
        for (const Place &place : result.places)
            if (place.isPoint())
                points.insert(place.id);
        QCOMPARE(points.size(), 6); // Albu Kamal, al-Tanaf, al-Qaim, Raqa, Fallujah, Baghdad

        // Mentions are the name alone, at their exact place in the text, every occurrence.
        for (const Mention &m : result.mentions)
            QCOMPARE(read.article.text.mid(m.range.start, m.range.length()), m.text);
        int albuKamal = 0;
        for (const Mention &m : result.mentions)
            albuKamal += m.text == QLatin1String("Albu Kamal");
        QCOMPARE(albuKamal, int(read.article.text.count(QLatin1String("Albu Kamal"))));
    }
};

QTEST_GUILESS_MAIN(GeoparseTest)
#include "test_geoparse.moc"
