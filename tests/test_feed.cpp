// A feed through the formats that stream, run as a user runs it (the real program, two
// threads, batches of articles): its CSV and GeoJSON say what the whole document written at
// once says, and a geoparse's CSV what each article read alone says.
#include "TestSupport.h"
#include "events/ArticlesRead.h"
#include "events/EventExtractor.h"
#include "events/FactionCatalog.h"
#include "geoparse/Geoparser.h"
#include "io/EventsWriter.h"
#include "io/GazetteerFiles.h"
#include "io/GeoparseWriter.h"
#include "text/ArticleReader.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace frontline;

namespace {

// More than one batch of articles on two threads (ArticleStream.cpp: 16 a thread).
constexpr int kShortArticles = 40;
const QStringList kTowns{QStringLiteral("Kharkiv"), QStringLiteral("Izium"),
                         QStringLiteral("Odesa"), QStringLiteral("Kherson"),
                         QStringLiteral("Mykolaiv")};

// Acts, claims and arrows: an offensive with an objective, a capture, shelling with a toll.
QByteArray shortArticle(int i)
{
    const QString town = kTowns[i % kTowns.size()];
    const QString next = kTowns[(i + 1) % kTowns.size()];
    return QStringLiteral("Report %1\nDate: 2024-10-%2\n\nUkrainian forces launched an offensive "
                          "to capture %3 on Monday. Russian troops captured %4 after shelling it, "
                          "killing %1 civilians.\n")
        .arg(i)
        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
        .arg(town, next)
        .toUtf8();
}

struct Output
{
    int exitCode = -1;
    QByteArray out;
};

Output runFeed(const QStringList &args, const QStringList &files)
{
    QProcess process;
    process.start(test::frontlineProgram(),
                  args + QStringList{QStringLiteral("--files-from"), QStringLiteral("-"),
                                     QStringLiteral("--jobs"), QStringLiteral("2")});
    process.write((files.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput()};
}

} // namespace

class FeedTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_feed;
    QStringList m_files; // in input order, an unreadable one among them
    std::shared_ptr<Gazetteer> m_gazetteer;
    FactionCatalog m_catalog;

    // The readable articles in input order, numbered among themselves.
    std::vector<Article> readableArticles() const
    {
        std::vector<Article> articles;
        for (const QString &path : m_files)
            if (ArticleReadResult read = readArticle(path); read.ok())
                articles.push_back(std::move(read.article));
        return articles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error, warning;
        m_gazetteer = openGazetteer(&error, &warning);
        QVERIFY2(m_gazetteer, qPrintable(error));
        m_catalog = FactionCatalog::load(&warning);
        const QDir examples(test::sourcePath(QStringLiteral("resources/examples")));
        // The examples twice over, so that articles name the same places.
        for (int copy = 0; copy < 2; ++copy)
            for (const QString &name : examples.entryList({QStringLiteral("*.txt")})) {
                QFile file(examples.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                m_files << test::writeArticle(
                    m_feed.path(), QStringLiteral("%1-%2").arg(copy).arg(name), file.readAll());
            }
        for (int i = 0; i < kShortArticles; ++i) {
            m_files << test::writeArticle(m_feed.path(), QStringLiteral("short-%1.txt").arg(i),
                                          shortArticle(i));
            if (i == kShortArticles / 2) // unreadable: the articles after it number one less
                m_files << test::writeArticle(m_feed.path(), QStringLiteral("binary.txt"),
                                              QByteArray("\x00\x01\x02binary", 9));
        }
        QVERIFY(!m_files.contains(QString()));
    }

    // The events CSV and GeoJSON, streamed, are the whole document's: the same rows and
    // features, the same ids, article numbers that skip the unreadable file.
    void eventsStreamAsTheWholeDocumentReads()
    {
        const Geoparser geoparser(*m_gazetteer);
        const EventExtractor extractor(m_catalog, *m_gazetteer);
        ArticlesRead whole;
        for (Article &article : readableArticles())
            whole.add(std::move(article), geoparser, &extractor);
        QVERIFY(!whole.findings().events.control.empty() &&
                !whole.findings().events.arrows.empty());
        for (const auto &[name, format] :
             {std::pair{"csv", DataFormat::Csv}, std::pair{"geojson", DataFormat::GeoJson}}) {
            const Output streamed =
                runFeed({QStringLiteral("events"), QStringLiteral("--format"), QLatin1String(name)},
                        m_files);
            QCOMPARE(streamed.exitCode, 1); // the unreadable file
            QCOMPARE(streamed.out, writeEvents(whole.findings(), m_catalog, format));
        }
    }

    // A geoparse's CSV describes each mention's place as its own article reads it (the whole
    // document's JSON describes a place once): each article's rows, read alone and numbered.
    void geoparseCsvStreamsEachArticleReadAlone()
    {
        const Geoparser geoparser(*m_gazetteer);
        QByteArray expected = geoparseCsvHeader();
        int number = 0;
        for (Article &article : readableArticles()) {
            ArticlesRead alone(number++);
            alone.add(std::move(article), geoparser, nullptr);
            appendGeoparseCsvRows(expected, alone.findings());
        }
        const Output streamed =
            runFeed({QStringLiteral("geoparse"), QStringLiteral("--format"), QStringLiteral("csv")},
                    m_files);
        QCOMPARE(streamed.exitCode, 1);
        QCOMPARE(streamed.out, expected);
    }
};

QTEST_GUILESS_MAIN(FeedTest)
#include "test_feed.moc"
