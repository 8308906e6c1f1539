// The window with a day's feed: opens N news articles (default 500) as the analyst does and
// times until their complete map is shown (loading finished, every article's markers drawn,
// control zones worked out, the frame composed), while a timer measures how long the event
// loop ever went without answering. Then: selecting a marker (click to the frame that shows
// it), the map's rebuild after one edit, filtering the event table to each faction with its
// rows selected on the map and the timeline's days (each to the frame that shows it), and a
// 4 MB article of one line. Timed figures, not tests: run from a Release build under xvfb-run
// (or QT_QPA_PLATFORM=offscreen).
//   bench_window [ARTICLES]
#include "BenchText.h"
#include "EventTable.h"
#include "MainWindow.h"
#include "MapView.h"
#include "SourcePanel.h"
#include "Timeline.h"
#include "io/Geodata.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace frontline;

namespace {

constexpr int kProbeMilliseconds = 5; // how often the probe asks the event loop to answer

// The longest the event loop went without running a timer due every few milliseconds.
class Responsiveness : public QObject
{
public:
    Responsiveness()
    {
        m_timer.setInterval(kProbeMilliseconds);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_longest = std::max(m_longest, m_sinceLast.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 longestMilliseconds() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
};

QStringList writeArticles(const QTemporaryDir &dir, int count)
{
    constexpr qint64 kBytesPerArticle = 2000; // BenchText's articles: news-sized
    QStringList articles = bench::newsArticles(count * kBytesPerArticle).mid(0, count);
    QStringList paths;
    for (int i = 0; i < articles.size(); ++i) {
        QFile file(dir.filePath(QStringLiteral("%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
        if (file.open(QIODevice::WriteOnly) && file.write(articles[i].toUtf8()) > 0)
            paths << file.fileName();
    }
    return paths;
}

// Until the articles are in, their zones worked out and the frame showing them composed.
bool waitForCompleteMap(MainWindow &window, QSignalSpy &loaded)
{
    constexpr int kPatienceMilliseconds = 600000;
    if (loaded.isEmpty() && !loaded.wait(kPatienceMilliseconds))
        return false;
    return QTest::qWaitFor(
        [&] { return !window.mapView()->areZonesPending() && window.mapView()->isFrameCurrent(); },
        kPatienceMilliseconds);
}

double millisecondsSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// Timings of one kind of change: until the change was handled (the table's rows, the selection,
// the scene rebuilt) and until the map's frame showing it was composed.
struct ChangeTimings
{
    std::vector<double> handled, shown;

    static QString range(std::vector<double> values)
    {
        std::sort(values.begin(), values.end());
        return QStringLiteral("median %1 ms (%2-%3)")
            .arg(values[values.size() / 2], 0, 'f', 1)
            .arg(values.front(), 0, 'f', 1)
            .arg(values.back(), 0, 'f', 1);
    }
    void print(const char *what) const
    {
        std::printf("%s, %zu times: handled in %s, frame shown in %s\n", what, shown.size(),
                    qPrintable(range(handled)), qPrintable(range(shown)));
    }
};

// Makes a change and times it to the frame that shows it.
bool timeChange(MapView *view, ChangeTimings &timings, const std::function<void()> &change)
{
    constexpr int kFramePatienceMilliseconds = 60000;
    QElapsedTimer timer;
    timer.start();
    change();
    timings.handled.push_back(millisecondsSince(timer));
    view->update();
    if (!QTest::qWaitFor([view] { return view->isFrameCurrent(); }, kFramePatienceMilliseconds))
        return false;
    timings.shown.push_back(millisecondsSince(timer));
    return true;
}

// The event table filtered to each faction in turn and everything it lists selected on the map;
// the timeline set to the first half of the days and back to all of them, a few times.
bool timeReview(MainWindow &window)
{
    constexpr int kTimelineRounds = 5;
    auto *table = window.findChild<EventTable *>(QStringLiteral("eventTable"));
    auto *timeline = window.findChild<Timeline *>(QStringLiteral("timeline"));
    MapView *view = window.mapView();
    if (!table || !timeline)
        return false;
    ChangeTimings filtering;
    QComboBox *factions = table->factionFilter();
    for (int choice = 1; choice < factions->count(); ++choice)
        if (!timeChange(view, filtering, [&] {
                factions->setCurrentIndex(choice);
                table->view()->selectAll();
            }))
            return false;
    std::printf("the event table lists %d events; filtered to each of %d factions:\n",
                table->model().rowCount(), factions->count() - 1);
    filtering.print("  filter and select its events on the map");
    factions->setCurrentIndex(0);
    table->view()->clearSelection();

    ChangeTimings days;
    const QDate first = timeline->fromEdit()->date(), last = timeline->toEdit()->date();
    const QDate middle = first.addDays(first.daysTo(last) / 2);
    int listedInHalf = 0;
    for (int round = 0; round < kTimelineRounds; ++round) {
        if (!timeChange(view, days, [&] { timeline->toEdit()->setDate(middle); }))
            return false;
        listedInHalf = table->model().rowCount();
        if (!timeChange(view, days, [&] { timeline->allDatesButton()->click(); }))
            return false;
    }
    std::printf("the timeline, %s to %s (%d events listed) and back to all days (%d):\n",
                qPrintable(first.toString(Qt::ISODate)), qPrintable(middle.toString(Qt::ISODate)),
                listedInHalf, table->model().rowCount());
    days.print("  set the days, table and map follow");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 500;
    QString error;
    const auto geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
    QTemporaryDir dir;
    const QStringList paths = writeArticles(dir, count);
    if (!geodata || paths.size() != count) {
        std::fprintf(stderr, "bench_window: %s\n",
                     qPrintable(error.isEmpty() ? QStringLiteral("no articles") : error));
        return 1;
    }
    MainWindow window(*geodata);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    Responsiveness probe;
    QSignalSpy loaded(&window, &MainWindow::loadingFinished);
    QElapsedTimer timer;
    probe.start();
    timer.start();
    window.openFiles(paths);
    if (!waitForCompleteMap(window, loaded))
        return 1;
    std::printf("%d articles: complete map in %.0f ms; the event loop answered within %lld ms "
                "throughout; %zu places, %zu events\n",
                count, millisecondsSince(timer), probe.longestMilliseconds(),
                window.document().geoparse().places.size(),
                window.document().events().events.size());

    MapView *view = window.mapView();
    if (!QTest::qWaitFor([&] { return !window.sourcePanel()->isAddingText(); }, 60000))
        return 1;
    std::printf("the source panel had all their text %.0f ms after the start\n",
                millisecondsSince(timer));
    const MapMarker *marker = nullptr;
    for (const MapMarker &m : view->overlay().markers)
        if (view->rect().contains(view->screenPositionOf(m.placeId).toPoint()))
            marker = &m;
    if (marker) {
        const QString placeId = marker->placeId;
        QSignalSpy shown(view, &MapView::frameShown);
        timer.restart();
        QTest::mouseClick(view, Qt::LeftButton, {}, view->screenPositionOf(placeId).toPoint());
        const double handled = millisecondsSince(timer);
        if (!shown.wait(5000))
            return 1;
        std::printf(
            "selecting a marker: panel and overlay updated in %.1f ms, frame shown in %.1f ms\n",
            handled, millisecondsSince(timer));
        timer.restart();
        window.movePlace(placeId, 34.5, 40.5);
        const double rebuilt = millisecondsSince(timer);
        if (!QTest::qWaitFor([&] { return !view->areZonesPending() && view->isFrameCurrent(); },
                             60000))
            return 1;
        std::printf("one edit: map scene rebuilt in %.1f ms, zones and frame in %.0f ms\n", rebuilt,
                    millisecondsSince(timer));
    }
    if (!timeReview(window))
        return 1;

    constexpr int kLongLineBytes = 4 * 1000 * 1000;
    QString line;
    const QString sentence =
        QStringLiteral("Fighting was reported near Aleppo and Homs on Monday. ");
    while (line.size() < kLongLineBytes)
        line += sentence;
    QFile longFile(dir.filePath(QStringLiteral("one-line.txt")));
    if (!longFile.open(QIODevice::WriteOnly) || longFile.write(line.toUtf8()) < 0)
        return 1;
    longFile.close();
    MainWindow second(*geodata);
    QSignalSpy secondLoaded(&second, &MainWindow::loadingFinished);
    probe.start();
    timer.restart();
    second.show();
    if (!QTest::qWaitForWindowExposed(&second))
        return 1;
    const double exposed = millisecondsSince(timer);
    second.openFiles({longFile.fileName()});
    if (!waitForCompleteMap(second, secondLoaded))
        return 1;
    std::printf("a 4 MB article of one line: window shown in %.0f ms, its map complete in %.0f ms; "
                "the event loop answered within %lld ms\n",
                exposed, millisecondsSince(timer), probe.longestMilliseconds());
    return 0;
}
