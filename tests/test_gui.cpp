// The window driven with real clicks on the offscreen platform.
#include "TestSupport.h"

#include "FactionsDialog.h"
#include "MainWindow.h"
#include "MapView.h"
#include "SourcePanel.h"

#include "geo/WebMercator.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"

#include "gazetteer/UserGazetteer.h"
#include "geoparse/Geoparser.h"
#include "text/ArticleReader.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>
#include <QDockWidget>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QTest>

using namespace frontline;

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

    // Clicks the marker of the place named `text` and checks that the source panel highlights
    // the sentence of that place's first mention.
    void clickMarkerAndCheckSentence(MainWindow &window, const QString &text)
    {
        const int place = placeWithMention(window, text);
        QVERIFY2(place >= 0, qPrintable(text));
        const QString id = window.document().geoparse().places[place].id;
        const QPointF position = window.mapView()->screenPositionOf(id);
        QVERIFY(window.mapView()->rect().contains(position.toPoint()));
        QTest::mouseClick(window.mapView(), Qt::LeftButton, {}, position.toPoint());
        QCOMPARE(window.selection().placeId(), id);
        const int first = window.document().mentionsOfPlace(place).front();
        QCOMPARE(window.sourcePanel()->highlightedSentence(), window.document().sentenceOfMention(first));
        QVERIFY(window.sourcePanel()->highlightedText().contains(text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(m_geodata, qPrintable(error));
        QSettings().clear();
    }
    void clickingAMarkerHighlightsItsSentence()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFiles({resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
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
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFiles({seed}));
        clickMarkerAndCheckSentence(window, QStringLiteral("Albu Kamal"));
    }
    void clickingASentenceCentresTheMapOnItsPlaces()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFiles({resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
        const int place = placeWithMention(window, QStringLiteral("Svatove"));
        QVERIFY(place >= 0);
        const SentenceRef sentence = window.document().sentenceOfMention(window.document().mentionsOfPlace(place).front());
        SourcePanel *panel = window.sourcePanel();
        panel->verticalScrollBar()->setValue(panel->verticalScrollBar()->maximum());
        QTest::qWait(20);
        const QRect line = panel->sentenceRect(sentence);
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, line.center() + QPoint(4, 0));
        QCOMPARE(window.selection().sentence(), sentence);
        // The map centres on the middle of the sentence's point places.
        QRectF bounds;
        for (int mention : window.document().mentionsInSentence(sentence)) {
            const Place &p = window.document().geoparse().places[window.document().geoparse().mentions[mention].place];
            if (!p.isPoint())
                continue;
            const QRectF r(mercator::toWorld(p.latitude, p.longitude), QSizeF(1e-9, 1e-9));
            bounds = bounds.isNull() ? r : bounds.united(r);
        }
        QVERIFY(!bounds.isNull());
        const QPointF centre = window.mapView()->viewport().centre();
        QVERIFY(std::abs(centre.x() - bounds.center().x()) < 1e-6 && std::abs(centre.y() - bounds.center().y()) < 1e-6);
    }
    void movingAPlaceIsUndoableAndWinsNextTime()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFiles({resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
        const int place = placeWithMention(window, QStringLiteral("Svatove"));
        const QString id = window.document().geoparse().places[place].id;
        const double oldLatitude = window.document().geoparse().places[place].latitude;
        QSignalSpy saved(&window, &MainWindow::userGazetteerSaved);
        window.movePlace(id, 49.5, 38.0);
        QCOMPARE(window.document().geoparse().places[place].latitude, 49.5);
        window.document().undoStack()->undo();
        QCOMPARE(window.document().geoparse().places[place].latitude, oldLatitude);
        window.document().undoStack()->redo();
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.front().front().toBool());
        // The next article naming Svatove finds it where the analyst put it.
        GeoparseResult result;
        Geoparser(*m_geodata->gazetteer).parse(articleFromText(QStringLiteral("Shelling near Svatove."), QStringLiteral("s.txt")).article, 0, result);
        QCOMPARE(result.places.front().id, id);
        QCOMPARE(result.places.front().latitude, 49.5);
        QFile::remove(userGazetteerPath());
    }
    void editingFactionsRecoloursAndReadsAgain()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFiles({resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt"))}));
        FactionsDialog dialog(window.factions(), &window);
        QTableWidget *table = dialog.table();
        int russia = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == QLatin1String("Russian forces"))
                russia = row;
        QVERIFY(russia >= 0);
        table->item(russia, 3)->setText(QStringLiteral("#123456"));
        QVERIFY(window.applyFactions(dialog.editedCatalog()));
        QCOMPARE(window.factions().find(QStringLiteral("russia"))->style.color, QColor(0x12, 0x34, 0x56));
        // Saved as the analyst's copy, which reads back; the map uses the new colour.
        FactionCatalog saved;
        QString error;
        QFile file(FactionCatalog::userPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(FactionCatalog::parse(file.readAll(), &saved, &error), qPrintable(error));
        QCOMPARE(saved.find(QStringLiteral("russia"))->style.color, QColor(0x12, 0x34, 0x56));
        const auto &arrows = window.mapView()->overlay().arrows;
        QVERIFY(std::any_of(arrows.begin(), arrows.end(), [](const MapArrow &a) { return a.color == QColor(0x12, 0x34, 0x56); }));
        QFile::remove(FactionCatalog::userPath());
    }
    void badFilesGiveAMessageNotACrash()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(!window.openFiles({QStringLiteral("/nonexistent/article.txt")}));
        QVERIFY(window.lastMessage().contains(QLatin1String("no such file")));
        QTRY_VERIFY(QApplication::activeModalWidget() || !window.findChildren<QMessageBox *>().isEmpty());
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();
    }
    void windowRemembersItsSizeAndDocks()
    {
        {
            MainWindow window(*m_geodata);
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QDockWidget *>(QStringLiteral("articleDock"))->hide();
            window.close();
        }
        MainWindow again(*m_geodata);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1111, 777));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("articleDock"))->isVisible());
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
