// The gazetteer: name keys, the built index (real GeoNames data), damaged files.
#include "gazetteer/Gazetteer.h"
#include "gazetteer/GazetteerBuilder.h"
#include "gazetteer/GeoNamesRow.h"
#include "gazetteer/NameKey.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace frontline;
using namespace frontline::gazetteer_format;

class GazetteerTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;

    bool hasPlace(std::string_view key, const char *countryCode, Kind kind)
    {
        for (const Gazetteer::Key &k : m_gazetteer->find(key)) {
            const Gazetteer::Place &p = m_gazetteer->place(k.place);
            if (std::string_view(p.countryCode, 2) == countryCode && p.kind == kind)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_gazetteer, qPrintable(error));
    }
    void keysFoldCaseDiacriticsAndMarks()
    {
        QCOMPARE(nameKey(u"Sant Julià de Lòria"), std::string("sant julia de loria"));
        QCOMPARE(nameKey(u"Al Qā’im"), std::string("al qaim"));
        QCOMPARE(nameKey(u"al-Qaim"), std::string("al qaim"));
        QCOMPARE(nameKey(u"Ālbū Kamāl"), std::string("albu kamal"));
        QCOMPARE(nameKey(u"Straße"), std::string("strasse"));
        QCOMPARE(nameKey(u"  Deir  ez-Zor,"), std::string("deir ez zor"));
        std::string key = "kept";
        QVERIFY(!appendNameKey(u"Ракка", key)); // Cyrillic: not matched against English text
        QCOMPARE(key, std::string("kept"));
    }
    void indexHoldsPlacesCountriesAdmin1AndDemonyms()
    {
        QVERIFY(m_gazetteer->places().size() > 100000);
        QVERIFY(hasPlace("albu kamal", "SY", Kind::PopulatedPlace));
        QVERIFY(hasPlace("ar raqqah", "SY", Kind::PopulatedPlace));
        QVERIFY(hasPlace("syria", "SY", Kind::Country));
        QVERIFY(hasPlace("anbar", "IQ", Kind::Admin1));
        bool demonym = false;
        for (const Gazetteer::Key &k : m_gazetteer->find("iraqi"))
            demonym |= (k.flags & Demonym) && m_gazetteer->place(k.place).kind == Kind::Country;
        QVERIFY(demonym);
        QVERIFY(m_gazetteer->find("no such place anywhere").empty());
    }
    void countryPointsLieOnTheirMainLandmass()
    {
        // France's point must be in metropolitan France, not pulled out by its overseas parts.
        for (const Gazetteer::Key &k : m_gazetteer->find("france")) {
            const Gazetteer::Place &p = m_gazetteer->place(k.place);
            if (p.kind != Kind::Country)
                continue;
            QVERIFY(p.latitude > 42 && p.latitude < 51);
            QVERIFY(p.longitude > -5 && p.longitude < 8);
            return;
        }
        QFAIL("France is not in the gazetteer");
    }
    void commonWordsAreFlagged()
    {
        const auto keys = m_gazetteer->find("reading");
        QVERIFY(!keys.empty());
        QVERIFY(keys.front().flags & CommonWord);
    }
    void longerKeysAreFound()
    {
        QVERIFY(m_gazetteer->hasLongerKey("deir"));
        QVERIFY(!m_gazetteer->hasLongerKey("zzzzqx"));
    }
    void malformedGeoNamesRowsAreRejected()
    {
        QVERIFY(!parseGeoNamesRow(u"not\ta\trow"));
        QVERIFY(!parseGeoNamesRow(u"12\tX\tX\t\tnorth\t40\tP\tPPL\tSY\t\t01\t\t\t\t100\t\t\t\t"));
        const auto row = parseGeoNamesRow(
            u"174448\tĀlbū Kamāl\tAlbu Kamal\tAbu Kamal,Al-Bukamal\t34.45226\t40.91854\tP\tPPLA2\tSY\t\t07\t\t\t\t57572\t\t178\tAsia/Damascus\t2012-01-19");
        QVERIFY(row);
        QCOMPARE(row->alternateNames.size(), 2);
        QCOMPARE(row->kind(), Kind::PopulatedPlace);
    }
    void builtIndexRoundTripsAndDamageIsReported()
    {
        QTemporaryDir dir;
        GazetteerBuilder builder;
        PlaceEntry entry;
        entry.id = QStringLiteral("user:1");
        entry.name = QStringLiteral("Test Town");
        entry.latitude = 10;
        entry.longitude = 20;
        builder.addName(builder.addPlace(entry), u"Test Town", PreferredName);
        const QString path = dir.filePath(QStringLiteral("g.idx"));
        QString error;
        QVERIFY(builder.write(path, &error));
        auto small = Gazetteer::open(path, &error);
        QVERIFY(small);
        QCOMPARE(small->find("test town").size(), std::size_t(1));
        QCOMPARE(small->placeId(small->place(0)), QStringLiteral("user:1"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(40)); // truncated
        file.close();
        QVERIFY(!Gazetteer::open(path, &error));
        QVERIFY(error.contains(QLatin1String("truncated")) || error.contains(QLatin1String("not a gazetteer")));
        QVERIFY(!Gazetteer::open(dir.filePath(QStringLiteral("missing.idx")), &error));
    }
};

QTEST_GUILESS_MAIN(GazetteerTest)
#include "test_gazetteer.moc"
