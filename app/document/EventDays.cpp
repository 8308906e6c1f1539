#include "EventDays.h"

#include "Document.h"

namespace frontline {

DaySpan daysOfEvent(const Event &event, const QDate &articleDate)
{
    if (!event.time.isResolved())
        return {articleDate, articleDate};
    return {event.time.start, event.time.end.isValid() ? event.time.end : event.time.start};
}

DaySpan eventDaySpan(const Document &document)
{
    DaySpan span;
    const std::vector<Article> &articles = document.articles();
    for (const Event &event : document.events().events) {
        const QDate articleDate = event.article >= 0 && event.article < int(articles.size())
                                      ? articles[event.article].date
                                      : QDate();
        const DaySpan days = daysOfEvent(event, articleDate);
        if (!days.isValid())
            continue;
        if (!span.isValid() || days.first < span.first)
            span.first = days.first;
        if (!span.last.isValid() || days.last > span.last)
            span.last = days.last;
    }
    return span;
}

} // namespace frontline
