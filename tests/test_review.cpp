// The review workspace driven with real clicks on the offscreen platform: the event table
// (select, filter, edit, split) and the timeline under the map.
#include "EventEditDialog.h"
#include "EventTable.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MapView.h"
#include "SourcePanel.h"
#include "TestSupport.h"
#include "Timeline.h"
#include "io/Geodata.h"
#include "map/LegendPainter.h"
#include "map/MapStyle.h"
#include "map/MarkerClusters.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace frontline;
using namespace frontline::test;

namespace {

// Three days' reports from the Kharkiv front, written for this test: Russian shelling and a
// Ukrainian attack on the 4th; on the 12th a Russian air strike on Izium that two articles
// report (one of them twice), and Ukrainian shelling near Kreminna.
const char kFirstArticle[] = "Kupiansk shelled\nDate: 2024-03-04\n\n"
                             "Russian forces shelled Kupiansk on Monday, killing at least 4 "
                             "people, officials said. Ukrainian troops attacked Russian positions "
                             "near Svatove on Monday.\n";
const char kSecondArticle[] = "Strike on Izium\nDate: 2024-03-12\n\n"
                              "Russian aircraft struck Izium on Tuesday, killing 2 civilians, the "
                              "governor said. Ukrainian forces shelled Russian positions near "
                              "Kreminna.\n";
const char kThirdArticle[] = "Izium again\nDate: 2024-03-12\n\n"
                             "An air strike by Russian aircraft hit Izium on Tuesday, the regional "
                             "governor said.\n";

EventTable *eventTableOf(MainWindow &window)
{
    return window.findChild<EventTable *>(QStringLiteral("eventTable"));
}

QStringList shownEventIds(const MapView *view)
{
    QStringList ids;
    for (const MapEventMarker &marker : view->overlay().events)
        ids << marker.eventId;
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

// A right click as the window system delivers it: the press and release, then the request
// for a context menu.
void rightClick(QWidget *widget, QPoint position)
{
    QTest::mouseClick(widget, Qt::RightButton, {}, position);
    QContextMenuEvent request(QContextMenuEvent::Mouse, position, widget->mapToGlobal(position));
    QApplication::sendEvent(widget, &request);
}

// A double click as the window system delivers it: a click, then the second press as a double
// click.
void doubleClick(QWidget *widget, QPoint position)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, position);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, position);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, position);
}

// Clicks the action of an open menu (a menu bar's or a pop-up's) that reads `text`.
bool clickMenuItem(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text().remove(QLatin1Char('&')).startsWith(text)) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    return false;
}

QMenu *openPopup()
{
    QMenu *menu = nullptr;
    const bool open = QTest::qWaitFor([&] {
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return menu && menu->isVisible();
    });
    return open ? menu : nullptr;
}

// Edit > Undo (or Redo), clicked in the menu bar.
bool clickEditMenu(MainWindow &window, const QString &item)
{
    QMenuBar *bar = window.menuBar();
    for (QAction *menu : bar->actions())
        if (menu->text().remove(QLatin1Char('&')) == QLatin1String("Edit")) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu).center());
            QMenu *open = openPopup();
            return open && clickMenuItem(open, item);
        }
    return false;
}

int rowWithSources(const EventTable *table, int sources)
{
    const QAbstractItemModel *model = table->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, EventTableModel::SourcesColumn).data().toInt() == sources)
            return row;
    return -1;
}

} // namespace

class ReviewTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Geodata> m_geodata;
    QTemporaryDir m_dir;
    QStringList m_articles;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(m_geodata, qPrintable(error));
        QSettings().clear();
        m_articles =
            test::writeArticles(m_dir.path(), {kFirstArticle, kSecondArticle, kThirdArticle});
        QVERIFY(!m_articles.isEmpty());
    }

    // The table lists what the map shows; a row clicked selects its event on the map (its
    // marker highlighted: the pixels change) and its sentence in the source panel.
    void aRowSelectsItsEventOnTheMapAndItsSentence()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, m_articles));
        EventTable *table = eventTableOf(window);
        QVERIFY(table);
        QCOMPARE(sorted(table->filter().listedEventIds()), shownEventIds(window.mapView()));
        QVERIFY(table->filter().rowCount() >= 4);
        const QImage before = settledMap(window.mapView());

        clickRow(table->view(), 0);
        const QString id =
            table->view()->model()->index(0, 0).data(EventTableModel::EventIdRole).toString();
        QCOMPARE(window.selection().eventIds(), QStringList{id});
        QCOMPARE(window.mapView()->selectedEvents(), QSet<QString>{id});
        const auto &events = window.document().events().events;
        const auto event =
            std::find_if(events.begin(), events.end(), [&](const Event &e) { return e.id == id; });
        QVERIFY(event != events.end());
        QCOMPARE(window.sourcePanel()->highlightedSentence(),
                 (SentenceRef{event->article, event->sentence}));
        QVERIFY(differingPixels(before, settledMap(window.mapView())) > 0);

        // An event's icon clicked on the map selects its row.
        MapView *view = window.mapView();
        const MarkerClusters icons = clusterEventMarkers(view->overlay(), view->viewport(), 1.0);
        const auto single = std::find_if(
            icons.clusters().begin(), icons.clusters().end(),
            [&](const MarkerClusters::Cluster &cluster) {
                return cluster.count == 1 &&
                       view->overlay().events[icons.members()[cluster.first]].eventId != id;
            });
        QVERIFY(single != icons.clusters().end());
        QTest::mouseClick(view, Qt::LeftButton, {}, single->screen.toPoint());
        const QString clicked = view->overlay().events[icons.members()[single->first]].eventId;
        QCOMPARE(window.selection().eventId(), clicked);
        const QModelIndexList rows = table->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().data(EventTableModel::EventIdRole).toString(), clicked);
    }

    // Filtered to one faction, the table lists that faction's events only, every one of them
    // the map shows; all its rows selected select on the map exactly what it lists.
    void tableFilteredToOneFactionSelectsExactlyThatOnTheMap()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, m_articles));
        EventTable *table = eventTableOf(window);
        QVERIFY(chooseInComboBox(table->factionFilter(), QStringLiteral("Ukrainian forces")));
        const QStringList listed = table->filter().listedEventIds();
        QStringList ukrainian; // what the map shows of that faction
        for (const MergedEvent &merged : window.document().mergedEvents()) {
            const Event &event = window.document().events().events[merged.representative()];
            if (window.document().isShown(merged) &&
                event.actors.contains(QStringLiteral("ukraine")))
                ukrainian << event.id;
        }
        QVERIFY(listed.size() >= 2);
        QCOMPARE(sorted(listed), sorted(ukrainian));

        clickRow(table->view(), 0);
        clickRow(table->view(), int(listed.size()) - 1, Qt::ShiftModifier);
        QCOMPARE(sorted(window.selection().eventIds()), sorted(listed));
        const QSet<QString> onMap = window.mapView()->selectedEvents();
        QCOMPARE(sorted(QStringList(onMap.begin(), onMap.end())), sorted(listed));
        for (const QString &id : listed)
            QVERIFY2(shownEventIds(window.mapView()).contains(id), qPrintable(id));

        QVERIFY(chooseInComboBox(table->factionFilter(), QStringLiteral("All factions")));
        QCOMPARE(sorted(table->filter().listedEventIds()), shownEventIds(window.mapView()));
    }

    // Days typed into the timeline hide the events of other days: the map's pixels change, the
    // table lists the same events as the map, the legend says the range; All Dates brings back
    // the first picture.
    void timelineHidesEventsOutsideItsRange()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, m_articles));
        auto *timeline = window.findChild<Timeline *>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        QCOMPARE(timeline->fromEdit()->date(), QDate(2024, 3, 4));
        QCOMPARE(timeline->toEdit()->date(), QDate(2024, 3, 12));
        const QImage everyDay = settledMap(window.mapView());
        const QStringList allEvents = shownEventIds(window.mapView());

        QTest::mouseClick(timeline->fromEdit(), Qt::LeftButton);
        QTest::keyClick(timeline->fromEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(timeline->fromEdit(), QStringLiteral("2024-03-10"));
        QTest::keyClick(timeline->fromEdit(), Qt::Key_Return);
        QCOMPARE(window.document().viewFilter().from, QDate(2024, 3, 10));
        QCOMPARE(window.document().viewFilter().to, QDate(2024, 3, 12));

        const QStringList lateEvents = shownEventIds(window.mapView());
        QVERIFY(!lateEvents.isEmpty() && lateEvents.size() < allEvents.size());
        QCOMPARE(sorted(eventTableOf(window)->filter().listedEventIds()), lateEvents);
        for (const Event &event : window.document().events().events)
            if (event.time.isResolved() && event.time.start < QDate(2024, 3, 10))
                QVERIFY2(!lateEvents.contains(event.id), qPrintable(event.id));
        const QImage lateDays = settledMap(window.mapView());
        QVERIFY(differingPixels(everyDay, lateDays) > 0);
        const Legend legend(window.mapView()->overlay(), window.mapView()->layers(),
                            MapStyle::standard());
        QCOMPARE(legend.days(), QStringLiteral("10 Mar - 12 Mar 2024"));

        QTest::mouseClick(timeline->allDatesButton(), Qt::LeftButton);
        QVERIFY(!window.document().viewFilter().hasDateRange());
        QCOMPARE(shownEventIds(window.mapView()), allEvents);
        QCOMPARE(differingPixels(everyDay, settledMap(window.mapView())), 0);
    }

    // The strike two articles report is one row with three sources; the context menu splits a
    // report off; Edit > Undo and Ctrl+Z take it back.
    void splitFromTheTableIsUndoable()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, m_articles));
        EventTable *table = eventTableOf(window);
        const int rowsBefore = table->filter().rowCount();
        const int merged = rowWithSources(table, 3);
        QVERIFY(merged >= 0);
        const QModelIndex index = table->view()->model()->index(merged, 0);
        table->view()->scrollTo(index);
        rightClick(table->view()->viewport(), table->view()->visualRect(index).center());
        QMenu *menu = openPopup();
        QVERIFY(menu);
        QVERIFY(clickMenuItem(menu, QStringLiteral("Split Off This Report")));
        QMenu *reports = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            reports = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return reports && reports != menu && reports->isVisible();
        }));
        QCOMPARE(reports->actions().size(), 3);
        QVERIFY(clickMenuItem(reports, QStringLiteral("Izium again")));
        QCOMPARE(table->filter().rowCount(), rowsBefore + 1);
        QVERIFY(rowWithSources(table, 2) >= 0);

        QVERIFY(clickEditMenu(window, QStringLiteral("Undo")));
        QCOMPARE(table->filter().rowCount(), rowsBefore);
        QVERIFY(rowWithSources(table, 3) >= 0);
        QVERIFY(clickEditMenu(window, QStringLiteral("Redo")));
        QCOMPARE(table->filter().rowCount(), rowsBefore + 1);
        QTest::keyClick(table->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(table->filter().rowCount(), rowsBefore);
        QVERIFY(rowWithSources(table, 3) >= 0);
    }

    // Double-click edits an event: every report of it alike (it stays one row), the map's icon
    // follows; Ctrl+Z puts back what the text said.
    void doubleClickEditsAnEventUndoably()
    {
        MainWindow window(*m_geodata);
        QVERIFY(showAndOpen(window, m_articles));
        EventTable *table = eventTableOf(window);
        const int row = rowWithSources(table, 3);
        QVERIFY(row >= 0);
        const QModelIndex index = table->view()->model()->index(row, 0);
        const QString id = index.data(EventTableModel::EventIdRole).toString();
        table->view()->scrollTo(index);
        doubleClick(table->view()->viewport(), table->view()->visualRect(index).center());
        auto *dialog = window.findChild<EventEditDialog *>(QStringLiteral("eventEditDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(chooseInComboBox(dialog->typeBox(), QStringLiteral("Shelling")));
        QTest::mouseClick(dialog->fatalitiesEdit(), Qt::LeftButton);
        QTest::keyClick(dialog->fatalitiesEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->fatalitiesEdit(), QStringLiteral("at least 7"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

        const int edited = table->model().rowOf(id);
        QVERIFY(edited >= 0);
        const MergedEvent &event = table->model().eventAt(edited);
        QCOMPARE(int(event.reports.size()), 3);
        for (int report : event.reports) {
            const Event &e = window.document().events().events[report];
            QCOMPARE(e.type, EventType::Shelling);
            QCOMPARE(e.subtype, QStringLiteral("Shelling/artillery/missile attack"));
            QCOMPARE(e.fatalities.min, std::optional<qint64>(7));
            QVERIFY(e.setByAnalyst);
        }
        const auto &icons = window.mapView()->overlay().events;
        QVERIFY(std::any_of(icons.begin(), icons.end(), [&](const MapEventMarker &m) {
            return m.eventId == window.document().events().events[event.representative()].id &&
                   m.type == EventType::Shelling;
        }));

        QTest::keyClick(table->view(), Qt::Key_Z, Qt::ControlModifier);
        for (int report : table->model().eventAt(table->model().rowOf(id)).reports) {
            const Event &e = window.document().events().events[report];
            QCOMPARE(e.type, EventType::Airstrike);
            QVERIFY(!e.setByAnalyst);
        }
    }
};

QTEST_MAIN(ReviewTest)
#include "test_review.moc"
