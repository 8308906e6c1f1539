// The catalogue of hostile inputs (issue 13): each case runs the real program as a user runs
// it, on inputs made here at run time, and checks its exit code, its message (one line on
// stderr naming the file and the cause in words, never a library's own text) and its peak
// memory. The table of every case is printed at the end.
#include "HostileFiles.h"
#include "TestSupport.h"
#include "gazetteer/GazetteerFormat.h"
#include "geo/GdalSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/stat.h>
#include <vector>

using namespace frontline;
using namespace frontline::test; // the hostile files

namespace {

constexpr int kTimeoutMs = 60000;              // a case that runs longer hangs
constexpr double kPeakLimitMegabytes = 1024.0; // generous: the program maps ~140 MB of data
constexpr const char *kLibraryWords[] = {
    "TIFFRead",        "TIFFFetch", "Cannot read TIFF", "ERROR ", "Error in fread", "Unknown error",
    "parsing aborted", "CPLE_",     "QIODevice"}; // what GDAL, libtiff, expat and Qt say themselves

struct Expected
{
    int exitCode = 0;
    QStringList said; // words stderr must hold (the file's name among them)
    int lines = 1;    // lines on stderr
};

struct Row
{
    QString name;
    test::MeasuredRun run;
};

const QByteArray kSquare = "[38,35],[39,35],[39,36],[38,36],[38,35]";
constexpr int kGrey = 77; // the GeoTIFFs' one value

int fileType(const QString &path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & S_IFMT)
                                                                    : 0;
}

} // namespace

class CatalogueTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_article;
    std::vector<Row> m_rows;
    int m_outputs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ensureGdalReady();
        QDir().mkpath(m_dir.filePath(QStringLiteral("config")));
        m_article = write(QStringLiteral("article.txt"),
                          "Fighting in Syria\n\nShelling hit Aleppo and Raqqa on Monday.\n");
        // What any child costs before it does anything: the floor of the figures below.
        m_rows.push_back({QStringLiteral("(floor: /bin/true, forked from this test)"),
                          test::runMeasured(QStringLiteral("/bin/true"), {}, {}, kTimeoutMs)});
    }

    // Layers (export --layer): the file GDAL is handed is the hostile part.
    void intactLayersAreDrawn() // the control: the files the cases below damage, whole
    {
        const QString shp = writeShapefile(QStringLiteral("whole"), test::Units::Degrees, true);
        expect(measure(QStringLiteral("(control: the shapefile below, whole)"),
                       {QStringLiteral("export"), m_article, QStringLiteral("-o"),
                        outputPath(QStringLiteral("png")), QStringLiteral("--layer"), shp}),
               {0, {}, 0});
        const QString tiff = writeGeoTiff(QStringLiteral("whole.tif"));
        const QString out = outputPath(QStringLiteral("png"));
        expect(measure(QStringLiteral("(control: the GeoTIFF below, whole)"),
                       {QStringLiteral("export"), m_article, QStringLiteral("-o"), out,
                        QStringLiteral("--bbox"), QStringLiteral("38,35,39,36"),
                        QStringLiteral("--layer"), tiff}),
               {0, {}, 0});
        const QImage image(out); // the raster fills the middle of the map
        QCOMPARE(image.pixelColor(image.rect().center()), QColor(kGrey, kGrey, kGrey));
    }
    void xmlExternalEntityInKml()
    {
        // Were the entity read, the polygon would name Islamic State and be drawn.
        const QString secret = write(QStringLiteral("secret.txt"), "IS");
        const QString kml = write(QStringLiteral("xxe.kml"),
                                  kmlPlacemark("<!DOCTYPE kml [ <!ENTITY xxe SYSTEM \"file://" +
                                                   secret.toUtf8() + "\"> ]>\n",
                                               "&xxe;"));
        expectLayerRefused(QStringLiteral("XML external entity in a KML"), kml,
                           {QStringLiteral("XML entities")});
    }
    void entityExpansionInKml()
    {
        QByteArray entities = "<!DOCTYPE kml [\n <!ENTITY a \"" + QByteArray(64, 'a') + "\">\n";
        for (char level = 'b'; level <= 'h'; ++level)
            entities += " <!ENTITY " + QByteArray(1, level) + " \"" +
                        ("&" + QByteArray(1, char(level - 1)) + ";").repeated(16) + "\">\n";
        const QString kml =
            write(QStringLiteral("laughs.kml"), kmlPlacemark(entities + "]>\n", "&h;"));
        expectLayerRefused(QStringLiteral("KML of nested entities (a billion laughs)"), kml,
                           {QStringLiteral("XML entities")});
    }
    void kmzBomb()
    {
        // A gigabyte of spaces between the coordinates of a square naming Islamic State.
        const QByteArray kml = kmlPlacemark({}, "IS");
        const qsizetype cut = kml.indexOf("</coordinates>");
        const QByteArray bomb =
            zipBomb(kml.left(cut), QByteArray(1 << 20, ' '), 1024, kml.mid(cut));
        QVERIFY2(!bomb.isEmpty(), "zlib did not deflate a chunk the same way twice");
        const QString kmz = write(QStringLiteral("bomb.kmz"), bomb);
        expectLayerRefused(
            QStringLiteral("KMZ bomb (%1 KB unpacking to 1 GB)").arg(bomb.size() / 1024), kmz,
            {QStringLiteral("unpacks to 1024 MB"), QStringLiteral("zip bomb")});
    }
    void millionVertexPolygon()
    {
        const QString layer = write(QStringLiteral("million.geojson"),
                                    featureCollection({polygonFeature("IS", wavyRing(1000000))}));
        const QString out = outputPath(QStringLiteral("png"));
        const test::MeasuredRun run =
            measure(QStringLiteral("polygon of 1,000,000 vertices (22 MB GeoJSON)"),
                    {QStringLiteral("export"), m_article, QStringLiteral("-o"), out,
                     QStringLiteral("--layer"), layer});
        expect(run, {0, {}, 0});
        QVERIFY(QFileInfo(out).size() > 1000);
    }
    void shapefileWithoutItsDbf()
    {
        const QString shp = writeShapefile(QStringLiteral("nodbf"), test::Units::Degrees, true);
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("nodbf.dbf"))));
        expectLayerRefused(QStringLiteral("shapefile without its .dbf"), shp,
                           {QStringLiteral(".dbf) is missing")});
    }
    void shapefileWithoutItsShx()
    {
        const QString shp = writeShapefile(QStringLiteral("noshx"), test::Units::Degrees, true);
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("noshx.shx"))));
        expectLayerRefused(QStringLiteral("shapefile without its .shx"), shp,
                           {QStringLiteral(".shx) is missing")});
    }
    void truncatedShapefile()
    {
        const QString shp = writeShapefile(QStringLiteral("cut"), test::Units::Degrees, true);
        QVERIFY(QFile::resize(shp, 120)); // its 100-byte header and the start of a record
        expectLayerRefused(QStringLiteral("truncated .shp"), shp,
                           {QStringLiteral("damaged or cut short")});
    }
    void truncatedGeoTiff()
    {
        const QString pixels = writeGeoTiff(QStringLiteral("cut-pixels.tif"));
        QVERIFY(QFile::resize(pixels, QFileInfo(pixels).size() / 2));
        expectLayerRefused(QStringLiteral("GeoTIFF cut in half"), pixels,
                           {QStringLiteral("damaged or cut short")});
        const QString header = writeGeoTiff(QStringLiteral("cut-header.tif"));
        QVERIFY(QFile::resize(header, 100));
        expectLayerRefused(QStringLiteral("GeoTIFF cut in its header"), header,
                           {QStringLiteral("damaged or cut short")});
    }
    void metresWithoutCoordinateSystem()
    {
        const QString geojson =
            write(QStringLiteral("metres.geojson"),
                  featureCollection({polygonFeature("IS", "[500000,3900000],[600000,3900000],"
                                                          "[600000,4000000],[500000,3900000]")}));
        expectLayerRefused(QStringLiteral("layer in metres, no CRS (GeoJSON: read as degrees)"),
                           geojson, {QStringLiteral("outside the world")});
        const QString shp = writeShapefile(QStringLiteral("metres"), test::Units::Metres, false);
        expectLayerRefused(QStringLiteral("layer in metres, no .prj (Shapefile)"), shp,
                           {QStringLiteral("no coordinate system")});
    }
    void layerNamingNoKnownFaction()
    {
        const QString geojson = write(QStringLiteral("nobody.geojson"),
                                      featureCollection({polygonFeature("Blue Team", kSquare)}));
        expectLayerRefused(QStringLiteral("layer naming no known faction"), geojson,
                           {QStringLiteral("names a faction")});
    }
    void notFiniteCoordinates()
    {
        // One square to draw, one with a NaN vertex and one reaching 1e308: both left out, and
        // said.
        const QString geojson = write(
            QStringLiteral("nan.geojson"),
            featureCollection({polygonFeature("IS", kSquare),
                               polygonFeature("IS", "[38,35],[NaN,35],[39,36],[38,35]"),
                               polygonFeature("IS", "[38,35],[1e308,35],[39,-1e308],[38,35]")}));
        const QString out = outputPath(QStringLiteral("png"));
        const test::MeasuredRun run =
            measure(QStringLiteral("layer with NaN and 1e308 coordinates"),
                    {QStringLiteral("export"), m_article, QStringLiteral("-o"), out,
                     QStringLiteral("--layer"), geojson});
        expect(run, {0,
                     {geojson, QStringLiteral("warning"), QStringLiteral("2 left out"),
                      QStringLiteral("not numbers"), QStringLiteral("outside the world")}});
        QVERIFY(QFileInfo::exists(out));
    }

    // Articles.
    void binaryArticle()
    {
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 131) ^ (i >> 3));
        const QString path = write(QStringLiteral("binary.txt"), bytes);
        expect(measure(QStringLiteral("binary article"), {QStringLiteral("geoparse"), path}),
               {1, {path, QStringLiteral("binary")}});
    }
    void undecodableArticle()
    {
        const QString utf8 =
            write(QStringLiteral("bad-utf8.txt"), "\xEF\xBB\xBF"
                                                  "Clashes in Homs \xFF\xFE and Hama.");
        expect(measure(QStringLiteral("undecodable article (UTF-8 mark, bytes that are not)"),
                       {QStringLiteral("geoparse"), utf8}),
               {1, {utf8, QStringLiteral("not valid UTF-8")}});
        const QString utf16 = write(QStringLiteral("bad-utf16.txt"),
                                    QByteArray("\xFF\xFEH\x00o\x00\x00\xD8m\x00s\x00", 12));
        expect(measure(QStringLiteral("undecodable article (UTF-16, an unpaired surrogate)"),
                       {QStringLiteral("geoparse"), utf16}),
               {1, {utf16, QStringLiteral("not valid UTF-16LE")}});
    }
    void emptyArticle()
    {
        const QString path = write(QStringLiteral("empty.txt"), {});
        const test::MeasuredRun run =
            measure(QStringLiteral("empty article"), {QStringLiteral("geoparse"), path});
        expect(run, {0, {path, QStringLiteral("empty")}});
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QVERIFY(result[QStringLiteral("articles")].isArray());
        QVERIFY(result[QStringLiteral("places")].toArray().isEmpty());
    }
    void articleTooLarge()
    {
        const QString path = write(QStringLiteral("huge.txt"), "Aleppo ");
        QVERIFY(QFile::resize(path, qint64(3) << 30)); // sparse: no disk is filled
        expect(measure(QStringLiteral("article of 3 GB"), {QStringLiteral("geoparse"), path}),
               {1, {path, QStringLiteral("too large")}});
    }
    void deeplyNestedHtml()
    {
        const QString path =
            write(QStringLiteral("nested.html"),
                  "<html><body>" + QByteArray("<div>").repeated(100000) + "Shelling hit Aleppo." +
                      QByteArray("</div>").repeated(100000) + "</body></html>");
        expect(measure(QStringLiteral("100,000 nested <div> (1.1 MB HTML)"),
                       {QStringLiteral("geoparse"), path}),
               {0, {}, 0});
    }
    void oneCapitalisedWordRepeated()
    {
        const QString path = write(QStringLiteral("aleppo.txt"),
                                   "Aleppo\n\n" + QByteArray("Aleppo ").repeated(150000));
        expect(measure(QStringLiteral("one capitalised word repeated (1 MB)"),
                       {QStringLiteral("geoparse"), path}),
               {0, {}, 0});
    }

    // Where the result goes, and how the program is asked.
    void outputIsAPipe()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.png"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        expect(measure(QStringLiteral("-o a FIFO"),
                       {QStringLiteral("export"), m_article, QStringLiteral("-o"), fifo}),
               {1, {fifo, QStringLiteral("not a regular file")}});
        QCOMPARE(fileType(fifo), int(S_IFIFO));
    }
    void outputIsALinkToADevice()
    {
        const QString link = m_dir.filePath(QStringLiteral("null.png"));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), link));
        expect(measure(QStringLiteral("-o a symlink to /dev/null"),
                       {QStringLiteral("export"), m_article, QStringLiteral("-o"), link}),
               {1, {link, QStringLiteral("not a regular file")}});
        QCOMPARE(fileType(link), int(S_IFLNK));
        QCOMPARE(QFileInfo(link).symLinkTarget(), QStringLiteral("/dev/null"));
        QCOMPARE(fileType(QStringLiteral("/dev/null")), int(S_IFCHR));
    }
    void unknownSubcommand()
    {
        expect(measure(QStringLiteral("unknown subcommand (geoprase)"),
                       {QStringLiteral("geoprase"), m_article}),
               {2, {QStringLiteral("geoprase"), QStringLiteral("unknown command")}});
    }
    void notANumberBoundingBox()
    {
        const QString out = outputPath(QStringLiteral("png"));
        expect(measure(QStringLiteral("--bbox nan,nan,nan,nan"),
                       {QStringLiteral("export"), m_article, QStringLiteral("-o"), out,
                        QStringLiteral("--bbox"), QStringLiteral("nan,nan,nan,nan")}),
               {2, {QStringLiteral("--bbox")}});
        QVERIFY(!QFileInfo::exists(out));
    }

    // The analyst's own gazetteer, damaged on disk (header intact, the rest zeroed).
    void damagedUserGazetteer()
    {
        const QString config = m_dir.filePath(QStringLiteral("damaged-config"));
        const QString index = damagedUserGazetteerIn(config);
        QVERIFY(!index.isEmpty());
        const QString seed = test::seedArticlePath();
        const test::MeasuredRun run = measure(
            QStringLiteral("damaged user gazetteer (geoparse of %1)")
                .arg(seed.isEmpty() ? QStringLiteral("an article") : QStringLiteral("the seed")),
            {QStringLiteral("geoparse"), seed.isEmpty() ? m_article : seed}, config);
        expect(run, {0,
                     {index, QStringLiteral("warning"), QStringLiteral("damaged"),
                      QStringLiteral("set aside")}});
        QVERIFY(!QJsonDocument::fromJson(run.out)
                     .object()[QStringLiteral("places")]
                     .toArray()
                     .isEmpty());
        QVERIFY(QFileInfo::exists(index + QStringLiteral(".damaged")));
    }

    void cleanupTestCase() { printTable(); }

