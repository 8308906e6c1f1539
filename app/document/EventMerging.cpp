#include "EventMerging.h"

#include "geo/GreatCircle.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace frontline {
namespace {

// Two readings of one town, or a town and the suburb a second wire names instead.
constexpr double kSamePlaceKm = 10.0;
// The grid reports meet in: a cell is about 11 km high, so a report's match lies in the cells
// around its own.
constexpr double kCellDegrees = 0.1;
constexpr double kNearestPoleCosine = 0.05; // columns stay finite near the poles
// A report filed the morning after gives the next day for "overnight".
constexpr qint64 kDaySlack = 1;

struct Report
{
    int event = 0;
    double latitude = 0, longitude = 0;
    qint64 firstDay = 0, lastDay = 0; // Julian days
};

// The days a report's event took, from its own time or else its article's date.
bool daysOf(const Event &event, const Article &article, Report &report)
{
    if (event.time.isResolved()) {
        report.firstDay = event.time.start.toJulianDay();
        const QDate end = event.time.end.isValid() ? event.time.end : event.time.start;
        report.lastDay = end.toJulianDay();
        return true;
    }
    if (!article.date.isValid())
        return false;
    report.firstDay = report.lastDay = article.date.toJulianDay();
    return true;
}

bool actorsAgree(const Event &a, const Event &b)
{
    if (a.actors.isEmpty() || b.actors.isEmpty())
        return true;
    return std::any_of(a.actors.begin(), a.actors.end(),
                       [&](const QString &actor) { return b.actors.contains(actor); });
}

bool sameEvent(const Event &a, const Report &ra, const Event &b, const Report &rb)
{
    return a.type == b.type &&
           (a.subtype.isEmpty() || b.subtype.isEmpty() || a.subtype == b.subtype) &&
           ra.firstDay <= rb.lastDay + kDaySlack && rb.firstDay <= ra.lastDay + kDaySlack &&
           (a.target == b.target ||
            greatCircleKm(ra.latitude, ra.longitude, rb.latitude, rb.longitude) <= kSamePlaceKm) &&
           actorsAgree(a, b);
}

std::int64_t cellKey(EventType type, std::int64_t row, std::int64_t column)
{
    constexpr std::int64_t kRows = 2000, kColumns = 4000; // 180 and 360 degrees in cells, doubled
    return (std::int64_t(type) * kRows + row + kRows / 2) * kColumns + column + kColumns / 2;
}

int rootOf(std::vector<int> &parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

// The reports that can merge: an event at a point, on a known day, not kept apart.
std::vector<Report> reportsOf(const std::vector<Article> &articles, const GeoparseResult &places,
                              const EventsResult &events, const QSet<QString> &keptApart)
{
    std::vector<Report> reports;
    for (int e = 0; e < int(events.events.size()); ++e) {
        const Event &event = events.events[e];
        const int place = event.target.isEmpty() ? -1 : places.findPlace(event.target);
        if (place < 0 || !places.places[place].hasCoordinates() || keptApart.contains(event.id) ||
            event.article < 0 || event.article >= int(articles.size()))
            continue;
        Report report;
        report.event = e;
        report.latitude = places.places[place].latitude;
        report.longitude = places.places[place].longitude;
        if (daysOf(event, articles[event.article], report))
            reports.push_back(report);
    }
    return reports;
}

// Whether merging could tell two reports apart at all.
bool alike(const Event &a, const Report &ra, const Event &b, const Report &rb)
{
    return a.type == b.type && a.subtype == b.subtype && a.target == b.target &&
           ra.firstDay == rb.firstDay && ra.lastDay == rb.lastDay &&
           a.actors.size() == b.actors.size() &&
           std::all_of(a.actors.begin(), a.actors.end(),
                       [&](const QString &actor) { return b.actors.contains(actor); });
}

// A feed repeats reports word for word: reports alike in every respect merging looks at are
// joined at once (in `parent`), and only the first of each kind goes on to meet the others.
std::vector<Report> withoutRepeats(const std::vector<Report> &reports, const EventsResult &events,
                                   std::vector<int> &parent)
{
    std::unordered_map<std::size_t, int> firstOfKind; // hash of what merging looks at -> report
    std::vector<Report> kept;
    for (const Report &report : reports) {
        const Event &event = events.events[report.event];
        const std::size_t kind = qHashMulti(
            qHashRangeCommutative(event.actors.begin(), event.actors.end()), int(event.type),
            event.subtype, event.target, report.firstDay, report.lastDay);
        const auto [first, isNew] = firstOfKind.try_emplace(kind, int(kept.size()));
        if (!isNew) {
            const Report &firstReport = kept[std::size_t(first->second)];
            if (alike(event, report, events.events[firstReport.event], firstReport)) {
                parent[report.event] = firstReport.event;
                continue;
            }
        }
        kept.push_back(report);
    }
    return kept;
}

// Joins, in `parent` (by event index), the reports that tell of one event.
void joinReports(const std::vector<Report> &reports, const EventsResult &events,
                 std::vector<int> &parent)
{
    std::unordered_map<std::int64_t, std::vector<int>> cells; // cell -> indexes into reports
    for (int r = 0; r < int(reports.size()); ++r) {
        const Report &report = reports[r];
        const Event &event = events.events[report.event];
        const auto row = std::int64_t(std::floor(report.latitude / kCellDegrees));
        const auto column = std::int64_t(std::floor(report.longitude / kCellDegrees));
        // Cells narrow toward the poles: look as many columns away as kSamePlaceKm spans.
        const double cellWidthKm =
            kCellDegrees * kKmPerDegree *
            std::max(std::cos(report.latitude * M_PI / 180), kNearestPoleCosine);
        const auto columns = std::int64_t(std::ceil(kSamePlaceKm / cellWidthKm));
        for (std::int64_t dr = -1; dr <= 1; ++dr)
            for (std::int64_t dc = -columns; dc <= columns; ++dc) {
                const auto cell = cells.find(cellKey(event.type, row + dr, column + dc));
                if (cell == cells.end())
                    continue;
                for (int other : cell->second) {
                    // A feed repeats an event many times: once joined, its other reports
                    // need no look.
                    const int root = rootOf(parent, report.event);
                    const int otherRoot = rootOf(parent, reports[other].event);
                    if (root != otherRoot &&
                        sameEvent(event, report, events.events[reports[other].event],
                                  reports[other]))
                        parent[root] = otherRoot;
                }
            }
        cells[cellKey(event.type, row, column)].push_back(r);
    }
}

} // namespace

std::vector<MergedEvent> mergeEventReports(const std::vector<Article> &articles,
                                           const GeoparseResult &places, const EventsResult &events,
                                           const QSet<QString> &keptApart)
{
    const int count = int(events.events.size());
    std::vector<int> parent(count);
    for (int e = 0; e < count; ++e)
        parent[e] = e;
    joinReports(withoutRepeats(reportsOf(articles, places, events, keptApart), events, parent),
                events, parent);

    std::vector<MergedEvent> merged;
    std::vector<int> groupOfRoot(count, -1);
    for (int e = 0; e < count; ++e) {
        const int root = rootOf(parent, e);
        if (groupOfRoot[root] < 0) {
            groupOfRoot[root] = int(merged.size());
            merged.emplace_back();
        }
        merged[groupOfRoot[root]].reports.push_back(e);
    }
    for (MergedEvent &event : merged) {
        auto mostConfident =
            std::max_element(event.reports.begin(), event.reports.end(), [&](int a, int b) {
                return events.events[a].confidence < events.events[b].confidence;
            });
        std::rotate(event.reports.begin(), mostConfident, mostConfident + 1);
    }
    return merged;
}

} // namespace frontline
