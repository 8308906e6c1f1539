#pragma once

#include "EventLexicon.h"
#include "EventsResult.h"
#include "geoparse/WordTokens.h"

#include <QDate>
#include <QStringView>

#include <vector>

namespace frontline {

// Finds time expressions in news text and resolves them against the article's date:
// "on Tuesday" (the latest Tuesday up to the date), "at the weekend", "this year",
// "in mid-2014", "June 28", "last week". "At noon" and "overnight" take the day the article
// last named. Without an article date only absolute expressions resolve; the rest keep their
// words and stay unresolved.
class TimeResolver
{
public:
    explicit TimeResolver(QDate articleDate) : m_date(articleDate), m_lastDay(articleDate) {}

    // The expressions of one tokenised sentence (`lexicon` has read its words), in order;
    // call sentence by sentence.
    std::vector<TimeSpan> find(QStringView text, const WordTokens &words, const SentenceLexicon &lexicon);

private:
    TimeSpan resolve(const QString &words) const;

    QDate m_date;
    QDate m_lastDay; // the day the article most recently named
};

} // namespace frontline
