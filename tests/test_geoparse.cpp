// The geoparser on the seed article and on small texts of our own.
#include "TestSupport.h"

#include "geoparse/Geoparser.h"
#include "io/DataPaths.h"
#include "text/ArticleReader.h"

#include <QTest>

using namespace frontline;

class GeoparseTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;

    GeoparseResult parse(const QString &text)
    {
        GeoparseResult result;
        Geoparser(*m_gazetteer).parse(articleFromText(text, QStringLiteral("t.txt")).article, 0, result);
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
        m_gazetteer = Gazetteer::open(geodataPath(QStringLiteral("gazetteer.idx")), &error);
        QVERIFY2(m_gazetteer, qPrintable(error));
    }
    void emptyTextGivesAnEmptyResult()
    {
        QVERIFY(parse(QString()).mentions.empty());
        QVERIFY(parse(QStringLiteral("   \n\t ")).places.empty());
    }
    void acronymsAndSentenceInitialWordsAreNotPlaces()
    {
        const GeoparseResult result = parse(QStringLiteral("Reading the report, IS said nothing. May brought rain."));
        QVERIFY2(result.mentions.empty(), qPrintable(result.mentions.empty() ? QString() : result.mentions.front().text));
    }
    void countriesInTheTextSteerAmbiguousNames()
    {
        const GeoparseResult result = parse(QStringLiteral("Militias clashed in Tripoli, the capital of Libya."));
        const Place *tripoli = placeNamed(result, QStringLiteral("Tripoli"));
        QVERIFY(tripoli);
        QCOMPARE(tripoli->countryCode, QStringLiteral("LY"));
        QVERIFY(tripoli->candidates.size() >= 2);
    }
    void seedArticlePlacesAndOffsets()
    {
        const QString seed = test::seedArticlePath();
        if (seed.isEmpty())
            QSKIP(test::kNoSharedMessage);
        const ArticleReadResult read = readArticle(seed);
        QVERIFY(read.ok());
        GeoparseResult result;
        Geoparser(*m_gazetteer).parse(read.article, 0, result);
        const Place *albuKamal = placeNamed(result, QStringLiteral("Albu Kamal"));
        QVERIFY(albuKamal);
        QVERIFY(std::abs(albuKamal->latitude - 34.452) < 0.05);
        QVERIFY(std::abs(albuKamal->longitude - 40.918) < 0.05);
        for (const Mention &m : result.mentions)
            QCOMPARE(read.article.text.mid(m.range.start, m.range.length()), m.text);
        QVERIFY(placeNamed(result, QStringLiteral("Fallujah")));
        QVERIFY(!placeNamed(result, QStringLiteral("Sallum")));
    }
};

QTEST_GUILESS_MAIN(GeoparseTest)
#include "test_geoparse.moc"