private:
    enum class Units
    {
        Degrees,
        Metres
    };

    QString write(const QString &name, const QByteArray &bytes) const
    {
        return test::writeArticle(m_dir.path(), name, bytes);
    }
    QString outputPath(const QString &suffix)
    {
        return m_dir.filePath(QStringLiteral("out-%1.%2").arg(++m_outputs).arg(suffix));
    }
    // The children's environment: no display, and settings and gazetteer of their own.
    QStringList environment(const QString &configHome = {}) const
    {
        return {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                QStringLiteral("QT_QPA_PLATFORM"),
                QStringLiteral("XDG_CONFIG_HOME=") +
                    (configHome.isEmpty() ? m_dir.filePath(QStringLiteral("config")) : configHome),
                QStringLiteral("XDG_CACHE_HOME=") + m_dir.filePath(QStringLiteral("cache"))};
    }

    test::MeasuredRun measure(const QString &name, const QStringList &args,
                              const QString &configHome = {})
    {
        m_rows.push_back({name, test::runMeasured(test::frontlineProgram(), args,
                                                  environment(configHome), kTimeoutMs)});
        return m_rows.back().run;
    }

    // An export of the article with `layer`: refused, one line naming the layer, no file.
    void expectLayerRefused(const QString &name, const QString &layer, const QStringList &said)
    {
        const QString out = outputPath(QStringLiteral("png"));
        expect(measure(name, {QStringLiteral("export"), m_article, QStringLiteral("-o"), out,
                              QStringLiteral("--layer"), layer}),
               {1, QStringList{layer} + said});
        QVERIFY2(!QFileInfo::exists(out), "a refused export wrote its file");
    }

    static void expect(const test::MeasuredRun &run, const Expected &expected)
    {
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(!run.timedOut, "it did not end within the time limit: a hang");
        QVERIFY2(run.signal == 0,
                 qPrintable(QStringLiteral("it died of signal %1").arg(run.signal)));
        QVERIFY2(run.exitCode == expected.exitCode,
                 qPrintable(QStringLiteral("exit %1; stderr: %2").arg(run.exitCode).arg(err)));
        QVERIFY2(run.err.count('\n') == expected.lines,
                 qPrintable(QStringLiteral("stderr: ") + err));
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(QLatin1String("frontline")), qPrintable(line));
        for (const QString &words : expected.said)
            QVERIFY2(err.contains(words),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(words, err)));
        for (const char *words : kLibraryWords)
            QVERIFY2(!run.err.contains(words),
                     qPrintable(QStringLiteral("a library's words: ") + err));
        QVERIFY2(run.peakMegabytes < kPeakLimitMegabytes,
                 qPrintable(QStringLiteral("peak %1 MB").arg(run.peakMegabytes)));
    }

    // A user gazetteer imported by the program into `config`, then damaged as a disk that lost
    // it would: its header intact, the rest zeroed. Its path; empty when it could not be made.
    QString damagedUserGazetteerIn(const QString &config) const
    {
        const QString dump = write(QStringLiteral("SY.txt"),
                                   "9000001\tQaryat al-Mithal\tQaryat al-Mithal\t\t34.1\t40.5\tP\t"
                                   "PPL\tSY\t\t07\t\t\t\t0\t\t200\tAsia/Damascus\t2024-01-01\n");
        const test::MeasuredRun imported = test::runMeasured(
            test::frontlineProgram(), {QStringLiteral("gazetteer"), QStringLiteral("import"), dump},
            environment(config), kTimeoutMs);
        const QString index = config + QStringLiteral("/Frontline/user-gazetteer.idx");
        QFile file(index);
        const qint64 header = sizeof(gazetteer_format::FileHeader);
        if (imported.exitCode != 0 || !file.open(QIODevice::ReadWrite) || !file.seek(header) ||
            file.write(QByteArray(file.size() - header, '\0')) != file.size() - header)
            return {};
        return index;
    }

    QString writeShapefile(const QString &stem, test::Units units, bool withCrs) const
    {
        const QString path = m_dir.filePath(stem + QStringLiteral(".shp"));
        return test::writeShapefile(path, units, withCrs) ? path : QString();
    }
    QString writeGeoTiff(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        return test::writeGeoTiff(path, kGrey) ? path : QString();
    }

    void printTable() const
    {
        const QString folder = m_dir.path() + QLatin1Char('/');
        std::printf("\n| case | exit | peak MB | s | message |\n| --- | --- | --- | --- | --- |\n");
        for (const Row &row : m_rows) {
            const test::MeasuredRun &run = row.run;
            const QString exit = run.timedOut      ? QStringLiteral("hang")
                                 : run.signal != 0 ? QStringLiteral("signal %1").arg(run.signal)
                                                   : QString::number(run.exitCode);
            QString message = QString::fromUtf8(run.err).section(QLatin1Char('\n'), 0, 0);
            message.replace(folder, QString());
            std::printf("| %s | %s | %.0f | %.2f | %s |\n", qPrintable(row.name), qPrintable(exit),
                        run.peakMegabytes, run.seconds, qPrintable(message));
        }
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(CatalogueTest)
#include "test_catalogue.moc"
