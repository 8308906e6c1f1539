// Projects in the window, on the offscreen platform: saved and opened again with the same map,
// edits and undo history; the question on close, answered with real clicks; the work of a
// session that ended without closing offered at the next start, and a damaged project's.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MapView.h"
#include "ProjectSession.h"
#include "SourcePanel.h"
#include "TestSupport.h"
#include "document/EditArticleCommand.h"
#include "document/EditEventCommand.h"
#include "document/SplitEventCommand.h"
#include "io/Geodata.h"
#include "io/RecoveryFiles.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace frontline;
using namespace frontline::test;

namespace {

// Two days on the Kharkiv front, written for this test; two articles report one air strike.
const char kFirstArticle[] = "Kupiansk shelled\nDate: 2024-03-04\n\n"
                             "Russian forces shelled Kupiansk on Monday, killing at least 4 "
                             "people, officials said.\n";
const char kSecondArticle[] = "Strike on Izium\nDate: 2024-03-12\n\n"
                              "Russian aircraft struck Izium on Tuesday, killing 2 civilians, the "
                              "governor said.\n";
const char kThirdArticle[] = "Izium again\nDate: 2024-03-12\n\n"
                             "An air strike by Russian aircraft hit Izium on Tuesday, the regional "
                             "governor said.\n";

constexpr int kCrashAutosaveSeconds = 1; // the crashing session autosaves at once

QStringList undoTexts(const QUndoStack &stack)
{
    QStringList texts;
    for (int i = 0; i < stack.count(); ++i)
        texts << stack.text(i);
    return texts;
}

QString reportWithSources(const Document &document, std::size_t sources)
{
    for (const MergedEvent &merged : document.mergedEvents())
        if (merged.reports.size() == sources)
            return document.events().events[merged.reports.back()].id;
    return {};
}

// Edits of every kind, the last undone: an article's title, a place moved, a report split off,
// an event corrected. Returns the id of the report split off and corrected.
QString editEveryWay(MainWindow &window)
{
    Document &document = window.document();
    QUndoStack &undo = *document.undoStack();
    ArticleInfo info = document.articleInfo(0);
    info.title = QStringLiteral("Kupiansk under fire");
    undo.push(new EditArticleCommand(document, 0, info));
    const Place &first = document.geoparse().places.front();
    if (!window.movePlace(first.id, first.latitude + 0.2, first.longitude - 0.1))
        return {};
    const QString report = reportWithSources(document, 2);
    if (report.isEmpty())
        return {};
    undo.push(new SplitEventCommand(document, report));
    EventCorrection correction = document.eventCorrection(report);
    correction.fatalities.min = 3;
    correction.fatalities.text = QStringLiteral("3 people");
    undo.push(new EditEventCommand(document, {report}, correction));
    undo.undo();
    return undo.count() == 4 && undo.index() == 3 ? report : QString();
}

} // namespace

class ProjectTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Geodata> m_geodata;
    QTemporaryDir m_dir;
    QStringList m_articles;

    QString recoveryDirectory() const { return RecoveryFiles::defaultDirectory(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(m_geodata, qPrintable(error));
        QSettings().clear();
        m_articles = frontline::test::writeArticles(m_dir.path(),
                                                    {kFirstArticle, kSecondArticle, kThirdArticle});
        QVERIFY(!m_articles.isEmpty());
    }

    void cleanup()
    {
        for (const QString &file : RecoveryFiles().abandoned())
            RecoveryFiles::discard(file);
    }

    // Saved, closed and opened again: the same articles, map, edits and undo history, and the
    // undone edit can be redone from the Edit menu.
    void aSavedProjectOpensAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("kharkiv.frontline"));
        QImage mapBefore;
        QStringList historyBefore;
        QHash<QString, PlaceLocation> placesBefore;
        QHash<QString, QPointF> markersBefore;
        QString report;
        {
            MainWindow window(*m_geodata);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(openAndWait(window, m_articles));
            report = editEveryWay(window);
            QVERIFY(!report.isEmpty());
            ViewFilter filter;
            filter.hiddenArticles = {2};
            window.document().setViewFilter(filter);
            QVERIFY(window.project()->isModified());
            QVERIFY(window.project()->saveTo(path));
            QVERIFY(!window.project()->isModified());
            QVERIFY(window.windowTitle().startsWith(QStringLiteral("kharkiv.frontline")));
            mapBefore = settledMap(window.mapView());
            historyBefore = undoTexts(*window.document().undoStack());
            for (const Place &place : window.document().geoparse().places) {
                placesBefore.insert(place.id, window.document().placeLocation(place.id));
                markersBefore.insert(place.id, window.mapView()->screenPositionOf(place.id));
            }
            window.close();
        }
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {path}));
        const Document &document = window.document();
        QCOMPARE(document.articles().size(), std::size_t(3));
        QCOMPARE(document.articleInfo(0).title, QStringLiteral("Kupiansk under fire"));
        QCOMPARE(undoTexts(*document.undoStack()), historyBefore);
        QCOMPARE(document.undoStack()->index(), 3);
        QCOMPARE(document.viewFilter().hiddenArticles, QSet<int>{2});
        for (const Place &place : document.geoparse().places) {
            const PlaceLocation before = placesBefore.value(place.id);
            QCOMPARE(document.placeLocation(place.id).latitude, before.latitude);
            QCOMPARE(document.placeLocation(place.id).setByAnalyst, before.setByAnalyst);
        }
        QVERIFY(!window.project()->isModified());
        // The same picture, but for the basemap labels' anti-aliasing.
        const QImage mapAfter = settledMap(window.mapView());
        QCOMPARE(mapAfter.size(), mapBefore.size());
        QCOMPARE(visiblyDifferingPixels(mapAfter, mapBefore), 0);
        for (const Place &place : document.geoparse().places)
            QCOMPARE(window.mapView()->screenPositionOf(place.id), markersBefore.value(place.id));

        QVERIFY(document.isKeptApart(report));
        QCOMPARE(document.eventCorrection(report).fatalities.min, std::optional<qint64>());
        window.document().undoStack()->redo(); // the correction undone before saving
        QCOMPARE(document.eventCorrection(report).fatalities.min, std::optional<qint64>(3));
        QVERIFY(window.project()->isModified());
        clickInNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    // A project opened over open work replaces it (after Discard is clicked): the articles
    // dock, the source panel and the event table hold the project's articles alone.
    void aProjectOpenedOverOpenWorkReplacesIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.frontline"));
        {
            MainWindow window(*m_geodata);
            QVERIFY(openAndWait(window, {m_articles.front()}));
            QVERIFY(window.project()->saveTo(path));
        }
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_articles.mid(1)));
        clickInNextMessageBox(QMessageBox::Discard);
        QVERIFY(openAndWait(window, {path}));
        QCOMPARE(window.document().articles().size(), std::size_t(1));
        auto *articles = window.findChild<QTableView *>(QStringLiteral("articlesTable"));
        QVERIFY(articles);
        QCOMPARE(articles->model()->rowCount(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !window.sourcePanel()->isAddingText(); }));
        const QString text = window.sourcePanel()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Kupiansk")));
        QVERIFY(!text.contains(QStringLiteral("Izium")));
        for (const Event &event : window.document().events().events)
            QCOMPARE(event.article, 0);
        QVERIFY(!window.project()->isModified());
    }

    // Closing with unsaved work asks: Cancel keeps the window open, Discard closes it.
    void closingWithUnsavedWorkAsks()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {m_articles.front()}));
        QVERIFY(window.project()->isModified());

        clickInNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());

        clickInNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    // A session killed with unsaved work (the real program, SIGKILL) leaves its autosave; the
    // next start offers it, and Recover brings the work back, unsaved.
    void aKilledSessionsWorkIsOfferedAtTheNextStart()
    {
        QProcess crashing;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FRONTLINE_AUTOSAVE_SECONDS"),
                           QString::number(kCrashAutosaveSeconds));
        crashing.setProcessEnvironment(environment);
        crashing.start(frontline::test::frontlineProgram(), {m_articles.front()});
        QVERIFY(crashing.waitForStarted());
        const bool autosaved = QTest::qWaitFor(
            [this] { return !QDir(recoveryDirectory()).entryList({"*.frontline"}).isEmpty(); },
            kLoadPatienceMs);
        QTest::qWait(500); // the autosave's rename is its last step: let it finish
        crashing.kill();
        crashing.waitForFinished();
        QVERIFY(autosaved);

        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clickInNextMessageBox(QMessageBox::NoButton, QStringLiteral("recoverButton"));
        window.project()->offerRecovery();
        QCOMPARE(window.document().articles().size(), std::size_t(1));
        QCOMPARE(window.document().articles().front().title, QStringLiteral("Kupiansk shelled"));
        QVERIFY(window.project()->isModified());
        QVERIFY(RecoveryFiles().abandoned().isEmpty()); // the old autosave is taken over
        clickInNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    // A project cut short is refused with a message; the autosave of its last session is
    // offered in its place, with the edit made since it was saved.
    void aTruncatedProjectIsRefusedAndItsAutosaveOffered()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut.frontline"));
        {
            auto *window = new MainWindow(*m_geodata);
            QVERIFY(openAndWait(*window, {m_articles.front()}));
            QVERIFY(window->project()->saveTo(path));
            ArticleInfo info = window->document().articleInfo(0);
            info.title = QStringLiteral("Renamed since");
            window->document().undoStack()->push(
                new EditArticleCommand(window->document(), 0, info));
            window->project()->autosave();
            window->project()->waitForAutosave();
            delete window; // no close: as if the session had died
        }
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));

        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clickInNextMessageBox(QMessageBox::NoButton, QStringLiteral("recoverButton"));
        openAndWait(window, {path}); // what opens is the autosave
        QVERIFY2(window.lastMessage().contains(QStringLiteral("damaged or cut short")),
                 qPrintable(window.lastMessage()));
        QCOMPARE(window.document().articles().size(), std::size_t(1));
        QCOMPARE(window.document().articleInfo(0).title, QStringLiteral("Renamed since"));
        QCOMPARE(window.project()->path(), path); // Save writes a whole one over it
        QVERIFY(window.project()->save());
        QVERIFY(window.close());
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir data; // recovery files of this test's own, before anything asks where they go
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    QApplication app(argc, argv);
    // The program's own names: its recovery files are where this test looks (in the test's
    // XDG folders, never the developer's).
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationName(QStringLiteral("Frontline"));
    ProjectTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_project.moc"
