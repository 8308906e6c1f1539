#pragma once

#include "events/EventsResult.h"

#include <QDate>
#include <QSet>

namespace frontline {

// What the map shows of the document: the days of a timeline and the articles the analyst
// picked. A view, not an edit: the map scene applies it, and so does `frontline export --from
// --to`; nothing is removed from the document.
struct ViewFilter
{
    QDate from, to;           // null: open at that end
    QSet<int> hiddenArticles; // by article index

    bool showsArticle(int article) const { return !hiddenArticles.contains(article); }
    // An act's days (its own, else its article's date) meet the range; an undated act is shown,
    // as nothing says it lies outside.
    bool showsTime(const TimeSpan &time, const QDate &articleDate) const;
    bool hasDateRange() const { return from.isValid() || to.isValid(); }
    bool operator==(const ViewFilter &) const = default;
};

} // namespace frontline
