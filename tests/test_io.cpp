// Output formats: JSON keys and code-point offsets, GeoJSON order, CSV quoting, snapshots.
#include "TestSupport.h"
#include "document/Document.h"
#include "events/FactionCatalog.h"
#include "files/SafeWrite.h"
#include "geoparse/Geoparser.h"
#include "io/ControlLayerReader.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "io/GeoparseWriter.h"
#include "io/JsonWriter.h"
#include "io/SnapshotExporter.h"
#include "map/Basemap.h"
#include "map/MapRenderer.h"
#include "map/SnapshotComposition.h"
#include "text/ArticleReader.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace frontline;

class IoTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Gazetteer> m_gazetteer;
    Document m_document;

    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static int leftoverTemporaryFiles(const QString &folder)
    {
        return int(QDir(folder)
                       .entryList({QStringLiteral(".frontline-*")}, QDir::Files | QDir::Hidden)
                       .size());
    }

private Q_SLOTS:
    // Saving never replaces what is not a file, and replaces a file whole.
    void safeWriteRefusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        QString error;
        const QString pipe = dir.filePath(QStringLiteral("pipe.png"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QVERIFY(!writeFileSafely(pipe, "map", &error));
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
        struct stat after
        {
        };
        QVERIFY(::stat(QFile::encodeName(pipe).constData(), &after) == 0 &&
                S_ISFIFO(after.st_mode));
        const QString device = dir.filePath(QStringLiteral("device.csv"));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), device));
        QVERIFY(!writeFileSafely(device, "map", &error));
        QVERIFY(QFileInfo(device).isSymLink());
        QVERIFY(!writeFileSafely(dir.path(), "map", &error));
        const QString file = dir.filePath(QStringLiteral("places.csv"));
        QVERIFY2(writeFileSafely(file, "first", &error), qPrintable(error));
        QVERIFY2(writeFileSafely(file, "second", &error), qPrintable(error));
        QCOMPARE(contentsOf(file), QByteArray("second"));
        QCOMPARE(leftoverTemporaryFiles(dir.path()), 0);
    }
    // A file synced on one thread and decided on another: discarded, the target stays as it was
    // and nothing is left beside it; committed, it is in place.
    void aStagedFileIsDiscardedOrCommittedWhole()
    {
        QTemporaryDir dir;
        QString error;
        const QString file = dir.filePath(QStringLiteral("map.png"));
        QVERIFY2(writeFileSafely(file, "before", &error), qPrintable(error));
        SafeFileWriter dropped(file);
        QVERIFY2(dropped.open(&error), qPrintable(error));
        dropped.write(QByteArray("dropped"));
        QVERIFY2(dropped.sync(&error), qPrintable(error));
        QCOMPARE(leftoverTemporaryFiles(dir.path()), 1);
        dropped.discard();
        QCOMPARE(leftoverTemporaryFiles(dir.path()), 0);
        QCOMPARE(contentsOf(file), QByteArray("before"));
        SafeFileWriter kept(file);
        QVERIFY2(kept.open(&error), qPrintable(error));
        kept.write(QByteArray("kept"));
        QVERIFY2(kept.sync(&error) && kept.commit(&error), qPrintable(error));
        QCOMPARE(contentsOf(file), QByteArray("kept"));
        QCOMPARE(leftoverTemporaryFiles(dir.path()), 0);
    }
    // On a full disk the save fails with the reason in words, and the file saved before is
    // left byte for byte as it was.
    void aFullDiskLeavesThePreviousFileAsItWas()
    {
        constexpr int kTinyDiskKilobytes = 64;
        const test::TinyDisk dir(kTinyDiskKilobytes);
        if (!dir.mounted())
            QSKIP(test::kNoTinyDiskMessage);
        const QString file = dir.filePath(QStringLiteral("map.svg"));
        const QByteArray before(8 * 1024, 'a');
        QString error;
        QVERIFY2(writeFileSafely(file, before, &error), qPrintable(error));
        QVERIFY(!writeFileSafely(file, QByteArray(kTinyDiskKilobytes * 2 * 1024, 'b'), &error));
        QVERIFY2(error.contains(QLatin1String("no space left")), qPrintable(error));
        QCOMPARE(contentsOf(file), before);
        QCOMPARE(leftoverTemporaryFiles(dir.path()), 0);
    }
    void initTestCase()
    {
        QString error;
        m_gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_gazetteer, qPrintable(error));
        // A character outside the BMP before the place: offsets must count it once.
        m_document.addArticle(
            articleFromText(QStringLiteral("𝐍ews: shelling hit Kharkiv, \"Ukraine\" said."),
                            QStringLiteral("a.txt"))
                .article,
            Geoparser(*m_gazetteer));
    }
    void jsonHasTheContractKeysAndCodePointOffsets()
    {
        const QJsonObject root =
            QJsonDocument::fromJson(geoparseJson(m_document.findings())).object();
        QVERIFY(root.contains("articles") && root.contains("places") && root.contains("mentions"));
        const QJsonObject mention = root["mentions"].toArray().first().toObject();
        for (const char *key : {"place", "text", "article", "sentence", "start", "end", "role"})
            QVERIFY2(mention.contains(key), key);
        QCOMPARE(mention["text"].toString(), QStringLiteral("Kharkiv"));
        const QString text = m_document.articles().front().text;
        const int utf16 = int(text.indexOf(QLatin1String("Kharkiv")));
        QCOMPARE(mention["start"].toInt(), utf16 - 1);
        const QJsonObject place = root["places"].toArray().first().toObject();
        for (const char *key : {"id", "name", "kind", "lat", "lon", "country", "admin1",
                                "population", "confidence", "candidates"})
            QVERIFY2(place.contains(key), key);
    }
    void geoJsonIsLongitudeLatitude()
    {
        const QJsonObject root =
            QJsonDocument::fromJson(geoparseGeoJson(m_document.findings())).object();
        QCOMPARE(root["type"].toString(), QStringLiteral("FeatureCollection"));
        const QJsonObject feature = root["features"].toArray().first().toObject();
        const QJsonArray coordinates = feature["geometry"].toObject()["coordinates"].toArray();
        QVERIFY(std::abs(coordinates[0].toDouble() - 36.25) < 0.2); // Kharkiv's longitude first
        QVERIFY(std::abs(coordinates[1].toDouble() - 49.98) < 0.2);
    }
    // An unlisted place the text puts in no known area has no coordinates yet: a null
    // geometry in GeoJSON, empty cells in CSV, never "nan".
    void placesWithoutCoordinatesAreWrittenAsSuch()
    {
        Document document;
        document.addArticle(
            articleFromText(QStringLiteral("Shells fell on the village of Tell Qarmoun."),
                            QStringLiteral("v.txt"))
                .article,
            Geoparser(*m_gazetteer));
        const QJsonObject root =
            QJsonDocument::fromJson(geoparseGeoJson(document.findings())).object();
        const QJsonObject feature = root["features"].toArray().first().toObject();
        QCOMPARE(feature["id"].toString(), QStringLiteral("unlisted:tell qarmoun"));
        QVERIFY(feature["geometry"].isNull());
        QVERIFY(feature["properties"].toObject()["lat"].isNull());
        const QString csv = QString::fromUtf8(geoparseCsv(document.findings()));
        QVERIFY(!csv.contains(QLatin1String("nan")));
        QVERIFY(csv.contains(QLatin1String("Tell Qarmoun,populated place,,,")));
    }
    // Days are written as Qt writes ISO dates (the writer does it without Qt's formatting):
    // null when not a day, and empty where ISO has no four-digit year for it.
    void daysAreWrittenAsIsoDates()
    {
        const QDate days[] = {QDate(2024, 10, 2), QDate(5, 12, 31), QDate(9999, 1, 1),
                              QDate(12000, 6, 1), QDate(-44, 3, 15)};
        for (const QDate &day : days) {
            JsonWriter json;
            json.value(day);
            QCOMPARE(json.take(), '"' + day.toString(Qt::ISODate).toUtf8() + "\"\n");
        }
        JsonWriter json;
        json.value(QDate());
        QCOMPARE(json.take(), QByteArray("null\n"));
    }
    void csvQuotesFieldsWithCommasAndQuotes()
    {
        const QString csv = QString::fromUtf8(geoparseCsv(m_document.findings()));
        QVERIFY(csv.startsWith(QLatin1String("place,name,kind,lat,lon")));
        QVERIFY(csv.contains(QLatin1String("Kharkiv")));
        QCOMPARE(csv.count(QLatin1Char('\n')), int(m_document.geoparse().mentions.size()) + 1);
    }
    void controlLayersFromVectorFiles()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(content);
            return file.fileName();
        };
        std::vector<ControlZone> zones;
        QString error;
        const QString geojson = write(
            QStringLiteral("zones.geojson"),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"faction":"Daesh"},)"
            R"("geometry":{"type":"Polygon","coordinates":[[[40,34],[41,34],[41,35],[40,35],[40,34]]]}}]})");
        QVERIFY2(readControlLayer(geojson, FactionCatalog::builtIn(), zones, &error),
                 qPrintable(error));
        QCOMPARE(zones.size(), std::size_t(1));
        QCOMPARE(zones.front().factions, QStringList{QStringLiteral("is")}); // by alias
        QVERIFY(!zones.front().approximate);
        QCOMPARE(zones.front().rings.front().front(), QPointF(40, 34));
        // No coordinate system (a CSV of WKT), unreadable, and no polygons: refused, nothing added.
        const QString csv = write(QStringLiteral("zones.csv"),
                                  "WKT,faction\n\"POLYGON((40 34,41 34,41 35,40 34))\",is\n");
        QVERIFY(!readControlLayer(csv, FactionCatalog::builtIn(), zones, &error));
        QVERIFY2(error.contains(QLatin1String("coordinate system")), qPrintable(error));
        QVERIFY(!readControlLayer(write(QStringLiteral("junk.geojson"), QByteArray(300, '')),
                                  FactionCatalog::builtIn(), zones, &error));
        const QString points = write(
            QStringLiteral("points.geojson"),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[40,34]}}]})");
        QVERIFY(!readControlLayer(points, FactionCatalog::builtIn(), zones, &error));
        QCOMPARE(zones.size(), std::size_t(1));
        // A layer that would draw nothing says why: no faction Frontline knows, or coordinates
        // off the globe (metres in a layer that claims degrees, a stray 1e308).
        const QString unknown = write(
            QStringLiteral("unknown.geojson"),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"faction":"Blue Team"},)"
            R"("geometry":{"type":"Polygon","coordinates":[[[40,34],[41,34],[41,35],[40,35],[40,34]]]}}]})");
        QVERIFY(!readControlLayer(unknown, FactionCatalog::builtIn(), zones, &error));
        QVERIFY2(error.contains(QLatin1String("names a faction")), qPrintable(error));
        const QString metres = write(
            QStringLiteral("metres.geojson"),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"faction":"is"},)"
            R"("geometry":{"type":"Polygon","coordinates":[[[4452779,4028802],[4564099,4028802],)"
            R"([4564099,4163881],[4452779,4028802]]]}},{"type":"Feature","properties":{"faction":"is"},)"
            R"("geometry":{"type":"Polygon","coordinates":[[[40,34],[1e308,34],[41,35],[40,34]]]}}]})");
        QVERIFY(!readControlLayer(metres, FactionCatalog::builtIn(), zones, &error));
        QVERIFY2(error.contains(QLatin1String("2 lie outside the world")), qPrintable(error));
        QCOMPARE(zones.size(), std::size_t(1));
    }
    void snapshotsInEveryFormatAndNoPartialFiles()
    {
        Basemap basemap;
        QString error;
        QVERIFY(basemap.load(geodataPath(QStringLiteral("basemap.gpkg")), &error));
        const MapRenderer renderer(basemap);
        SnapshotPicture picture;
        picture.frame.viewport = MapViewport(QSize(400, 300), QPointF(0.6, 0.35), 4);
        picture.frame.title = QStringLiteral("Test");
        QTemporaryDir dir;
        for (const char *name : {"m.png", "m.jpg", "m.svg", "m.pdf"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QVERIFY2(exportSnapshot(path, renderer, picture, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QCOMPARE(QImage(dir.filePath(QStringLiteral("m.png"))).size(), QSize(400, 300));
        QVERIFY(QFile(dir.filePath(QStringLiteral("m.svg"))).open(QIODevice::ReadOnly));
        // An unwritable destination reports an error and leaves nothing behind.
        QVERIFY(!exportSnapshot(dir.filePath(QStringLiteral("missing/m.png")), renderer, picture,
                                &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!exportSnapshot(dir.filePath(QStringLiteral("m.bmpx")), renderer, picture, &error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("m.bmpx"))));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // fonts for the snapshot test
    IoTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_io.moc"
