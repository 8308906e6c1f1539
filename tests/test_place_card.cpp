// The place card and the source panel's marks, driven with real clicks and keys on the
// offscreen platform, over articles written for these tests.
#include "CandidateList.h"
#include "MainWindow.h"
#include "MapView.h"
#include "NamedInList.h"
#include "GuiTestSupport.h"
#include "PlaceCard.h"
#include "SourcePanel.h"
#include "TestSupport.h"
#include "gazetteer/UserGazetteer.h"
#include "geo/WebMercator.h"
#include "io/Geodata.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace frontline;

namespace {

// Writing the analyst's gazetteer rebuilds its index: slow on a machine busy with builds.
constexpr int kGazetteerSavePatienceMs = 240000;

const QByteArray kTripoli =
    "Clashes in Tripoli\n\nFighting broke out in Tripoli on Monday. Militias "
    "shelled Tripoli again on Tuesday, and the clashes spread across "
    "Tripoli by night.\n";
const QByteArray kManbij =
    "Advance on Manbij\nDate: 2024-05-02\n\nSDF fighters captured Manbij on "
    "Tuesday after heavy clashes. The Islamic State group launched an "
    "offensive toward Manbij from Jarablus on Wednesday. Residents of Aleppo "
    "said the road was quiet.\n";
const QByteArray kMarket = "Market day\nDate: 2024-05-04\n\nTraders in Manbij reopened the covered "
                           "market.\n";
const QByteArray kIzium =
    "Shelling near Izium\n\nArtillery shelled Izium, Lyman and Balakliia on Friday.\n";

} // namespace

class PlaceCardTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Geodata> m_geodata;
    QTemporaryDir m_articles;

    QString article(const QString &name, const QByteArray &text)
    {
        return test::writeArticle(m_articles.path(), name, text);
    }
    // Shows the window, opens articles as the analyst does (on a worker thread) and waits.
    static bool showAndOpen(MainWindow &window, const QStringList &paths)
    {
        window.resize(1600, 1000);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        window.openFiles(paths);
        return (!finished.isEmpty() || finished.wait(60000)) && finished.front().front().toBool();
    }
    static int placeNamed(MainWindow &window, const QString &text, int article = -1)
    {
        for (const Mention &m : window.document().geoparse().mentions)
            if (m.text == text && (article < 0 || m.article == article))
                return m.place;
        return -1;
    }
    // The places the mentions of `text` name, by id.
    static QStringList placesOf(MainWindow &window, const QString &text)
    {
        QStringList ids;
        for (const Mention &m : window.document().geoparse().mentions)
            if (m.text == text)
                ids << window.document().geoparse().places[m.place].id;
        return ids;
    }
    // Clicks the marker of the place a mention of `text` names: the card shows that place.
    static QString clickMarker(MainWindow &window, const QString &text)
    {
        const int place = placeNamed(window, text);
        if (place < 0)
            return {};
        const QString id = window.document().geoparse().places[place].id;
        QTest::mouseClick(window.mapView(), Qt::LeftButton, {},
                          window.mapView()->screenPositionOf(id).toPoint());
        return window.selection().placeId();
    }
    static PlaceCard *card(MainWindow &window)
    {
        return window.findChild<PlaceCard *>(QStringLiteral("placeCard"));
    }
    static void clickButton(MainWindow &window, const char *name)
    {
        auto *button = card(window)->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static void clickRow(QTreeWidget *list, int row)
    {
        QVERIFY(row >= 0 && row < list->topLevelItemCount());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->topLevelItem(row)).center());
    }
    // Edit > Undo, with a click on the menu and one on its item.
    static void undoFromTheEditMenu(MainWindow &window)
    {
        QMenuBar *bar = window.menuBar();
        QAction *edit = nullptr;
        for (QAction *action : bar->actions())
            if (action->text() == QLatin1String("&Edit"))
                edit = action;
        QVERIFY(edit);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(edit).center());
        QMenu *menu = edit->menu();
        QTRY_VERIFY(menu->isVisible());
        QAction *undo = nullptr;
        for (QAction *action : menu->actions())
            if (action->text().startsWith(QLatin1String("&Undo")))
                undo = action;
        QVERIFY(undo && undo->isEnabled());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(undo).center());
    }
    static QImage settledMap(MapView *view)
    {
        view->update();
        if (!QTest::qWaitFor([view] { return view->isFrameCurrent(); }, 10000))
            return {};
        return view->grab().toImage();
    }
    static void closeMessageBoxes(MainWindow &window)
    {
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile::remove(userGazetteerPath()); // the shipped gazetteer, whatever a run left
        QString error;
        m_geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(m_geodata, qPrintable(error));
    }
    void cleanup() { QFile::remove(userGazetteerPath()); }

    // The card lists the gazetteer's readings of the name; the pointer resting on one shows it
    // on the map; Use This One moves every mention of the name in the article; undo from the
    // Edit menu, then redo and Ctrl+Z, put the first reading back.
    void aChosenCandidateMovesEveryMentionAndUndoRestoresIt()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, {article(QStringLiteral("tripoli.txt"), kTripoli)}));
        const QString libya = clickMarker(window, QStringLiteral("Tripoli"));
        QVERIFY(!libya.isEmpty());
        CandidateList *candidates = card(window)->candidates();
        const Place &read =
            window.document().geoparse().places[window.document().geoparse().findPlace(libya)];
        const auto lebanon = std::find_if(
            read.candidates.begin(), read.candidates.end(),
            [](const PlaceCandidate &c) { return c.countryCode == QLatin1String("LB"); });
        QVERIFY(lebanon != read.candidates.end());
        const QString lebanonId = lebanon->id;
        const int row = candidates->rowOf(lebanonId);
        QCOMPARE(candidates->topLevelItemCount(), int(read.candidates.size()));

        const QImage before = settledMap(window.mapView());
        const QRect rowRect = candidates->visualItemRect(candidates->topLevelItem(row));
        QTest::mouseMove(candidates->viewport(), rowRect.center());
        QTRY_VERIFY(window.mapView()->preview().has_value());
        QVERIFY(window.mapView()->preview()->label.contains(QLatin1String("LB")));
        QVERIFY(QTest::qWaitFor([&] { return settledMap(window.mapView()) != before; }, 10000));
        QTest::mouseMove(candidates->viewport(),
                         QPoint(rowRect.center().x(), candidates->viewport()->height() - 2));
        QTRY_VERIFY(!window.mapView()->preview().has_value()); // no row under the pointer

        clickRow(candidates, row);
        clickButton(window, "useThisOne");
        QCOMPARE(placesOf(window, QStringLiteral("Tripoli")), QStringList(4, lebanonId));
        QCOMPARE(window.selection().placeId(), lebanonId);          // the card follows the name
        QVERIFY(window.mapView()->screenPositionOf(libya).x() < 0); // its marker has gone

        undoFromTheEditMenu(window);
        QCOMPARE(placesOf(window, QStringLiteral("Tripoli")), QStringList(4, libya));
        QCOMPARE(window.selection().placeId(), libya);
        window.document().undoStack()->redo();
        QCOMPARE(placesOf(window, QStringLiteral("Tripoli")), QStringList(4, lebanonId));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(placesOf(window, QStringLiteral("Tripoli")), QStringList(4, libya));
    }

    // Not a Place: the name's mentions go, and its marker; Ctrl+Z brings them back.
    void notAPlaceThenUndo()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, {article(QStringLiteral("manbij.txt"), kManbij)}));
        const QString manbij = clickMarker(window, QStringLiteral("Manbij"));
        QVERIFY(!manbij.isEmpty());
        QCOMPARE(placesOf(window, QStringLiteral("Manbij")).size(), 3);
        clickButton(window, "notAPlace");
        QVERIFY(placesOf(window, QStringLiteral("Manbij")).isEmpty());
        QVERIFY(window.mapView()->screenPositionOf(manbij).x() < 0);
        QVERIFY(card(window)->message().contains(QLatin1String("No open article names it")));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(placesOf(window, QStringLiteral("Manbij")), QStringList(3, manbij));
        QVERIFY(window.mapView()->rect().contains(
            window.mapView()->screenPositionOf(manbij).toPoint()));
    }

    // Place It Here, then a click on the map; a reading chosen on the card (the gazetteer has
    // two Lymans in Ukraine): both are the analyst's in their gazetteer, and a new window
    // reading the same settings finds them so.
    void whatTheAnalystSetSurvivesARestart()
    {
        const QString izium = article(QStringLiteral("izium.txt"), kIzium);
        QString otherLyman;
        QPointF placedAt;
        {
            MainWindow window(*m_geodata);
            QVERIFY(showAndOpen(window, {izium}));
            QSignalSpy saved(&window, &MainWindow::userGazetteerSaved);
            QVERIFY(!clickMarker(window, QStringLiteral("Balakliia")).isEmpty());
            clickButton(window, "placeItHere");
            QVERIFY(card(window)->message().contains(QLatin1String("Click the map")));
            MapView *map = window.mapView();
            const QPoint click = map->rect().center() + QPoint(37, 21);
            const QPointF world = map->viewport().toWorld(click);
            placedAt = QPointF(mercator::latitudeOf(world), mercator::longitudeOf(world));
            QTest::mouseClick(map, Qt::LeftButton, {}, click);
            QCOMPARE(map->tool(), MapView::Tool::Pan); // the tool before is back
            const Place &moved = window.document()
                                     .geoparse()
                                     .places[placeNamed(window, QStringLiteral("Balakliia"))];
            QCOMPARE(moved.latitude, placedAt.x());
            QVERIFY(moved.setByAnalyst);

            const QString lyman = clickMarker(window, QStringLiteral("Lyman"));
            QVERIFY(!lyman.isEmpty());
            const Place &read =
                window.document().geoparse().places[placeNamed(window, QStringLiteral("Lyman"))];
            for (const PlaceCandidate &c : read.candidates)
                if (c.countryCode == QLatin1String("UA") && c.id != lyman && otherLyman.isEmpty())
                    otherLyman = c.id;
            QVERIFY(!otherLyman.isEmpty());
            CandidateList *candidates = card(window)->candidates();
            const QRect row =
                candidates->visualItemRect(candidates->topLevelItem(candidates->rowOf(otherLyman)));
            // A double-click, as a mouse makes one: a click, then the second press.
            QTest::mouseClick(candidates->viewport(), Qt::LeftButton, {}, row.center());
            QTest::mouseDClick(candidates->viewport(), Qt::LeftButton, {}, row.center());
            QCOMPARE(placesOf(window, QStringLiteral("Lyman")), QStringList{otherLyman});
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, kGazetteerSavePatienceMs); // the placement, then the choice
            QVERIFY(saved.back().front().toBool());
            test::clickInNextMessageBox(QMessageBox::Discard); // the choice is unsaved work
            QVERIFY(window.close());
        }
        QString error;
        const std::unique_ptr<Geodata> restarted =
            loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(restarted, qPrintable(error));
        MainWindow again(*restarted);
        QVERIFY(showAndOpen(again, {izium}));
        const Place &placed =
            again.document().geoparse().places[placeNamed(again, QStringLiteral("Balakliia"))];
        QVERIFY(std::abs(placed.latitude - placedAt.x()) < 1e-4); // stored as a float
        QVERIFY(std::abs(placed.longitude - placedAt.y()) < 1e-4);
        QCOMPARE(placesOf(again, QStringLiteral("Lyman")), QStringList{otherLyman});
        QVERIFY(!clickMarker(again, QStringLiteral("Lyman")).isEmpty());
        auto *origin = card(again)->findChild<QLabel *>(QStringLiteral("factOrigin"));
        QVERIFY(origin);
        QCOMPARE(origin->text(), QStringLiteral("the analyst's"));
    }

    // A point typed off the globe is refused on the card, with the reason; a click beyond the
    // world's edge is refused by the window with a message. The place stays where it was.
    void aPlaceSetOffTheGlobeIsRefused()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, {article(QStringLiteral("izium.txt"), kIzium)}));
        QVERIFY(!clickMarker(window, QStringLiteral("Izium")).isEmpty());
        const int place = placeNamed(window, QStringLiteral("Izium"));
        const double latitude = window.document().geoparse().places[place].latitude;
        auto *point = card(window)->findChild<QLineEdit *>(QStringLiteral("placePoint"));
        QTest::mouseClick(point, Qt::LeftButton);
        QTest::keyClicks(point, QStringLiteral("95, 200"));
        QTest::keyClick(point, Qt::Key_Return);
        QCOMPARE(card(window)->message(),
                 QStringLiteral("Not placed: latitude 95 is outside -90..90."));
        QCOMPARE(window.document().geoparse().places[place].latitude, latitude);
        QCOMPARE(window.document().undoStack()->count(), 0);

        MapView *map = window.mapView();
        for (int i = 0; i < 12; ++i) // out until the world is narrower than the map
            QTest::keyClick(map, Qt::Key_Minus);
        const QPoint beyond(map->width() - 3, map->height() / 2);
        QVERIFY(map->viewport().toWorld(beyond).x() > 1.0);
        clickButton(window, "placeItHere");
        QTest::mouseClick(map, Qt::LeftButton, {}, beyond);
        QVERIFY2(window.lastMessage().contains(QLatin1String("outside -180..180")),
                 qPrintable(window.lastMessage()));
        QCOMPARE(window.document().geoparse().places[place].latitude, latitude);
        QCOMPARE(window.document().undoStack()->count(), 0);
        closeMessageBoxes(window);
    }

    // F3 goes to the selected place's next mention, round to the first; Shift+F3 goes back.
    void f3MovesToTheNextMention()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, {article(QStringLiteral("manbij.txt"), kManbij)}));
        QVERIFY(!clickMarker(window, QStringLiteral("Manbij")).isEmpty());
        const std::vector<int> mentions =
            window.document().mentionsOfPlace(placeNamed(window, QStringLiteral("Manbij")));
        QCOMPARE(mentions.size(), std::size_t(3));
        const auto sentenceOf = [&](int i) {
            return window.document().sentenceOfMention(mentions[i]);
        };
        SourcePanel *panel = window.sourcePanel();
        QCOMPARE(panel->highlightedSentence(), sentenceOf(0));
        QTest::keyClick(&window, Qt::Key_F3);
        QCOMPARE(panel->highlightedSentence(), sentenceOf(1));
        QCOMPARE(panel->textCursor().selectedText(), QStringLiteral("Manbij"));
        QTest::keyClick(&window, Qt::Key_F3);
        QCOMPARE(panel->highlightedSentence(), sentenceOf(2));
        QTest::keyClick(&window, Qt::Key_F3);
        QCOMPARE(panel->highlightedSentence(), sentenceOf(0));
        QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(panel->highlightedSentence(), sentenceOf(2));
        QCOMPARE(
            window.selection().placeId(),
            window.document().geoparse().places[placeNamed(window, QStringLiteral("Manbij"))].id);
    }

    // Every sentence naming the place, across the open articles, with its article's title and
    // date; a click selects the sentence and keeps the place.
    void theSentencesNamingThePlaceAreListedAndClickable()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, {article(QStringLiteral("manbij.txt"), kManbij),
                                     article(QStringLiteral("market.txt"), kMarket)}));
        const QString manbij = clickMarker(window, QStringLiteral("Manbij"));
        NamedInList *list = card(window)->namedIn();
        QCOMPARE(list->topLevelItemCount(), 4);
        QTreeWidgetItem *last = list->topLevelItem(3);
        QCOMPARE(last->text(0), QStringLiteral("Market day"));
        QCOMPARE(last->text(1), QStringLiteral("4 May 2024"));
        QCOMPARE(last->text(2), QStringLiteral("Traders in Manbij reopened the covered market."));
        clickRow(list, 3);
        QCOMPARE(window.selection().placeId(), manbij);
        QCOMPARE(window.selection().sentence().article, 1);
        QVERIFY(window.sourcePanel()->highlightedText().contains(QLatin1String("Traders")));
    }

    // The source panel colours a mention by the faction that holds its place, as the map
    // colours its marker, and underlines an event's words in its type's style.
    void mentionsTakeTheirHoldersColourAndEventsAreUnderlined()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, {article(QStringLiteral("manbij.txt"), kManbij)}));
        const QString manbij =
            window.document().geoparse().places[placeNamed(window, QStringLiteral("Manbij"))].id;
        const QColor held = window.mapView()->placeColors().value(manbij);
        QVERIFY(held.isValid()); // the SDF captured it
        SourcePanel *panel = window.sourcePanel();
        QTRY_VERIFY(!panel->isAddingText());
        const QString text = panel->toPlainText();
        const auto formatAt = [&](int position) {
            const QTextBlock block = panel->document()->findBlock(position);
            for (const QTextLayout::FormatRange &range : block.layout()->formats())
                if (block.position() + range.start <= position &&
                    position < block.position() + range.start + range.length)
                    return range.format;
            return QTextCharFormat();
        };
        const QTextCharFormat mention =
            formatAt(int(text.indexOf(QLatin1String("captured Manbij"))) + 9);
        QCOMPARE(mention.background().color().rgb(), held.rgb());
        QCOMPARE(mention.underlineColor(), held);
        const QTextCharFormat captured = formatAt(int(text.indexOf(QLatin1String("captured"))));
        QCOMPARE(captured.underlineStyle(), QTextCharFormat::DashUnderline);
        const QTextCharFormat clashes = formatAt(int(text.indexOf(QLatin1String("clashes"))));
        QCOMPARE(clashes.underlineStyle(), QTextCharFormat::WaveUnderline);
        const QRect line = panel->cursorRect([&] {
            QTextCursor cursor(panel->document());
            cursor.setPosition(int(text.indexOf(QLatin1String("captured"))) + 2);
            return cursor;
        }());
        QVERIFY2(panel->tooltipAt(line.center()).startsWith(QLatin1String("Event: capture")),
                 qPrintable(panel->tooltipAt(line.center())));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FrontlineTests"));
    QApplication::setApplicationName(QStringLiteral("PlaceCardTest"));
    PlaceCardTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_place_card.moc"
