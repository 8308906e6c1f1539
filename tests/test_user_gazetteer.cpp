// The analyst's gazetteer: GeoNames dumps imported, places added, kept across rebuilds.
#include "TestSupport.h"
#include "gazetteer/GazetteerBuilder.h"
#include "gazetteer/UserGazetteer.h"
#include "geoparse/Geoparser.h"
#include "text/ArticleReader.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace frontline;
using namespace frontline::gazetteer_format;

namespace {

// A small stand-in for the shipped index: two towns and a country, built for real.
std::unique_ptr<Gazetteer> buildShipped(const QString &path, const QString &extraTown = {})
{
    GazetteerBuilder builder;
    const auto add = [&](const QString &id, const QString &name, Kind kind, double lat, double lon, quint64 population) {
        PlaceEntry entry;
        entry.id = id;
        entry.name = name;
        entry.kind = kind;
        entry.countryCode = QStringLiteral("SY");
        entry.latitude = lat;
        entry.longitude = lon;
        entry.population = population;
        builder.addName(builder.addPlace(entry), name, PreferredName);
    };
    add(QStringLiteral("geonames:174448"), QStringLiteral("Albu Kamal"), Kind::PopulatedPlace, 34.45, 40.92, 57572);
    add(QStringLiteral("admin1:SY.07"), QStringLiteral("Deir ez-Zor"), Kind::Admin1, 35.1, 40.4, 1000000);
    add(QStringLiteral("country:SY"), QStringLiteral("Syria"), Kind::Country, 35.0, 38.5, 0);
    if (!extraTown.isEmpty())
        add(QStringLiteral("geonames:1"), extraTown, Kind::PopulatedPlace, 33.0, 36.0, 1000);
    QString error;
    builder.write(path, &error);
    return Gazetteer::open(path, &error);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

const QByteArray kDump =
    "9000001\tQaryat al-Mithal\tQaryat al-Mithal\tKaryet el Mithal\t34.1\t40.5\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t200\tAsia/Damascus\t2024-01-01\n"
    "9000002\tSadd al-Tajriba\tSadd al-Tajriba\tTajriba Dam\t35.2\t38.9\tH\tDAM\tSY\t\t04\t\t\t\t0\t\t300\tAsia/Damascus\t2024-01-01\n"
    "9000003\tSome Road\tSome Road\t\t35.2\t38.9\tR\tRD\tSY\t\t04\t\t\t\t0\t\t300\tAsia/Damascus\t2024-01-01\n"
    "a broken row\twith\ttoo few columns but enough tabs\t\t\t\t\t\t\t\t\t\t\t\t\n"
    "9000004\tBad Latitude\tBad\t\tnorth\t38.9\tP\tPPL\tSY\t\t04\t\t\t\t0\t\t300\tAsia/Damascus\t2024-01-01\n";

} // namespace

class UserGazetteerTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void importsDumpsAndAlternateNames()
    {
        const auto shipped = buildShipped(m_dir.filePath(QStringLiteral("shipped.idx")));
        QVERIFY(shipped);
        UserGazetteerWriter writer(*shipped, nullptr);
        ImportReport report;
        QString error;
        int progressCalls = 0;
        const auto progress = [&](double) { ++progressCalls; return true; };
        QVERIFY(writer.importFile(writeFile(m_dir, QStringLiteral("SY.txt"), kDump), progress, report, &error));
        QCOMPARE(report.places, 2);        // the road is not a place worth a marker
        QCOMPARE(report.malformedRows, 2); // counted, skipped, not fatal
        QVERIFY(progressCalls >= 1);
        const QByteArray alternates = "1\t174448\ten\tBukamal City\t1\t\t\t\t\t\n2\t174448\tlink\thttps://example.invalid\t\t\t\t\t\t\n";
        QVERIFY(writer.importFile(writeFile(m_dir, QStringLiteral("alternateNamesV2.txt"), alternates), progress, report, &error));
        QCOMPARE(report.names, 6 + 1);
        const QString path = m_dir.filePath(QStringLiteral("user.idx"));
        QVERIFY2(writer.write(path, &error), qPrintable(error));

