#pragma once

#include "events/EventsResult.h"
#include "geoparse/GeoparseResult.h"
#include "text/Article.h"

#include <QSet>
#include <vector>

namespace frontline {

// One real event as one or more articles report it: a day's feed repeats the same strike in
// five articles, and the map and every count should show it once.
struct MergedEvent
{
    // Indexes into EventsResult::events; the first is the report that stands for the event
    // (the most confident), the others follow in article order.
    std::vector<int> reports;
    int representative() const { return reports.front(); }
};

// Merges the reports of one event, across articles and within one ("an air strike hit X" is
// one act read from its noun and its verb): the same type (and ACLED subtype where both
// have one), the same place or one within a few kilometres, days that overlap (the event's
// own, else its article's date) and actors that agree where both name some. Reports with no
// place or no day stand alone, as do the events the analyst kept apart (by event id).
// Near-linear: reports meet only those of their type in their and the neighbouring grid cells.
std::vector<MergedEvent> mergeEventReports(const std::vector<Article> &articles,
                                           const GeoparseResult &places, const EventsResult &events,
                                           const QSet<QString> &keptApart);

} // namespace frontline
