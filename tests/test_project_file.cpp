// The project file (*.frontline) without a window: written and read back whole, its edits made
// again; refused with one line when cut short, damaged or from a newer version; a save killed at
// any moment leaves the old project or the new one, whole; `export PROJECT` is its articles'.
#include "TestSupport.h"
#include "document/Document.h"
#include "document/EditArticleCommand.h"
#include "document/EditEventCommand.h"
#include "document/MovePlaceCommand.h"
#include "document/SplitEventCommand.h"
#include "events/EventExtractor.h"
#include "events/FactionCatalog.h"
#include "geoparse/Geoparser.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "io/ProjectFile.h"
#include "text/ArticleReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace frontline;

namespace {

constexpr int kProgramPatienceMs = 120000;

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runProgram(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(test::frontlineProgram(), args);
    process.waitForFinished(kProgramPatienceMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardError()};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Sets a key of the project's own table, as a file written by another version might have it.
bool setProjectKey(const QString &path, const char *key, const QByteArray &value)
{
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!dataset)
        return false;
    const QByteArray sql =
        "UPDATE frontline_project SET value = '" + value + "' WHERE key = '" + key + "'";
    dataset->ExecuteSQL(sql.constData(), nullptr, nullptr);
    return true;
}

} // namespace

class ProjectFileTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Geodata> m_geodata;
    QString m_article;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_geodata = loadGeodata(GeodataParts::GazetteerOnly, &error);
        QVERIFY2(m_geodata, qPrintable(error));
        m_article = resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"));
        QVERIFY(QFile::exists(m_article));
    }

    // Written and read back: the articles as read, every edit with its author and time, where
    // the undo history stands, the days shown; made again on a new document, the edits give the
    // same places, events and undo history.
    void aProjectReadsBackAndItsEditsAreMadeAgain()
    {
        const FactionCatalog &catalog = FactionCatalog::builtIn();
        const Geoparser geoparser(*m_geodata->gazetteer);
        const EventExtractor extractor(catalog, *m_geodata->gazetteer);
        Document document;
        document.addArticle(readArticle(m_article).article, geoparser, &extractor);
        QVERIFY(!document.events().events.empty());
        const Place place = document.geoparse().places.front(); // as read, before it moves
        QUndoStack &undo = *document.undoStack();
        undo.push(new MovePlaceCommand(document, place.id, 49.5, 36.5));
        ArticleInfo info = document.articleInfo(0);
        info.title = QStringLiteral("Retitled");
        undo.push(new EditArticleCommand(document, 0, info));
        const QString eventId = document.events().events.front().id;
        EventCorrection correction = document.eventCorrection(eventId);
        correction.type = EventType::Shelling;
        undo.push(new EditEventCommand(document, {eventId}, correction));
        undo.push(new SplitEventCommand(document, eventId));
        undo.undo();
        ViewFilter filter;
        filter.from = QDate(2024, 1, 2);
        document.setViewFilter(filter);

        const QString path = m_dir.filePath(QStringLiteral("edits.frontline"));
        QString error;
        QVERIFY2(writeProject(path, projectStateOf(document), {}, catalog, &error),
                 qPrintable(error));
        std::optional<ProjectState> state = readProject(path, &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->articles.size(), std::size_t(1));
        QCOMPARE(state->articles.front().title, readArticle(m_article).article.title);
        QCOMPARE(state->articles.front().text, document.articles().front().text);
        QCOMPARE(state->edits.size(), std::size_t(4));
        QCOMPARE(state->undoIndex, 3);
        QCOMPARE(state->edits.front().stamp.author, loginName());
        QCOMPARE(state->viewFilter, filter);

        Document opened;
        QVERIFY2(restoreDocument(opened, std::move(*state), geoparser, &extractor, &error),
                 qPrintable(error));
        QCOMPARE(opened.articleInfo(0).title, QStringLiteral("Retitled"));
        QCOMPARE(opened.placeLocation(place.id).latitude, 49.5);
        QCOMPARE(opened.eventCorrection(eventId).type, EventType::Shelling);
        QVERIFY(!opened.isKeptApart(eventId));
        QCOMPARE(opened.undoStack()->count(), 4);
        QCOMPARE(opened.undoStack()->index(), 3);
        QVERIFY(opened.undoStack()->isClean());
        opened.undoStack()->setIndex(0); // back to the article as read
        QCOMPARE(opened.articleInfo(0).title, readArticle(m_article).article.title);
        QCOMPARE(opened.placeLocation(place.id).latitude, place.latitude);
    }

    // `export PROJECT` writes what `export ARTICLE` does; GIS tools read the project's layers.
    void aProjectExportsLikeItsArticles()
    {
        const QString project = m_dir.filePath(QStringLiteral("kharkiv.frontline"));
        QCOMPARE(runProgram({"export", m_article, "-o", project}).exitCode, 0);
        const QString fromProject = m_dir.filePath(QStringLiteral("from-project.geojson"));
        const QString fromArticle = m_dir.filePath(QStringLiteral("from-article.geojson"));
        QCOMPARE(runProgram({"export", project, "-o", fromProject}).exitCode, 0);
        QCOMPARE(runProgram({"export", m_article, "-o", fromArticle}).exitCode, 0);
        QVERIFY(!contents(fromArticle).isEmpty());
        QCOMPARE(contents(fromProject), contents(fromArticle));

        std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
            project.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
        QVERIFY(dataset);
        for (const char *layer : {"places", "events", "zones", "arrows", "frontline_articles"})
            QVERIFY2(dataset->GetLayerByName(layer), layer);
        QVERIFY(dataset->GetLayerByName("places")->GetFeatureCount() > 0);
    }

    // Cut short anywhere, or from a newer Frontline: refused, one line on stderr, exit 1.
    void aDamagedOrNewerProjectIsRefused()
    {
        const QString project = m_dir.filePath(QStringLiteral("whole.frontline"));
        QCOMPARE(runProgram({"export", m_article, "-o", project}).exitCode, 0);
        const QByteArray whole = contents(project);
        const QString out = m_dir.filePath(QStringLiteral("out.geojson"));
        constexpr int kCuts = 7;
        for (int cut = 1; cut <= kCuts; ++cut) {
            const QString damaged = m_dir.filePath(QStringLiteral("cut%1.frontline").arg(cut));
            QVERIFY(writeBytes(damaged, whole.left(whole.size() * cut / (kCuts + 1))));
            const Run refused = runProgram({"export", damaged, "-o", out});
            QCOMPARE(refused.exitCode, 1);
            QCOMPARE(refused.err.count('\n'), 1);
            QVERIFY2(refused.err.contains("damaged or cut short"), refused.err.constData());
        }
        const QString newer = m_dir.filePath(QStringLiteral("newer.frontline"));
        QVERIFY(writeBytes(newer, whole));
        QVERIFY(setProjectKey(newer, "format_version", "99"));
        const Run refused = runProgram({"export", newer, "-o", out});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.contains("newer Frontline (project format 99"),
                 refused.err.constData());
    }

    // A save killed with SIGKILL at moments spread over its run leaves the old project or the
    // new one, each whole: never a damaged one.
    void aSaveKilledAtAnyPointLeavesAWholeProject()
    {
        const QString project = m_dir.filePath(QStringLiteral("killed.frontline"));
        QCOMPARE(runProgram({"export", m_article, "-o", project}).exitCode, 0);
        QStringList many; // the new project: the example many times over
        for (int i = 0; i < 40; ++i)
            many << test::writeArticle(m_dir.path(), QStringLiteral("copy%1.txt").arg(i),
                                       contents(m_article));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runProgram(QStringList{"export"} + many + QStringList{"-o", project}).exitCode, 0);
        const qint64 saveMs = clock.elapsed();
        QCOMPARE(runProgram({"export", m_article, "-o", project}).exitCode, 0); // the old again

        constexpr int kMoments = 12;
        QSet<std::size_t> seen;
        for (int moment = 0; moment <= kMoments; ++moment) {
            QProcess saving;
            saving.start(test::frontlineProgram(),
                         QStringList{"export"} + many + QStringList{"-o", project});
            QVERIFY(saving.waitForStarted());
            QTest::qWait(int(saveMs * moment / kMoments));
            saving.kill();
            saving.waitForFinished();
            QString error;
            const std::optional<ProjectState> state = readProject(project, &error);
            QVERIFY2(state, qPrintable(error));
            QVERIFY(state->articles.size() == 1 ||
                    state->articles.size() == std::size_t(many.size()));
            seen << state->articles.size();
        }
        QVERIFY(seen.contains(1)); // killed early enough at least once
    }
};

QTEST_GUILESS_MAIN(ProjectFileTest)
#include "test_project_file.moc"
