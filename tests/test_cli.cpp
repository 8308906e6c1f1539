// The command-line contract of DESIGN.md, run as a user runs it: the real program, no display.
#include "TestSupport.h"
#include "io/DataPaths.h"
#include "map/MapStyle.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <unistd.h>

using namespace frontline;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args, const QString &configHome = {}, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!configHome.isEmpty())
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(test::frontlineProgram(), args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QStringList placeIds(const QByteArray &json)
{
    QStringList ids;
    for (const QJsonValue &p : QJsonDocument::fromJson(json).object()["places"].toArray())
        ids << p.toObject()["id"].toString();
    ids.sort();
    return ids;
}

// The standard output of a tool of poppler-utils on `file`; empty and `found` false when the
// tool is not installed.
QByteArray popplerOutput(const QString &tool, const QStringList &args, bool *found)
{
    *found = !QStandardPaths::findExecutable(tool).isEmpty();
    if (!*found)
        return {};
    QProcess process;
    process.start(tool, args);
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("frontline export"));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("frontline "));
    }
    void badUsageExitsTwoWithOneLine()
    {
        const QString article = writeFile(m_dir, QStringLiteral("a.txt"), "Fighting in Gao.");
        for (const QStringList &args :
             {QStringList{QStringLiteral("geoparse"), QStringLiteral("--frobnicate"), article},
              QStringList{QStringLiteral("geoparse")},
              QStringList{QStringLiteral("geoparse"), QStringLiteral("--format"),
                          QStringLiteral("xml"), article},
              QStringList{QStringLiteral("export"), article},
              QStringList{QStringLiteral("export"), article, QStringLiteral("-o"),
                          QStringLiteral("x.png"), QStringLiteral("--size"), QStringLiteral("big")},
              QStringList{QStringLiteral("export"), article, QStringLiteral("-o"),
                          QStringLiteral("x.png"), QStringLiteral("--bbox"),
                          QStringLiteral("10,5,1,2")},
              QStringList{QStringLiteral("export"), article, QStringLiteral("-o"),
                          QStringLiteral("x.png"), QStringLiteral("--bbox"),
                          QStringLiteral("nan,nan,nan,nan")},
              QStringList{QStringLiteral("export"), article, QStringLiteral("-o"),
                          QStringLiteral("x.docx")},
              QStringList{QStringLiteral("export"), article, QStringLiteral("-o"), m_dir.path()},
              QStringList{QStringLiteral("export"), article, QStringLiteral("-o"),
                          QStringLiteral("/dev/null")},
              QStringList{QStringLiteral("gazetteer"), QStringLiteral("frob")},
              QStringList{QStringLiteral("--frobnicate")},
              QStringList{QStringLiteral("geoprase"), article}}) { // a mistyped command
            const Run r = run(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY(r.out.isEmpty());
        }
    }
    void badInputExitsOneWithOneLine()
    {
        QByteArray binary(2048, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(i * 31);
        const QString binaryPath = writeFile(m_dir, QStringLiteral("b.txt"), binary);
        for (const QString &path : {binaryPath, m_dir.filePath(QStringLiteral("missing.txt"))}) {
            const Run r = run({QStringLiteral("geoparse"), path});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY(r.err.startsWith("frontline geoparse: "));
        }
    }
    void emptyArticleIsAnEmptyResult()
    {
        const Run r =
            run({QStringLiteral("geoparse"), writeFile(m_dir, QStringLiteral("e.txt"), "")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(placeIds(r.out).isEmpty());
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
    }
    void windowWithoutDisplayExplainsItself()
    {
        const Run r = run({writeFile(m_dir, QStringLiteral("w.txt"), "Gao.")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
    }
    void seedGeoparsesAndUtf16CopyAgrees()
    {
        const QString seed = test::seedArticlePath();
        if (seed.isEmpty())
            QSKIP(test::kNoSharedMessage);
        const Run utf8 = run({QStringLiteral("geoparse"), seed});
        QCOMPARE(utf8.exitCode, 0);
        QVERIFY(utf8.err.isEmpty());
        QVERIFY(placeIds(utf8.out).contains(QStringLiteral("geonames:174448"))); // Albu Kamal

        QFile file(seed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringEncoder encoder(QStringConverter::Utf16BE);
        const QByteArray utf16 = QByteArray("\xFE\xFF", 2) +
                                 QByteArray(encoder.encode(QString::fromUtf8(file.readAll())));
        const Run copy = run(
            {QStringLiteral("geoparse"), writeFile(m_dir, QStringLiteral("seed16.txt"), utf16)});
        QCOMPARE(copy.exitCode, 0);
        QCOMPARE(placeIds(copy.out), placeIds(utf8.out));
    }
    void gazetteerImportThenLookupAndGeoparse()
    {
        const QString config = m_dir.filePath(QStringLiteral("config"));
        const QString dump = writeFile(m_dir, QStringLiteral("SY.txt"),
                                       "9000001\tQaryat al-Mithal\tQaryat al-Mithal\tKaryet el "
                                       "Mithal\t34.1\t40.5\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t200\tAsia/"
                                       "Damascus\t2024-01-01\nbroken\n");
        const Run imported =
            run({QStringLiteral("gazetteer"), QStringLiteral("import"), dump}, config);
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.startsWith("imported 1 places"));
        QVERIFY(imported.out.contains("1 malformed"));
        QVERIFY(imported.err.isEmpty()); // no progress line when stderr is not a terminal
        const Run lookup = run({QStringLiteral("gazetteer"), QStringLiteral("lookup"),
                                QStringLiteral("Karyet el Mithal")},
                               config);
        QVERIFY(lookup.out.startsWith("geonames:9000001\t"));
        const Run geoparse =
            run({QStringLiteral("geoparse"),
                 writeFile(m_dir, QStringLiteral("q.txt"), "Clashes in Qaryat al-Mithal, Syria.")},
                config);
        QVERIFY(placeIds(geoparse.out).contains(QStringLiteral("geonames:9000001")));
        QCOMPARE(run({QStringLiteral("gazetteer"), QStringLiteral("import"),
                      m_dir.filePath(QStringLiteral("none.txt"))},
                     config)
                     .exitCode,
                 1);
    }
    void eventsCarryTheContractKeys()
    {
        const QString article = writeFile(m_dir, QStringLiteral("ev.txt"),
                                          "Date: 2024-02-11\n\nRussian forces launched an "
                                          "offensive toward Kupiansk from Svatove on Monday. "
                                          "Ukrainian troops still held Kupiansk, officials said.");
        const Run r = run({QStringLiteral("events"), article});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        for (const char *key :
             {"articles", "places", "mentions", "factions", "events", "control", "arrows"})
            QVERIFY2(root.contains(key), key);
        const QJsonObject event = root["events"].toArray().first().toObject();
        for (const char *key :
             {"id", "type", "trigger", "actors", "claimant", "target", "origin", "direction",
              "status", "time", "geo_precision", "article", "sentence", "confidence"})
            QVERIFY2(event.contains(key), key);
        const QJsonObject arrow = root["arrows"].toArray().first().toObject();
        for (const char *key :
             {"faction", "event", "path", "origin_inferred", "article", "sentence"})
            QVERIFY2(arrow.contains(key), key);
        const Run geojson = run({QStringLiteral("events"), article, QStringLiteral("--format"),
                                 QStringLiteral("geojson")});
        QCOMPARE(QJsonDocument::fromJson(geojson.out).object()["type"].toString(),
                 QStringLiteral("FeatureCollection"));
        QCOMPARE(run({QStringLiteral("events"), article, QStringLiteral("--format"),
                      QStringLiteral("csv")})
                     .exitCode,
                 0);
        // An event at an unlisted place the text puts nowhere known: a null geometry, not nan.
        const QString village =
            writeFile(m_dir, QStringLiteral("village.txt"),
                      "Shelling\n\nShells fell on the village of Tell Qarmoun.\n");
        const Run unplaced = run({QStringLiteral("events"), village, QStringLiteral("--format"),
                                  QStringLiteral("geojson")});
        const QJsonArray features =
            QJsonDocument::fromJson(unplaced.out).object()["features"].toArray();
        QVERIFY(!features.isEmpty());
        QVERIFY(features.first().toObject()["geometry"].isNull());
    }
    void brokenFactionFileWarnsAndUsesBuiltIns()
    {
        const QString config = m_dir.filePath(QStringLiteral("factions-config"));
        QDir().mkpath(config + QStringLiteral("/Frontline"));
        QFile factions(config + QStringLiteral("/Frontline/factions.json"));
        QVERIFY(factions.open(QIODevice::WriteOnly));
        factions.write("{\n  \"theatres\": [,]\n}\n");
        factions.close();
        const Run r = run({QStringLiteral("events"),
                           writeFile(m_dir, QStringLiteral("f.txt"), "IS seized Raqqa.")},
                          config);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("factions.json:2:"), r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object()["events"].toArray().size() >= 1);
    }
    void exportWritesFilesWithoutADisplay()
    {
        const QString article =
            writeFile(m_dir, QStringLiteral("x.txt"), "Shelling hit Kharkiv and Izium.");
        for (const char *name : {"out.png", "out.pdf", "out.svg", "out.geojson", "out.csv"}) {
            const QString out = m_dir.filePath(QString::fromLatin1(name));
            const Run r = run({QStringLiteral("export"), article, QStringLiteral("-o"), out,
                               QStringLiteral("--size"), QStringLiteral("640x400")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.err.isEmpty());
            QVERIFY(QFileInfo(out).size() > 100);
        }
    }
    // The timeline's days on the command line: events of other days leave the picture (the
    // legend's line for the range is test_event_table's); a day that does not read, or a range
    // that runs backwards, is bad usage.
    void exportFromToShowsOnlyThoseDays()
    {
        const QString early = writeFile(m_dir, QStringLiteral("early.txt"),
                                        "Early shelling\nDate: 2024-03-04\n\nRussian forces "
                                        "shelled Kupiansk on Monday, officials said.\n");
        const QString late = writeFile(m_dir, QStringLiteral("late.txt"),
                                       "Later strike\nDate: 2024-03-21\n\nRussian aircraft "
                                       "struck Izium on Thursday, officials said.\n");
        const auto exported = [&](const QString &name, const QStringList &days) {
            const QString out = m_dir.filePath(name);
            const Run r =
                run(QStringList{QStringLiteral("export"), early, late, QStringLiteral("-o"), out,
                                QStringLiteral("--size"), QStringLiteral("800x500")} +
                    days);
            return r.exitCode == 0 && r.err.isEmpty() ? QImage(out) : QImage();
        };
        const QImage all = exported(QStringLiteral("all.png"), {});
        const QImage march = exported(QStringLiteral("march.png"),
                                      {QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                                       QStringLiteral("--to"), QStringLiteral("2024-03-10")});
        QVERIFY(!all.isNull() && !march.isNull());
        QCOMPARE(march.size(), all.size());
        QVERIFY(march != all);
        QCOMPARE(exported(QStringLiteral("open.png"),
                          {QStringLiteral("--from"), QStringLiteral("2024-01-01")})
                     .size(),
                 all.size()); // one end alone is a range open at the other
        for (const QStringList &days :
             {QStringList{QStringLiteral("--from"), QStringLiteral("2024-02-30")},
              QStringList{QStringLiteral("--to"), QStringLiteral("yesterday")},
              QStringList{QStringLiteral("--from"), QStringLiteral("2024-03-21"),
                          QStringLiteral("--to"), QStringLiteral("2024-03-04")},
              QStringList{QStringLiteral("--from")}}) {
            const Run r = run(QStringList{QStringLiteral("export"), early, QStringLiteral("-o"),
                                          m_dir.filePath(QStringLiteral("bad.png"))} +
                              days);
            QVERIFY2(r.exitCode == 2, qPrintable(days.join(QLatin1Char(' '))));
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.contains("--from") || r.err.contains("--to"), r.err.constData());
            QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad.png"))));
        }
    }
    // Every export into a full and a nearly full disk: exit 1 with the reason, the file saved
    // before byte for byte as it was, no temporary file left behind.
    // The data opens in any GIS: GeoJSON with every kind told by `layer`, KML styled and timed,
    // a GeoPackage with a layer a kind and the factions; each reads back through GDAL.
    void dataExportsOpenAnywhere()
    {
        const QString article = resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"));
        const QString geojson = m_dir.filePath(QStringLiteral("data.geojson"));
        QCOMPARE(run({QStringLiteral("export"), article, QStringLiteral("-o"), geojson}).exitCode,
                 0);
        QFile file(geojson);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<QString> kinds;
        for (const QJsonValue feature :
             QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("features")].toArray())
            kinds << feature[QStringLiteral("properties")][QStringLiteral("layer")].toString();
        for (const char *kind : {"place", "mention", "event", "control", "zone", "arrow"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

        const QString kml = m_dir.filePath(QStringLiteral("data.kml"));
        QCOMPARE(run({QStringLiteral("export"), article, QStringLiteral("-o"), kml}).exitCode, 0);
        QFile kmlFile(kml);
        QVERIFY(kmlFile.open(QIODevice::ReadOnly));
        const QByteArray kmlText = kmlFile.readAll();
        QVERIFY(kmlText.contains("<Style>") && kmlText.contains("<LineStyle>"));
        QVERIFY(kmlText.contains("<TimeSpan>") || kmlText.contains("<TimeStamp>"));

        // A spreadsheet in ACLED's columns, or today's places with --what places.
        const QString csv = m_dir.filePath(QStringLiteral("events.csv"));
        QCOMPARE(run({QStringLiteral("export"), article, QStringLiteral("-o"), csv}).exitCode, 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray header = csvFile.readLine();
        for (const char *column : {"event_date", "event_type", "sub_event_type", "actor1",
                                   "latitude", "longitude", "geo_precision", "notes", "fatalities"})
            QVERIFY2(header.contains(column), column);
        QVERIFY(!csvFile.readLine().isEmpty());
        QCOMPARE(run({QStringLiteral("export"), article, QStringLiteral("-o"), csv,
                      QStringLiteral("--what"), QStringLiteral("places")})
                     .exitCode,
                 0);
        csvFile.close();
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readLine().startsWith("place,name,kind"));
        QCOMPARE(run({QStringLiteral("export"), article, QStringLiteral("-o"), csv,
                      QStringLiteral("--what"), QStringLiteral("people")})
                     .exitCode,
                 2);

        const QString gpkg = m_dir.filePath(QStringLiteral("data.gpkg"));
        QCOMPARE(run({QStringLiteral("export"), article, QStringLiteral("-o"), gpkg}).exitCode, 0);
        for (const QString &path : {geojson, kml, gpkg}) {
            QProcess ogrinfo;
            ogrinfo.start(QStringLiteral("ogrinfo"),
                          {QStringLiteral("-so"), QStringLiteral("-q"), path});
            QVERIFY(ogrinfo.waitForFinished(30000));
            QCOMPARE(ogrinfo.exitCode(), 0);
            const QByteArray layers = ogrinfo.readAllStandardOutput();
            if (path == gpkg)
                for (const char *layer : {"places", "mentions", "events", "control_claims", "zones",
                                          "arrows", "factions"})
                    QVERIFY2(layers.contains(layer), layer);
        }
    }
    // A feed: a folder read recursively, one JSON line an article in input order (each the
    // JSON of that article alone), the bad files said and skipped, paths from standard input.
    void aFeedStreamsOneLineAnArticle()
    {
        QTemporaryDir feed;
        constexpr int kGoodArticles = 100;
        const QStringList towns{QStringLiteral("Kharkiv"), QStringLiteral("Izium"),
                                QStringLiteral("Odesa"), QStringLiteral("Kherson")};
        for (int i = 0; i < kGoodArticles; ++i)
            writeFile(feed, QStringLiteral("%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                      QStringLiteral("Report %1\nAn air strike hit %2 on Monday, killing %1.\n")
                          .arg(i)
                          .arg(towns[i % towns.size()])
                          .toUtf8());
        writeFile(feed, QStringLiteral("binary.txt"), QByteArray("\x00\x01\x02binary", 9));
        // Unreadable: a file without leave to read it, or where root reads all, one whose
        // byte-order mark its bytes do not fit.
        const QString locked =
            writeFile(feed, QStringLiteral("locked.txt"), QByteArray("\xff\xfe\x00\xd8", 4));
        QFile::setPermissions(locked, QFileDevice::WriteOwner);

        const Run r = run({QStringLiteral("events"), feed.path(), QStringLiteral("--format"),
                           QStringLiteral("jsonl"), QStringLiteral("--jobs"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 2);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), kGoodArticles);
        for (int i : {0, 57, kGoodArticles - 1}) {
            const QString path =
                feed.filePath(QStringLiteral("%1.txt").arg(i, 3, 10, QLatin1Char('0')));
            const Run alone = run({QStringLiteral("events"), path});
            QCOMPARE(QJsonDocument::fromJson(lines[i]), QJsonDocument::fromJson(alone.out));
            // Each line names its file: a feed shared among processes is joined on it.
            QCOMPARE(QJsonDocument::fromJson(lines[i])["articles"][0]["source"].toString(), path);
        }

        const QByteArray list = (feed.filePath(QStringLiteral("003.txt")) + QLatin1Char('\n') +
                                 feed.filePath(QStringLiteral("001.txt")) + QLatin1Char('\n'))
                                    .toUtf8();
        const Run listed =
            run({QStringLiteral("geoparse"), QStringLiteral("--files-from"), QStringLiteral("-"),
                 QStringLiteral("--format"), QStringLiteral("jsonl")},
                {}, list);
        QCOMPARE(listed.exitCode, 0);
        const QList<QByteArray> listedLines = listed.out.trimmed().split('\n');
        QCOMPARE(listedLines.size(), 2);
        QVERIFY(listedLines[0].contains("Report 3") && listedLines[1].contains("Report 1"));
        QCOMPARE(run({QStringLiteral("events"), feed.path(), QStringLiteral("--jobs"),
                      QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(
            run({QStringLiteral("events"), feed.path(), QStringLiteral("--streaming")}).exitCode,
            2);
    }
    // SVG and PDF stay vector: place labels are text (<text> in the SVG, found by pdftotext
    // with the attribution in the PDF), and a snapshot without raster layers holds no image.
    void vectorSnapshotsKeepTextAsText()
    {
        const QString seed = test::seedArticlePath();
        if (seed.isEmpty())
            QSKIP("../shared/seed-article.txt is not beside the clone");
        const QString svg = m_dir.filePath(QStringLiteral("seed.svg"));
        const QString pdf = m_dir.filePath(QStringLiteral("seed.pdf"));
        for (const QString &out : {svg, pdf})
            QCOMPARE(run({QStringLiteral("export"), seed, QStringLiteral("-o"), out}).exitCode, 0);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        static const QRegularExpression placeText(
            QStringLiteral("<text[^>]*>\\s*Albu Kamal\\s*</text>"));
        const QString svgText = QString::fromUtf8(svgFile.readAll());
        QVERIFY(placeText.match(svgText).hasMatch());
        QVERIFY(!svgText.contains(QLatin1String("<image")));

        bool found = false;
        const QByteArray text =
            popplerOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &found);
        if (!found)
            QSKIP("pdftotext is not installed (Debian package poppler-utils)");
        for (const char *words : {"Albu Kamal", "Raqa", "Fallujah", "GeoNames", "Natural Earth"})
            QVERIFY2(text.contains(words), words);
        const QByteArray images =
            popplerOutput(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &found);
        QVERIFY(found);
        constexpr int kHeaderLines = 2; // pdfimages -list's column titles and rule
        QCOMPARE(images.trimmed().count('\n') + 1, kHeaderLines);
    }
    // --cite: the sentences behind the map as numbered notes (title, date, sentence), text in
    // the PDF and the SVG; numbered marks on the map in every format; bad usage for data.
    void citedSnapshotsNoteTheirSentencesAndNumberTheMap()
    {
        const QString article = writeFile(
            m_dir, QStringLiteral("cited.txt"),
            "Front report\nDate: 2024-03-04\n\nRussian artillery shelled Kupiansk on Monday. "
            "Ukrainian troops attacked Russian positions near Svatove on Monday.\n");
        const auto exportTo = [&](const QString &name, bool cite) {
            const QString out = m_dir.filePath(name);
            QStringList args{QStringLiteral("export"), article, QStringLiteral("-o"), out};
            if (cite)
                args << QStringLiteral("--cite");
            const Run r = run(args);
            return r.exitCode == 0 ? out : QString::fromUtf8(r.err);
        };
        const QString svg = exportTo(QStringLiteral("cited.svg"), true);
        QFile svgFile(svg);
        QVERIFY2(svgFile.open(QIODevice::ReadOnly), qPrintable(svg));
        static const QRegularExpression textElement(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        QStringList texts;
        for (const auto &match : textElement.globalMatch(QString::fromUtf8(svgFile.readAll())))
            texts << match.captured(1).trimmed();
        const QString svgText = texts.join(QLatin1Char(' '));
        for (const char *words : {"Sources", "Front report, 4 March 2024",
                                  "Russian artillery shelled Kupiansk on Monday.",
                                  "Ukrainian troops attacked Russian positions near Svatove"})
            QVERIFY2(svgText.contains(QLatin1String(words)), words);
        QVERIFY(texts.contains(QStringLiteral("1")) && texts.contains(QStringLiteral("2")));

        const QImage plain(exportTo(QStringLiteral("plain.png"), false));
        const QImage cited(exportTo(QStringLiteral("cited.png"), true));
        const QColor mark = MapStyle::standard().citationMark;
        const auto markPixels = [&](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == mark;
            return count;
        };
        // Two discs 15 pixels across: about 100 pixels each of the mark's colour once their
        // antialiased edges and their numbers are left out.
        constexpr int kTwoMarks = 2 * 60;
        QVERIFY2(markPixels(cited) > kTwoMarks, qPrintable(QString::number(markPixels(cited))));
        QCOMPARE(markPixels(plain), 0);

        const QString pdf = exportTo(QStringLiteral("cited.pdf"), true);
        bool found = false;
        const QByteArray text =
            popplerOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &found);
        if (!found)
            QSKIP("pdftotext is not installed (Debian package poppler-utils)");
        const QString pdfText = QString::fromUtf8(text).simplified();
        for (const char *words : {"Sources", "Front report, 4 March 2024",
                                  "1 Russian artillery shelled Kupiansk on Monday.",
                                  "2 Ukrainian troops attacked Russian positions near Svatove"})
            QVERIFY2(pdfText.contains(QLatin1String(words)), words);

        const Run data =
            run({QStringLiteral("export"), article, QStringLiteral("-o"),
                 m_dir.filePath(QStringLiteral("cited.geojson")), QStringLiteral("--cite")});
        QCOMPARE(data.exitCode, 2);
        QCOMPARE(data.err.count('\n'), 1);
        QVERIFY2(data.err.contains("--cite"), data.err.constData());
    }
    // --preset sets the size and resolution; --size beside it wins; an unknown name is bad usage.
    void exportPresetsSetSizeAndResolution()
    {
        const QString article =
            writeFile(m_dir, QStringLiteral("p.txt"), "Shelling hit Kharkiv and Izium.");
        const auto exportedSize = [&](const QStringList &options) {
            const QString out = m_dir.filePath(QStringLiteral("preset.png"));
            QFile::remove(out);
            const Run r =
                run(QStringList{QStringLiteral("export"), article, QStringLiteral("-o"), out} +
                    options);
            return r.exitCode == 0 ? QImage(out).size() : QSize();
        };
        QCOMPARE(exportedSize({QStringLiteral("--preset"), QStringLiteral("1920x1080")}),
                 QSize(1920, 1080));
        QCOMPARE(exportedSize({QStringLiteral("--preset"), QStringLiteral("a4")}),
                 QSize(3508, 2480));
        QCOMPARE(exportedSize({QStringLiteral("--preset"), QStringLiteral("4k"),
                               QStringLiteral("--size"), QStringLiteral("800x500")}),
                 QSize(800, 500));
        const Run bad = run({QStringLiteral("export"), article, QStringLiteral("-o"),
                             m_dir.filePath(QStringLiteral("bad.png")), QStringLiteral("--preset"),
                             QStringLiteral("letter")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY2(bad.err.contains("--preset"), bad.err.constData());
    }
    // A sensitive snapshot: every point of the data on a 10 km grid; other grids refused.
    void coarsenedExportsSayNoMoreThanTheGrid()
    {
        const QString article = resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"));
        const QString geojson = m_dir.filePath(QStringLiteral("coarse.geojson"));
        QCOMPARE(run({QStringLiteral("export"), article, QStringLiteral("-o"), geojson,
                      QStringLiteral("--coarsen"), QStringLiteral("10")})
                     .exitCode,
                 0);
        QFile file(geojson);
        QVERIFY(file.open(QIODevice::ReadOnly));
        constexpr double kRowDegrees = 10 / 111.2;
        int points = 0;
        for (const QJsonValue feature : QJsonDocument::fromJson(file.readAll())
                                            .object()[QStringLiteral("features")]
                                            .toArray()) {
            const QJsonObject geometry = feature[QStringLiteral("geometry")].toObject();
            if (geometry[QStringLiteral("type")].toString() != QLatin1String("Point"))
                continue;
            const double rows =
                geometry[QStringLiteral("coordinates")].toArray()[1].toDouble() / kRowDegrees;
            QVERIFY2(std::abs(rows - std::round(rows)) < 1e-6, qPrintable(QString::number(rows)));
            ++points;
        }
        QVERIFY(points > 10);
        QCOMPARE(run({QStringLiteral("export"), article, QStringLiteral("-o"), geojson,
                      QStringLiteral("--coarsen"), QStringLiteral("3")})
                     .exitCode,
                 2);
    }
    void exportsToAFullDiskFailCleanly()
    {
        constexpr int kDiskKilobytes = 256;
        const test::TinyDisk disk(kDiskKilobytes);
        if (!disk.mounted())
            QSKIP(test::kNoTinyDiskMessage);
        const QString article = writeFile(
            m_dir, QStringLiteral("full.txt"),
            QByteArray("Shelling hit Kharkiv, Izium, Kupiansk and Lyman; troops advanced on "
                       "Svatove.\n")
                .repeated(40));
        constexpr int kNearlyFullBytes = 8192; // two pages of room: less than any export writes
        for (const int roomLeft : {0, kNearlyFullBytes})
            for (const char *name : {"map.png", "map.jpg", "map.svg", "map.pdf", "places.geojson",
                                     "places.csv", "data.kml", "data.gpkg"}) {
                const QString out = disk.filePath(QString::fromLatin1(name));
                const QByteArray before = QByteArray("saved before: ") + name;
                test::writeArticle(disk.path(), QString::fromLatin1(name), before);
                disk.fillLeaving(roomLeft);
                const Run r = run({QStringLiteral("export"), article, QStringLiteral("-o"), out});
                QVERIFY2(r.exitCode == 1, name);
                QVERIFY2(r.err.contains("no space left"), r.err.constData());
                QCOMPARE(r.err.count('\n'), 1);
                QFile saved(out);
                QVERIFY(saved.open(QIODevice::ReadOnly));
                QCOMPARE(saved.readAll(), before);
                QVERIFY(QDir(disk.path())
                            .entryList({QStringLiteral(".frontline-*")}, QDir::Files | QDir::Hidden)
                            .isEmpty());
                disk.emptyFiller();
            }
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"
