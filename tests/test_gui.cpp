// The window driven with real clicks on the offscreen platform.
#include "ArticlesPanel.h"
#include "FactionsDialog.h"
#include "GuiTestSupport.h"
#include "LayerPanel.h"
#include "MainWindow.h"
#include "MapView.h"
#include "SourcePanel.h"
#include "TestSupport.h"
#include "document/ArticleListModel.h"
#include "gazetteer/UserGazetteer.h"
#include "geo/Geodesy.h"
#include "geo/WebMercator.h"
#include "geoparse/Geoparser.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "map/MarkerClusters.h"
#include "text/ArticleReader.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

using namespace frontline;
using namespace frontline::test;

// Writing the analyst's gazetteer rebuilds its index: slow on a machine busy with builds.
constexpr int kGazetteerSavePatienceMs = 240000;

class GuiTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Geodata> m_geodata;

    static int placeWithMention(MainWindow &window, const QString &text)
    {
        for (const Mention &m : window.document().geoparse().mentions)
            if (m.text == text)
                return m.place;
        return -1;
    }

    // Whether the place's marker is drawn in a cluster with its neighbours at this view.
    static bool isClustered(const MapView *view, const QString &placeId)
    {
        const MarkerClusters clusters = clusterPlaceMarkers(view->overlay(), view->viewport(), 1.0);
        for (const MarkerClusters::Cluster &cluster : clusters.clusters())
            for (int m = cluster.first; m < cluster.first + cluster.count; ++m)
                if (view->overlay().markers[clusters.members()[m]].placeId == placeId)
                    return cluster.count > 1;
        return false;
    }
    // A marker among close neighbours (Albu Kamal beside al-Qaim) stands in a cluster on a small
    // map: the wheel zooms in on it, as the analyst would, until it stands alone.
    static void zoomUntilAlone(MapView *view, const QString &placeId)
    {
        constexpr int kMaxNotches = 8;
        for (int notch = 0; notch < kMaxNotches && isClustered(view, placeId); ++notch) {
            const QPointF at = view->screenPositionOf(placeId);
            QWheelEvent wheel(at, view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view, &wheel);
        }
    }
    // Clicks the marker of the place named `text` and checks that the source panel highlights
    // the sentence of that place's first mention.
    void clickMarkerAndCheckSentence(MainWindow &window, const QString &text)
    {
        const int place = placeWithMention(window, text);
        QVERIFY2(place >= 0, qPrintable(text));
        const QString id = window.document().geoparse().places[place].id;
        zoomUntilAlone(window.mapView(), id);
        const QPointF position = window.mapView()->screenPositionOf(id);
        QVERIFY(window.mapView()->rect().contains(position.toPoint()));
        QTest::mouseClick(window.mapView(), Qt::LeftButton, {}, position.toPoint());
        QCOMPARE(window.selection().placeId(), id);
        const int first = window.document().mentionsOfPlace(place).front();
        QCOMPARE(window.sourcePanel()->highlightedSentence(),
                 window.document().sentenceOfMention(first));
        QVERIFY(window.sourcePanel()->highlightedText().contains(text));
    }

    static void openExample(MainWindow &window)
    {
        QVERIFY(
            showAndOpen(window, {resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        // The window and the command line it is compared with read the same gazetteer: the
        // shipped one, whatever an interrupted earlier run left.
        QFile::remove(userGazetteerPath());
        m_geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(m_geodata, qPrintable(error));
        QSettings().clear();
    }
    // Articles dropped as a folder are listed with their counts; a date is edited in place (an
    // impossible one refused with the reason) and undone; the map shows the chosen articles.
    void articlesDockListsEditsAndShowsTheChosenArticles()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("feed"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/later")));
        test::writeArticle(folder, QStringLiteral("a.txt"),
                           "Kharkiv report\nShelling hit Kharkiv and Izium overnight.\n");
        test::writeArticle(folder, QStringLiteral("b.md"),
                           "# Odesa report\nAn air strike hit Odesa, officials said.\n");
        test::writeArticle(folder + QStringLiteral("/later"), QStringLiteral("c.txt"),
                           "Lviv report\nProtesters gathered in Lviv on Sunday.\n");
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QMimeData dropped;
        dropped.setUrls({QUrl::fromLocalFile(folder)});
        // As a drag does it: the enter names the target the drop goes to.
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &dropped, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &dropped, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QVERIFY(!finished.isEmpty() || finished.wait(60000));

        window.findChild<QDockWidget *>(QStringLiteral("articlesDock"))->raise(); // a tab
        QTableView *table = window.articlesPanel()->table();
        ArticleListModel *model = window.articlesPanel()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, ArticleListModel::Title).data().toString(),
                 QStringLiteral("Kharkiv report"));
        QCOMPARE(model->index(0, ArticleListModel::Places).data().toInt(), 2);
        QVERIFY(model->index(1, ArticleListModel::Events).data().toInt() >= 1);

        const auto typeDate = [&](const QString &text) {
            const QModelIndex cell = model->index(0, ArticleListModel::Date);
            table->scrollTo(cell);
            const QPoint centre = table->visualRect(cell).center();
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
            auto *editor = table->viewport()->findChild<QLineEdit *>();
            QVERIFY(editor);
            editor->selectAll();
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
        };
        typeDate(QStringLiteral("2024-02-30")); // the delegate commits on the next turn
        QTRY_VERIFY2(window.articlesPanel()->message().contains(QLatin1String("not a date")),
                     qPrintable(window.articlesPanel()->message()));
        QVERIFY(!window.document().articles()[0].date.isValid());
        QTest::keyClick(table->viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);
        typeDate(QStringLiteral("2024-03-01"));
        QTRY_COMPARE(window.document().articles()[0].date, QDate(2024, 3, 1));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!window.document().articles()[0].date.isValid());

        // Only the second article on the map: the Kharkiv markers go, Odesa's stays.
        const auto markerIds = [&] {
            QStringList ids;
            for (const MapMarker &marker : window.mapView()->overlay().markers)
                ids << marker.placeId;
            return ids;
        };
        QCOMPARE(markerIds().size(), 4);
        const QModelIndex odesa = model->index(1, ArticleListModel::Source);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(odesa).center());
        QTest::mouseClick(
            window.articlesPanel()->findChild<QPushButton *>(QStringLiteral("showOnlySelected")),
            Qt::LeftButton);
        QTRY_COMPARE(markerIds().size(), 1);
        QTest::mouseClick(
            window.articlesPanel()->findChild<QPushButton *>(QStringLiteral("showAllArticles")),
            Qt::LeftButton);
        QTRY_COMPARE(markerIds().size(), 4);
    }
    void clickingAMarkerHighlightsItsSentence()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            openAndWait(window, {resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
        clickMarkerAndCheckSentence(window, QStringLiteral("Svatove"));
        // An empty spot clears the selection.
        QTest::mouseClick(window.mapView(), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(window.selection().placeId().isEmpty());
    }
    void clickingTheSeedsAlbuKamalMarker()
    {
        const QString seed = test::seedArticlePath();
        if (seed.isEmpty())
            QSKIP(test::kNoSharedMessage);
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, {seed}));
        clickMarkerAndCheckSentence(window, QStringLiteral("Albu Kamal"));
    }
    // The view fits the Syrian towns; the US reading far from them is named in the status bar.
    void aFarPlaceIsLeftOutOfTheViewAndNamed()
    {
        QTemporaryDir dir;
        const QString path = test::writeArticle(
            dir.path(), QStringLiteral("idlib.txt"),
            "Shelling\n\nArtillery shelled Saraqib and Maarat al-Numan, and clashes went on "
            "near Khan Shaykhun and Jisr al-Shughur. A relief group based in Tulsa said it had "
            "sent aid.\n");
        QVERIFY(!path.isEmpty());
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {path}));
        const QRectF shown = window.mapView()->viewport().visibleWorld();
        QVERIFY(shown.contains(mercator::toWorld(35.86, 36.81)));   // Saraqib
        QVERIFY(!shown.contains(mercator::toWorld(36.15, -95.99))); // Tulsa
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Tulsa (US)")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
    void clickingASentenceCentresTheMapOnItsPlaces()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            openAndWait(window, {resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
        const int place = placeWithMention(window, QStringLiteral("Svatove"));
        QVERIFY(place >= 0);
        const SentenceRef sentence =
            window.document().sentenceOfMention(window.document().mentionsOfPlace(place).front());
        SourcePanel *panel = window.sourcePanel();
        // Scrolled as a reader would, until the sentence is in sight (the panel's height
        // depends on the docks around it).
        QScrollBar *scroll = panel->verticalScrollBar();
        for (int value = 0; value <= scroll->maximum(); ++value) {
            scroll->setValue(value);
            QTest::qWait(1);
            if (panel->viewport()->rect().contains(panel->sentenceRect(sentence).center()))
                break;
        }
        const QRect line = panel->sentenceRect(sentence);
        QVERIFY(panel->viewport()->rect().contains(line.center()));
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, line.center() + QPoint(4, 0));
        QCOMPARE(window.selection().sentence(), sentence);
        // The map centres on the middle of the sentence's point places.
        QRectF bounds;
        for (int mention : window.document().mentionsInSentence(sentence)) {
            const Place &p = window.document()
                                 .geoparse()
                                 .places[window.document().geoparse().mentions[mention].place];
            if (!p.isPoint())
                continue;
            const QRectF r(mercator::toWorld(p.latitude, p.longitude), QSizeF(1e-9, 1e-9));
            bounds = bounds.isNull() ? r : bounds.united(r);
        }
        QVERIFY(!bounds.isNull());
        const QPointF centre = window.mapView()->viewport().centre();
        QVERIFY(std::abs(centre.x() - bounds.center().x()) < 1e-6 &&
                std::abs(centre.y() - bounds.center().y()) < 1e-6);
    }
    void movingAPlaceIsUndoableAndWinsNextTime()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            openAndWait(window, {resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
        const int place = placeWithMention(window, QStringLiteral("Svatove"));
        const QString id = window.document().geoparse().places[place].id;
        const double oldLatitude = window.document().geoparse().places[place].latitude;
        QSignalSpy saved(&window, &MainWindow::userGazetteerSaved);
        window.movePlace(id, 49.5, 38.0);
        QCOMPARE(window.document().geoparse().places[place].latitude, 49.5);
        window.document().undoStack()->undo();
        QCOMPARE(window.document().geoparse().places[place].latitude, oldLatitude);
        window.document().undoStack()->redo();
        // The move, its undo and its redo each rewrite the analyst's gazetteer, in order.
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, kGazetteerSavePatienceMs);
        QVERIFY(saved.back().front().toBool());
        // The next article naming Svatove finds it where the analyst put it.
        GeoparseResult result;
        Geoparser(*m_geodata->gazetteer)
            .parse(
                articleFromText(QStringLiteral("Shelling near Svatove."), QStringLiteral("s.txt"))
                    .article,
                0, result);
        QCOMPARE(result.places.front().id, id);
        QCOMPARE(result.places.front().latitude, 49.5);
        QFile::remove(userGazetteerPath());
    }
    // The analyst's placement is keyed by the place, not by its position in a list: it holds
    // through re-reading the articles, and its undo puts back the old point and confidence.
    // An edit redraws; it never refits the view.
    void anEditHoldsThroughReReadingAndUndoRestoresIt()
    {
        QString error;
        QFile::remove(userGazetteerPath()); // no placement of an earlier test
        m_geodata->gazetteer = openShippedGazetteer(&error);
        QVERIFY2(m_geodata->gazetteer, qPrintable(error));
        MainWindow window(*m_geodata);
        openExample(window);
        const int place = placeWithMention(window, QStringLiteral("Svatove"));
        const Place before = window.document().geoparse().places[place];
        const MapViewport view = window.mapView()->viewport();
        QSignalSpy saved(&window, &MainWindow::userGazetteerSaved);
        window.movePlace(before.id, 49.5, 38.0);
        QVERIFY(window.mapView()->viewport().centre() == view.centre());
        QCOMPARE(window.mapView()->viewport().zoom(), view.zoom());
        QVERIFY(window.applyFactions(window.factions())); // reads every article again
        const GeoparseResult &reread = window.document().geoparse();
        const int moved = reread.findPlace(before.id);
        QVERIFY(moved >= 0);
        QCOMPARE(reread.places[moved].latitude, 49.5);
        QVERIFY(reread.places[moved].setByAnalyst);
        window.document().undoStack()->undo();
        const Place &restored =
            window.document().geoparse().places[window.document().geoparse().findPlace(before.id)];
        QCOMPARE(restored.latitude, before.latitude);
        QCOMPARE(restored.longitude, before.longitude);
        QCOMPARE(restored.confidence, before.confidence);
        QVERIFY(!restored.setByAnalyst);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, kGazetteerSavePatienceMs); // the move and its undo, in order
        // The undo took the place back out of the analyst's gazetteer too.
        GeoparseResult result;
        Geoparser(*m_geodata->gazetteer)
            .parse(
                articleFromText(QStringLiteral("Shelling near Svatove."), QStringLiteral("s.txt"))
                    .article,
                0, result);
        QCOMPARE(result.places.front().latitude, before.latitude);
        QFile::remove(userGazetteerPath());
        QFile::remove(FactionCatalog::userPath());
    }
    // A file that cannot be read among many is said once; the others load.
    // Articles load on a worker thread: the window shows their progress with Cancel, a click
    // stops the reading, and what was read stays.
    void loadingShowsProgressAndCancelStopsIt()
    {
        QTemporaryDir dir;
        QStringList paths;
        constexpr int kArticles = 3000; // far more than are read before the click
        for (int i = 0; i < kArticles; ++i)
            paths << test::writeArticle(dir.path(), QStringLiteral("a%1.txt").arg(i),
                                        "Clashes\n\nFighting was reported near Kharkiv and Izium "
                                        "on Monday, and shelling hit Kupiansk.\n");
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        window.openFiles(paths);
        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("cancelLoading"));
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible());
        QVERIFY(window.isLoading());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!window.isLoading());
        QVERIFY(!cancel->isVisible());
        QVERIFY(window.document().articles().size() < std::size_t(kArticles));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Stopped")));
    }
    void aBadFileAmongManyIsReportedOnceAndTheRestLoad()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 6; ++i)
            paths << test::writeArticle(
                dir.path(), QStringLiteral("a%1.txt").arg(i),
                "Clashes\n\nFighting was reported near Kharkiv on Monday.\n");
        QFile binary(dir.filePath(QStringLiteral("binary.txt")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray(4096, '\0'));
        binary.close();
        paths.insert(3, binary.fileName());
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(!openAndWait(window, paths));
        QCOMPARE(window.document().articles().size(), std::size_t(6));
        QVERIFY(window.lastMessage().contains(QLatin1String("binary.txt")));
        QCOMPARE(window.findChildren<QMessageBox *>().size(), 1);
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();
    }
    // A place no gazetteer lists and the text puts nowhere known is listed to place; the
    // analyst selects it with a click, places it, and it leaves the list (and comes back on undo).
    void anUnlistedPlaceIsPlacedByTheAnalyst()
    {
        QTemporaryDir dir;
        const QString path = test::writeArticle(
            dir.path(), QStringLiteral("village.txt"),
            "Shelling\n\nShells fell on the village of Tell Qarmoun on Monday.\n");
        QVERIFY(!path.isEmpty());
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, {path}));
        auto *list = window.findChild<QListWidget *>(QStringLiteral("unplacedPanel"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Tell Qarmoun")));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        const QString id = window.selection().placeId();
        QVERIFY(id.startsWith(QStringLiteral("unlisted:")));
        QSignalSpy saved(&window, &MainWindow::userGazetteerSaved);
        window.movePlace(id, 36.2, 37.1);
        QCOMPARE(list->count(), 0);
        window.document().undoStack()->undo();
        QCOMPARE(list->count(), 1);
        window.document().undoStack()->redo();
        QVERIFY(saved.wait(kGazetteerSavePatienceMs));
        GeoparseResult result;
        Geoparser(*m_geodata->gazetteer)
            .parse(
                articleFromText(QStringLiteral("Tell Qarmoun was quiet."), QStringLiteral("q.txt"))
                    .article,
                0, result);
        QVERIFY(!result.places.empty());
        QVERIFY(std::abs(result.places.front().latitude - 36.2) < 1e-4); // stored as a float
        QFile::remove(userGazetteerPath());
    }
    void editingFactionsRecoloursAndReadsAgain()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            openAndWait(window, {resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
        FactionsDialog dialog(window.factions(), &window);
        QTableWidget *table = dialog.table();
        int russia = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == QLatin1String("Russian forces"))
                russia = row;
        QVERIFY(russia >= 0);
        table->item(russia, 3)->setText(QStringLiteral("#123456"));
        QVERIFY(window.applyFactions(dialog.editedCatalog()));
        QCOMPARE(window.factions().find(QStringLiteral("russia"))->style.color,
                 FactionColor(0x12, 0x34, 0x56));
        // Saved as the analyst's copy, which reads back; the map uses the new colour.
        FactionCatalog saved;
        QString error;
        QFile file(FactionCatalog::userPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(FactionCatalog::parse(file.readAll(), &saved, &error), qPrintable(error));
        QCOMPARE(saved.find(QStringLiteral("russia"))->style.color, FactionColor(0x12, 0x34, 0x56));
        const auto &arrows = window.mapView()->overlay().arrows;
        QVERIFY(std::any_of(arrows.begin(), arrows.end(),
                            [](const MapArrow &a) { return a.color == QColor(0x12, 0x34, 0x56); }));
        QFile::remove(FactionCatalog::userPath());
    }
    void badFilesGiveAMessageNotACrash()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(!openAndWait(window, {QStringLiteral("/nonexistent/article.txt")}));
        QVERIFY(window.lastMessage().contains(QLatin1String("no such file")));
        QTRY_VERIFY(QApplication::activeModalWidget() ||
                    !window.findChildren<QMessageBox *>().isEmpty());
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();
    }
    void dragPansWheelAndKeysZoom()
    {
        MainWindow window(*m_geodata);
        openExample(window);
        MapView *view = window.mapView();
        const MapViewport before = view->viewport();
        const QPoint start = view->rect().center();
        QTest::mousePress(view, Qt::LeftButton, {}, start);
        QTest::mouseMove(view, start + QPoint(50, 20));
        QTest::mouseMove(view, start + QPoint(100, 40));
        QTest::mouseRelease(view, Qt::LeftButton, {}, start + QPoint(100, 40));
        // The world moved with the hand: the centre is now 100, 40 pixels up and left of where it
        // was.
        const QPointF moved =
            (before.centre() - view->viewport().centre()) * before.pixelsPerWorldUnit();
        QVERIFY2(std::abs(moved.x() - 100) < 1 && std::abs(moved.y() - 40) < 1,
                 qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
        QVERIFY(window.selection().placeId().isEmpty()); // a drag is not a click

        // A wheel notch zooms half a level about the cursor: the point under it stays.
        const QPointF anchor(120, 90);
        const QPointF worldUnderCursor = view->viewport().toWorld(anchor);
        const double zoom = view->viewport().zoom();
        QWheelEvent wheel(anchor, view->mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QCOMPARE(view->viewport().zoom(), zoom + 0.5);
        const QPointF stays = view->viewport().toScreen(worldUnderCursor);
        QVERIFY(std::abs(stays.x() - anchor.x()) < 0.01 && std::abs(stays.y() - anchor.y()) < 0.01);
        QTest::mouseDClick(view, Qt::LeftButton, {}, QPoint(200, 150));
        QCOMPARE(view->viewport().zoom(), zoom + 1.5);
        QTest::keyClick(view, Qt::Key_Minus);
        QCOMPARE(view->viewport().zoom(), zoom + 0.5);
        QTest::keyClick(view, Qt::Key_Home); // back to the article
        QCOMPARE(view->viewport().centre(), window.mapView()->viewport().centre());
        // Shift+drag zooms to the box drawn.
        const double zoomBeforeBox = view->viewport().zoom();
        QTest::mousePress(view, Qt::LeftButton, Qt::ShiftModifier, QPoint(100, 100));
        QTest::mouseMove(view, QPoint(200, 175));
        QTest::mouseRelease(view, Qt::LeftButton, Qt::ShiftModifier, QPoint(200, 175));
        QVERIFY(view->viewport().zoom() > zoomBeforeBox + 1);
    }
    void clickingAClusterZoomsIn()
    {
        MainWindow window(*m_geodata);
        openExample(window);
        MapView *view = window.mapView();
        // Zoomed far out, the article's places crowd into clusters.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(view, Qt::Key_Minus);
        const MarkerClusters clusters = clusterPlaceMarkers(view->overlay(), view->viewport(), 1.0);
        const auto crowd =
            std::find_if(clusters.clusters().begin(), clusters.clusters().end(),
                         [](const MarkerClusters::Cluster &c) { return c.count > 1; });
        QVERIFY(crowd != clusters.clusters().end());
        const double zoom = view->viewport().zoom();
        QTest::mouseClick(view, Qt::LeftButton, {}, crowd->screen.toPoint());
        QVERIFY(view->viewport().zoom() > zoom);
        QVERIFY(window.selection().placeId().isEmpty()); // it zoomed; it did not select
        // Its places are in view and fewer of them share a marker.
        const MarkerClusters closer = clusterPlaceMarkers(view->overlay(), view->viewport(), 1.0);
        QVERIFY(closer.clusters().size() > clusters.clusters().size());
    }
    void layerPanelHidesALayerAndThePixelsChange()
    {
        MainWindow window(*m_geodata);
        openExample(window);
        MapView *view = window.mapView();
        const int place = placeWithMention(window, QStringLiteral("Svatove"));
        const QPoint marker =
            view->screenPositionOf(window.document().geoparse().places[place].id).toPoint();
        const QImage shown = settledMap(view);
        QVERIFY(!shown.isNull());
        QListWidget *list = window.layerPanel()->list();
        QListWidgetItem *places = nullptr;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String("places"))
                places = list->item(row);
        QVERIFY(places);
        QCOMPARE(places->checkState(), Qt::Checked);
        // A real click on the item's tick box.
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.rect = list->visualItemRect(places);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect tick =
            list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, tick.center());
        QCOMPARE(places->checkState(), Qt::Unchecked);
        QVERIFY(!view->layers().find(QStringLiteral("places"))->visible);
        const QImage hidden = settledMap(view);
        QVERIFY(!hidden.isNull());
        QVERIFY2(shown.pixelColor(marker) != hidden.pixelColor(marker),
                 qPrintable(shown.pixelColor(marker).name() + QLatin1Char(' ') +
                            hidden.pixelColor(marker).name()));
        // The legend dock lists no places now.
        QVERIFY(view->layers().find(QStringLiteral("events"))->visible);
    }
    void addingLayerFilesAndMeasuring()
    {
        MainWindow window(*m_geodata);
        openExample(window);
        QTemporaryDir dir;
        QFile geojson(dir.filePath(QStringLiteral("front.geojson")));
        QVERIFY(geojson.open(QIODevice::WriteOnly));
        geojson.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
            "geometry":{"type":"LineString","coordinates":[[36.5,49.5],[37.5,49.9],[38.2,50.3]]}}]})");
        geojson.close();
        const std::size_t layers = window.mapView()->layers().layers().size();
        QVERIFY(window.addLayerFile(geojson.fileName()));
        QCOMPARE(window.mapView()->layers().layers().size(), layers + 1);
        QCOMPARE(window.layerPanel()->list()->count(), int(layers + 1));
        // Its own style: a colour of its own, which the analyst may change.
        const QString id = QFileInfo(geojson.fileName()).absoluteFilePath();
        QVERIFY(window.mapView()->layers().find(id)->color.isValid());
        window.mapView()->setLayerColor(id, QColor(0xff, 0x00, 0xff));
        QCOMPARE(window.mapView()->layers().find(id)->color, QColor(0xff, 0x00, 0xff));
        QVERIFY(!window.addLayerFile(dir.filePath(QStringLiteral("nothing.kml"))));
        QCOMPARE(window.mapView()->layers().layers().size(), layers + 1);
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();

        // The measure tool: two clicks give the geodesic distance and bearing.
        MapView *view = window.mapView();
        view->setTool(MapView::Tool::Measure);
        QSignalSpy measured(view, &MapView::measured);
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(100, 200));
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(300, 200));
        QVERIFY(!measured.isEmpty());
        const QString summary = measured.back().front().toString();
        QVERIFY2(summary.contains(QLatin1String("km")) &&
                     summary.contains(QLatin1String("bearing")),
                 qPrintable(summary));
        // Due east on the screen: a bearing near 90 degrees.
        const QRegularExpressionMatch bearing =
            QRegularExpression(QStringLiteral("bearing ([0-9.]+)")).match(summary);
        QVERIFY(bearing.hasMatch());
        QVERIFY(std::abs(bearing.captured(1).toDouble() - 90) < 5);
    }
    void zoomBoxAndMeasureToolsWithRealClicks()
    {
        MainWindow window(*m_geodata);
        openExample(window);
        MapView *view = window.mapView();
        QCOMPARE(view->cursor().shape(), Qt::ArrowCursor);

        // The zoom-box tool: a drag zooms to the box drawn; a mere click neither zooms nor selects.
        view->setTool(MapView::Tool::ZoomBox);
        QCOMPARE(view->tool(), MapView::Tool::ZoomBox);
        QCOMPARE(view->cursor().shape(), Qt::CrossCursor);
        const int place = placeWithMention(window, QStringLiteral("Svatove"));
        const QPoint marker =
            view->screenPositionOf(window.document().geoparse().places[place].id).toPoint();
        const double zoomBeforeClick = view->viewport().zoom();
        QTest::mouseClick(view, Qt::LeftButton, {}, marker);
        QCOMPARE(view->viewport().zoom(), zoomBeforeClick);
        QVERIFY(window.selection().placeId().isEmpty());
        const MapViewport before = view->viewport();
        const QRectF box(QPointF(100, 100), QPointF(220, 190));
        QTest::mousePress(view, Qt::LeftButton, {}, box.topLeft().toPoint());
        QTest::mouseMove(view, box.center().toPoint());
        QTest::mouseMove(view, box.bottomRight().toPoint());
        QTest::mouseRelease(view, Qt::LeftButton, {}, box.bottomRight().toPoint());
        QVERIFY(view->viewport().zoom() > before.zoom() + 1);
        const QPointF offCentre = (view->viewport().centre() - before.toWorld(box.center())) *
                                  view->viewport().pixelsPerWorldUnit();
        QVERIFY2(offCentre.manhattanLength() < 2,
                 qPrintable(QStringLiteral("%1,%2").arg(offCentre.x()).arg(offCentre.y())));
        const double zoomBeforeDoubleClick = view->viewport().zoom();
        QTest::mouseDClick(view, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(view->viewport().zoom(), zoomBeforeDoubleClick + 1);

        // The measure tool: each click ends a leg; the summary adds the geodesic legs up.
        QTest::keyClick(view, Qt::Key_Home);
        view->setTool(MapView::Tool::Measure);
        QCOMPARE(view->cursor().shape(), Qt::CrossCursor);
        const QImage unmeasured = settledMap(view);
        QSignalSpy measured(view, &MapView::measured);
        const auto lastSummary = [&measured] { return measured.back().front().toString(); };
        const auto coordinateAt = [view](QPoint screen) {
            const QPointF world = view->viewport().toWorld(screen);
            return QGeoCoordinate(mercator::latitudeOf(world), mercator::longitudeOf(world));
        };
        const QPoint a(100, 200), b(250, 200), c(250, 320);
        QTest::mouseClick(view, Qt::LeftButton, {}, a);
        QCOMPARE(lastSummary(), QStringLiteral("Click the next point; Esc to start again"));
        QTest::mouseMove(view, b);
        const geodesy::Measurement ab = geodesy::measure(coordinateAt(a), coordinateAt(b));
        QCOMPARE(lastSummary(),
                 QStringLiteral("Distance %1 to the cursor (this leg %1, bearing %2\u00b0)")
                     .arg(geodesy::formatDistance(ab.metres))
                     .arg(ab.bearing, 0, 'f', 1));
        QTest::mouseClick(view, Qt::LeftButton, {}, b);
        QTest::mouseClick(view, Qt::LeftButton, {}, c);
        const geodesy::Measurement bc = geodesy::measure(coordinateAt(b), coordinateAt(c));
        QCOMPARE(lastSummary(), QStringLiteral("Distance %1 (last leg %2, bearing %3\u00b0)")
                                    .arg(geodesy::formatDistance(ab.metres + bc.metres),
                                         geodesy::formatDistance(bc.metres))
                                    .arg(bc.bearing, 0, 'f', 1));
        QVERIFY(std::abs(bc.bearing - 180) < 5); // down the screen: south
        const QImage measuredPath = settledMap(view);
        QVERIFY(differingPixels(unmeasured, measuredPath) > 100);
        // A double-click adds to the path; it does not zoom.
        const double zoom = view->viewport().zoom();
        QTest::mouseDClick(view, Qt::LeftButton, {}, QPoint(120, 320));
        QCOMPARE(view->viewport().zoom(), zoom);
        // Esc starts again: the path is gone and the next click is a first point.
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(differingPixels(unmeasured, settledMap(view)), 0);
        // A drag still pans the map, and adds no point.
        const QPointF centre = view->viewport().centre();
        QTest::mousePress(view, Qt::LeftButton, {}, QPoint(200, 200));
        QTest::mouseMove(view, QPoint(230, 210));
        QTest::mouseMove(view, QPoint(260, 220));
        QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(260, 220));
        QVERIFY(view->viewport().centre() != centre);
        QTest::mouseClick(view, Qt::LeftButton, {}, a);
        QCOMPARE(lastSummary(), QStringLiteral("Click the next point; Esc to start again"));

        // The pan tool: the hand points over a marker and closes while dragging.
        view->setTool(MapView::Tool::Pan);
        QCOMPARE(view->cursor().shape(), Qt::ArrowCursor);
        QTest::keyClick(view, Qt::Key_Home);
        const QPoint svatove =
            view->screenPositionOf(window.document().geoparse().places[place].id).toPoint();
        QTest::mouseMove(view, svatove);
        QCOMPARE(view->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseMove(view, QPoint(5, 5));
        QCOMPARE(view->cursor().shape(), Qt::ArrowCursor);
        QTest::mousePress(view, Qt::LeftButton, {}, QPoint(200, 200));
        QTest::mouseMove(view, QPoint(230, 210));
        QCOMPARE(view->cursor().shape(), Qt::ClosedHandCursor);
        QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(230, 210));
        QCOMPARE(view->cursor().shape(), Qt::ArrowCursor);
        QVERIFY(window.selection().placeId().isEmpty()); // a drag is not a click
    }
    void anUnreachableTileServerIsReported()
    {
        MainWindow window(*m_geodata);
        openExample(window);
        QSignalSpy problems(window.mapView(), &MapView::layerProblem);
        // Port 9 (discard) refuses connections: no tile can come.
        QVERIFY(window.addTileLayer(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"),
                                    QStringLiteral("Nowhere")));
        window.mapView()->update();
        QVERIFY(problems.wait(30000));
        QVERIFY2(problems.front().front().toString().startsWith(
                     QLatin1String("Nowhere could not be drawn")),
                 qPrintable(problems.front().front().toString()));
    }
    void windowRemembersItsSizeDocksAndLayers()
    {
        QTemporaryDir dir;
        QFile geojson(dir.filePath(QStringLiteral("front.geojson")));
        QVERIFY(geojson.open(QIODevice::WriteOnly));
        geojson.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
            "geometry":{"type":"Point","coordinates":[36.5,49.5]}}]})");
        geojson.close();
        const QString id = QFileInfo(geojson.fileName()).absoluteFilePath();
        {
            MainWindow window(*m_geodata);
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QDockWidget *>(QStringLiteral("articleDock"))->hide();
            QVERIFY(window.addLayerFile(geojson.fileName()));
            window.mapView()->setLayerOpacity(id, 0.4);
            test::clickInNextMessageBox(QMessageBox::Discard); // the layer is unsaved work
            QVERIFY(window.close());
        }
        MainWindow again(*m_geodata);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1111, 777));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("articleDock"))->isVisible());
        const MapLayer *layer = again.mapView()->layers().find(id);
        QVERIFY(layer);
        QCOMPARE(layer->opacity, 0.4);
        QSettings().remove(QStringLiteral("layerState"));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FrontlineTests"));
    QApplication::setApplicationName(QStringLiteral("GuiTest"));
    GuiTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_gui.moc"
