#include "TimeExpressions.h"

#include <algorithm>

namespace frontline {
namespace {

constexpr QLatin1StringView kWeekdays[]{QLatin1StringView("monday"),   QLatin1StringView("tuesday"),
                                         QLatin1StringView("wednesday"), QLatin1StringView("thursday"),
                                         QLatin1StringView("friday"),   QLatin1StringView("saturday"),
                                         QLatin1StringView("sunday")};
constexpr QLatin1StringView kMonths[]{
    QLatin1StringView("january"), QLatin1StringView("february"), QLatin1StringView("march"),
    QLatin1StringView("april"),   QLatin1StringView("may"),      QLatin1StringView("june"),
    QLatin1StringView("july"),    QLatin1StringView("august"),   QLatin1StringView("september"),
    QLatin1StringView("october"), QLatin1StringView("november"), QLatin1StringView("december")};

// The position (from 1) in `names` of a whole word of `words`, or 0: "june 28, 2016" -> 6
// for the months. Whole words, so "mayor" is no May.
template <std::size_t N>
int wordIn(QStringView words, const QLatin1StringView (&names)[N])
{
    for (qsizetype i = 0; i < words.size();) {
        qsizetype end = i;
        while (end < words.size() && words.at(end).isLetter())
            ++end;
        if (end > i)
            for (std::size_t n = 0; n < N; ++n)
                if (words.mid(i, end - i) == names[n])
                    return int(n) + 1;
        i = end + 1;
    }
    return 0;
}

QDate lastWeekdayUpTo(QDate date, int weekday) // weekday 1 = Monday
{
    return date.addDays(-((date.dayOfWeek() - weekday + 7) % 7));
}

// The numbers of an expression: a four-digit year (19xx, 20xx) and a one- or two-digit day.
void numbersIn(const QString &words, int *year, int *day)
{
    *year = *day = 0;
    for (qsizetype i = 0; i < words.size();) {
        if (!words.at(i).isDigit()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        int value = 0;
        while (end < words.size() && words.at(end).isDigit())
            value = value * 10 + words.at(end++).digitValue();
        if (end - i == 4 && value >= 1900 && value < 2100)
            *year = value;
        else if (end - i <= 2)
            *day = value;
        i = end;
    }
}

} // namespace

TimeSpan TimeResolver::resolve(const QString &text) const
{
    const QString words = text.toLower();
    TimeSpan span;
    span.text = text;
    const auto set = [&span](QDate start, QDate end) {
        span.start = start;
        span.end = end;
    };
    int year = 0, dayOfMonth = 0;
    numbersIn(words, &year, &dayOfMonth);
    const int month = wordIn(words, kMonths);

    // Absolute: a year, a part of a year, a month of a year, a day of a month.
    if (year && !month) {
        if (words.contains(QLatin1String("mid")))
            set(QDate(year, 5, 1), QDate(year, 8, 31));
        else if (words.contains(QLatin1String("early")))
            set(QDate(year, 1, 1), QDate(year, 4, 30));
        else if (words.contains(QLatin1String("late")))
            set(QDate(year, 9, 1), QDate(year, 12, 31));
        else
            set(QDate(year, 1, 1), QDate(year, 12, 31));
        return span;
    }
    if (month) {
        int resolvedYear = year;
        if (!resolvedYear) {
            if (!m_date.isValid())
                return span;
            resolvedYear = m_date.year() - (month > m_date.month() ? 1 : 0); // the latest such month
        }
        const QDate first(resolvedYear, month, 1);
        if (dayOfMonth && QDate(resolvedYear, month, dayOfMonth).isValid())
            set(QDate(resolvedYear, month, dayOfMonth), QDate(resolvedYear, month, dayOfMonth));
        else
            set(first, first.addMonths(1).addDays(-1));
        return span;
    }
    if (!m_date.isValid())
        return span; // relative expressions need the article's date

    if (const int weekday = wordIn(words, kWeekdays)) {
        const QDate date = lastWeekdayUpTo(m_date, weekday);
        set(date, date);
        return span;
    }
    if (words.contains(QLatin1String("weekend"))) {
        const QDate sunday = lastWeekdayUpTo(m_date, 7);
        set(sunday.addDays(-1), sunday);
    } else if (words == QLatin1String("yesterday")) {
        set(m_date.addDays(-1), m_date.addDays(-1));
    } else if (words == QLatin1String("today") || words == QLatin1String("tonight") ||
               words == QLatin1String("this morning")) {
        set(m_date, m_date);
    } else if (words.contains(QLatin1String("noon")) || words.contains(QLatin1String("midday")) ||
               words.contains(QLatin1String("midnight")) || words.contains(QLatin1String("dawn"))) {
        set(m_lastDay, m_lastDay); // the day the article was talking about
    } else if (words == QLatin1String("overnight")) {
        set(m_lastDay.addDays(-1), m_lastDay);
    } else if (words.endsWith(QLatin1String("year"))) {
        const int y = m_date.year() - (words.contains(QLatin1String("last")) ? 1 : 0);
        set(QDate(y, 1, 1), words.contains(QLatin1String("last")) ? QDate(y, 12, 31) : m_date);
    } else if (words.endsWith(QLatin1String("month"))) {
        const QDate first(m_date.year(), m_date.month(), 1);
        if (words.contains(QLatin1String("last")))
            set(first.addMonths(-1), first.addDays(-1));
        else
            set(first, m_date);
    } else if (words.endsWith(QLatin1String("week"))) {
        const QDate monday = lastWeekdayUpTo(m_date, 1);
        if (words.contains(QLatin1String("last")))
            set(monday.addDays(-7), monday.addDays(-1));
        else
            set(monday, m_date);
    }
    return span;
}

namespace {

bool isWeekday(std::string_view w)
{
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" ||
           w == "saturday" || w == "sunday";
}

bool isMonth(std::string_view w)
{
    static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december"};
    for (const char *m : months)
        if (w == m)
            return true;
    return false;
}

bool isYear(std::string_view w)
{
    return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isDayNumber(std::string_view w)
{
    return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A key like "mid 2014" (from "mid-2014").
bool isPartOfYear(std::string_view w)
{
    if (w.size() < 8 || (w[0] != 'm' && w[0] != 'e' && w[0] != 'l'))
        return false; // most words, at once
    for (std::string_view part : {"mid ", "early ", "late "})
        if (w.starts_with(part) && isYear(w.substr(part.size())))
            return true;
    return false;
}

} // namespace

namespace {

// A number of up to four digits: a day or a year a time expression may turn on.
bool isShortNumber(std::string_view w)
{
    return !w.empty() && w.size() <= 4 && w[0] >= '0' && w[0] <= '9' && (w.size() == 1 || (w[1] >= '0' && w[1] <= '9'));
}

} // namespace

std::vector<TimeSpan> TimeResolver::find(QStringView text, const WordTokens &words, const SentenceLexicon &lexicon)
{
    std::vector<TimeSpan> spans;
    const auto &tokens = words.tokens();
    const std::size_t n = tokens.size();
    const auto key = [&](std::size_t i) { return i < n ? words.key(i) : std::string_view(); };
    std::size_t next = 0; // words before it belong to an expression already found
    for (const std::uint32_t candidate : lexicon.timeCandidates()) {
        const std::size_t i = candidate;
        if (i < next)
            continue;
        const std::string_view w = words.key(i);
        if (!lexicon.is(i, WordClass::TimeAnchor) && !isShortNumber(w) && !isPartOfYear(w))
            continue;
        std::size_t first = i, last = i;
        bool found = true;
        const auto leading = [&](std::initializer_list<std::string_view> words) {
            if (i == 0)
                return;
            for (std::string_view lead : words)
                if (key(i - 1) == lead)
                    first = i - 1;
        };
        if (isWeekday(w)) {
            leading({"on", "last", "this", "early", "late"});
            const std::string_view next = key(i + 1);
            if (next == "morning" || next == "afternoon" || next == "evening" || next == "night")
                last = i + 1;
        } else if (w == "weekend" && i >= 1 && (key(i - 1) == "the" || key(i - 1) == "this" || key(i - 1) == "last")) {
            first = i - 1;
            if (key(i - 1) == "the" && i >= 2 && (key(i - 2) == "at" || key(i - 2) == "over" || key(i - 2) == "during"))
                first = i - 2;
        } else if ((w == "noon" || w == "midday" || w == "midnight" || w == "dawn") && i >= 1 && key(i - 1) == "at") {
            first = i - 1;
        } else if (w == "overnight" || w == "today" || w == "yesterday" || w == "tonight") {
        } else if (w == "morning" && i >= 1 && key(i - 1) == "this") {
            first = i - 1;
        } else if ((w == "week" || w == "month" || w == "year") && i >= 1 && (key(i - 1) == "this" || key(i - 1) == "last")) {
            first = i - 1;
            if (i >= 2 && (key(i - 2) == "earlier" || key(i - 2) == "later"))
                first = i - 2;
        } else if (isPartOfYear(w)) {
            leading({"in"});
        } else if ((w == "mid" || w == "early" || w == "late") && isYear(key(i + 1))) {
            leading({"in"});
            last = i + 1;
        } else if (isYear(w) && i >= 1 && (key(i - 1) == "in" || key(i - 1) == "since" || key(i - 1) == "during")) {
            first = i - 1;
        } else if (isMonth(w)) {
            // "June 28, 2016", "in June 2014", "since May"; a bare month only after "in",
            // "since", "early", "late" ("May" also opens sentences as a verb).
            if (isDayNumber(key(i + 1)))
                last = i + 1;
            if (isYear(key(last + 1)))
                last = last + 1;
            if (i >= 1 && isDayNumber(key(i - 1)))
                first = i - 1;
            leading({"in", "since", "early", "late"});
            found = first < i || last > i;
        } else {
            found = false;
        }
        if (!found)
            continue;
        const QString words = text.mid(tokens[first].start, tokens[last].end - tokens[first].start).toString();
        TimeSpan span = resolve(words);
        span.range = {tokens[first].start, tokens[last].end};
        if (span.isResolved() && span.start == span.end)
            m_lastDay = span.start;
        spans.push_back(span);
        next = last + 1;
    }
    return spans;
}

} // namespace frontline