        const auto user = Gazetteer::open(path, &error);
        QVERIFY(user);
        QCOMPARE(user->baseFingerprint(), shipped->fingerprint());
        QCOMPARE(user->find("karyet el mithal").size(), std::size_t(1));
        QCOMPARE(user->find("tajriba dam").size(), std::size_t(1));
        QCOMPARE(user->find("bukamal city").size(), std::size_t(1));
        QCOMPARE(user->find("syria").size(), std::size_t(1)); // the shipped places are kept
        QVERIFY(user->find("https example invalid").empty());

        // The geoparser finds the imported places in text.
        GeoparseResult result;
        Geoparser(*user).parse(articleFromText(QStringLiteral("Shelling near Qaryat al-Mithal in Syria."),
                                               QStringLiteral("a.txt")).article, 0, result);
        QCOMPARE(result.mentions.front().text, QStringLiteral("Qaryat al-Mithal"));
    }
    void cancellingAndBadFilesReportErrors()
    {
        const auto shipped = buildShipped(m_dir.filePath(QStringLiteral("shipped2.idx")));
        UserGazetteerWriter writer(*shipped, nullptr);
        ImportReport report;
        QString error;
        QByteArray big;
        for (int i = 0; i < 10000; ++i)
            big += kDump.left(kDump.indexOf('\n') + 1);
        QVERIFY(!writer.importFile(writeFile(m_dir, QStringLiteral("big.txt"), big), [](double) { return false; }, report, &error));
        QVERIFY(error.contains(QLatin1String("cancelled")));
        QVERIFY(!writer.importFile(writeFile(m_dir, QStringLiteral("prose.txt"), "Just some prose.\n"), {}, report, &error));
        QVERIFY(error.contains(QLatin1String("not a GeoNames dump")));
        QVERIFY(!writer.importFile(m_dir.filePath(QStringLiteral("missing.txt")), {}, report, &error));
    }
    void analystPlacesWinAndSurviveANewShippedIndex()
    {
        const QString shippedPath = m_dir.filePath(QStringLiteral("shipped3.idx"));
        auto shipped = buildShipped(shippedPath);
        UserGazetteerWriter writer(*shipped, nullptr);
        PlaceEntry moved;
        moved.id = QStringLiteral("geonames:174448"); // the analyst moves Albu Kamal
        moved.name = QStringLiteral("Albu Kamal");
        moved.countryCode = QStringLiteral("SY");
        moved.latitude = 34.5;
        moved.longitude = 41.0;
        writer.addPlace(moved, {QStringLiteral("Albu Kamal"), QStringLiteral("Boukamal")});
        QString error;
        QDir().mkpath(QFileInfo(userGazetteerPath()).absolutePath());
        QVERIFY(writer.write(userGazetteerPath(), &error));

        // A newer shipped index (another town in it): the user's place is carried over.
        shipped.reset();
        QFile::remove(shippedPath);
        shipped = buildShipped(shippedPath, QStringLiteral("Newtown"));
        const auto user = openUserGazetteer(*shipped, &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->baseFingerprint(), shipped->fingerprint());
        QCOMPARE(user->find("newtown").size(), std::size_t(1));
        const auto albuKamal = user->find("albu kamal");
        QCOMPARE(albuKamal.size(), std::size_t(1));
        QCOMPARE(user->place(albuKamal.front().place).longitude, 41.0f);
        QCOMPARE(user->find("boukamal").size(), std::size_t(1));
    }
    // "Use this one": the reading the analyst chose for a name wins it from then on, over a
    // larger town of the same name; taking the choice back gives the name back to the town.
    void theAnalystsChoiceWinsTheNameUntilTakenBack()
    {
        GazetteerBuilder builder;
        const auto add = [&](const QString &id, double lat, quint64 population) {
            PlaceEntry entry;
            entry.id = id;
            entry.name = QStringLiteral("Qasr Tahun");
            entry.countryCode = QStringLiteral("SY");
            entry.latitude = lat;
            entry.longitude = 38.0;
            entry.population = population;
            builder.addName(builder.addPlace(entry), entry.name, PreferredName);
            return entry;
        };
        add(QStringLiteral("geonames:11"), 35.0, 90000);
        const PlaceEntry village = add(QStringLiteral("geonames:12"), 35.5, 400);
        const QString shippedPath = m_dir.filePath(QStringLiteral("shipped6.idx"));
        QString error;
        QVERIFY(builder.write(shippedPath, &error));
        const auto shipped = Gazetteer::open(shippedPath, &error);
        const auto readingOf = [](const Gazetteer &gazetteer) {
            GeoparseResult result;
            Geoparser(gazetteer).parse(articleFromText(QStringLiteral("Shelling near Qasr Tahun."),
                                                       QStringLiteral("q.txt"))
                                           .article,
                                       0, result);
            return result.places.front();
        };
        QCOMPARE(readingOf(*shipped).id, QStringLiteral("geonames:11"));
        QCOMPARE(readingOf(*shipped).provenance, PlaceProvenance::Shipped);

        const QString chosenPath = m_dir.filePath(QStringLiteral("chosen.idx"));
        UserGazetteerWriter choosing(*shipped, nullptr);
        choosing.chooseForNames(village, {QStringLiteral("Qasr Tahun")});
        QVERIFY(choosing.write(chosenPath, &error));
        const auto chosen = Gazetteer::open(chosenPath, &error);
        QCOMPARE(readingOf(*chosen).id, QStringLiteral("geonames:12"));
        QCOMPARE(readingOf(*chosen).provenance, PlaceProvenance::Analyst);
        QCOMPARE(readingOf(*chosen).candidates.size(),
                 std::size_t(2)); // the town is still a reading

        const QString takenBackPath = m_dir.filePath(QStringLiteral("taken-back.idx"));
        UserGazetteerWriter takingBack(*shipped, chosen.get());
        takingBack.forgetChoice(village.id, {QStringLiteral("Qasr Tahun")});
        QVERIFY(takingBack.write(takenBackPath, &error));
        const auto takenBack = Gazetteer::open(takenBackPath, &error);
        QCOMPARE(readingOf(*takenBack).id, QStringLiteral("geonames:11"));
        // The village was copied for the choice alone: it is the shipped one again.
        const Place &again = readingOf(*takenBack);
        QCOMPARE(again.candidates.back().provenance, PlaceProvenance::Shipped);
    }
    // A gazetteer whose header survived while the rest was zeroed (a disk that lost it) is
    // refused when opened, set aside, and said, not read as empty.
    void aDamagedUserGazetteerIsSetAsideAndSaid()
    {
        const auto shipped = buildShipped(m_dir.filePath(QStringLiteral("shipped4.idx")));
        UserGazetteerWriter writer(*shipped, nullptr);
        ImportReport report;
        QString error;
        QVERIFY(writer.importFile(writeFile(m_dir, QStringLiteral("SY4.txt"), kDump),
                                  [](double) { return true; }, report, &error));
        QDir().mkpath(QFileInfo(userGazetteerPath()).absolutePath());
        QVERIFY2(writer.write(userGazetteerPath(), &error), qPrintable(error));
        QFile file(userGazetteerPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(file.seek(sizeof(FileHeader)));
        file.write(QByteArray(size - qint64(sizeof(FileHeader)), '\0'));
        file.close();
        QVERIFY(!openUserGazetteer(*shipped, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("set aside")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(userGazetteerPath()));
        QVERIFY(QFileInfo::exists(userGazetteerPath() + QStringLiteral(".damaged")));
        QFile::remove(userGazetteerPath() + QStringLiteral(".damaged"));
    }
    // The analyst's gazetteer is written through the safe-write routine: on a full disk the
    // save fails with the reason and the gazetteer saved before is left as it was.
    void aFullDiskLeavesTheAnalystsGazetteerAsItWas()
    {
        constexpr int kTinyDiskKilobytes = 256;
        const test::TinyDisk disk(kTinyDiskKilobytes);
        if (!disk.mounted())
            QSKIP(test::kNoTinyDiskMessage);
        const auto shipped = buildShipped(m_dir.filePath(QStringLiteral("shipped5.idx")));
        UserGazetteerWriter writer(*shipped, nullptr);
        const QString path = disk.filePath(QStringLiteral("user-gazetteer.idx"));
        QString error;
        QVERIFY2(writer.write(path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray before = saved.readAll();
        saved.close();

        ImportReport report;
        QVERIFY(writer.importFile(writeFile(m_dir, QStringLiteral("SY5.txt"), kDump),
                                  [](double) { return true; }, report, &error));
        disk.fillLeaving(0);
        QVERIFY(!writer.write(path, &error));
        QVERIFY2(error.contains(QLatin1String("no space left")), qPrintable(error));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), before);
        QVERIFY(Gazetteer::open(path, &error));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FrontlineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("UserGazetteer"));
    UserGazetteerTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_user_gazetteer.moc"
