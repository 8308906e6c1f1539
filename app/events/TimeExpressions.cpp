#include "TimeExpressions.h"

#include <QRegularExpression>

namespace frontline {
namespace {

const QStringList kWeekdays{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
const QStringList kMonths{"january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"};

const QRegularExpression &pattern()
{
    static const QString weekday = QStringLiteral("monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    static const QString month = QStringLiteral(
        "january|february|march|april|may|june|july|august|september|october|november|december");
    static const QRegularExpression expression(
        QStringLiteral(
            "\\b(?:"
            "(?:on |last |this |early |late )?(?:%1)(?: morning| afternoon| evening| night)?"
            "|(?:at|over|during) the weekend|(?:this|last) weekend"
            "|at noon|at midday|at midnight|at dawn|overnight|this morning|tonight|today|yesterday"
            "|(?:earlier |later )?(?:this|last) (?:week|month|year)"
            "|(?:in )?(?:early|mid|late)[- ](?:19|20)\\d\\d"
            "|(?:%2) \\d{1,2}(?:, (?:19|20)\\d\\d)?"
            "|\\d{1,2} (?:%2)(?: (?:19|20)\\d\\d)?"
            "|(?:in |since |early |late )?(?:%2)(?: (?:19|20)\\d\\d)?"
            "|(?:in|since|during) (?:19|20)\\d\\d"
            ")\\b")
            .arg(weekday, month),
        QRegularExpression::CaseInsensitiveOption);
    return expression;
}

QDate lastWeekdayUpTo(QDate date, int weekday) // weekday 1 = Monday
{
    return date.addDays(-((date.dayOfWeek() - weekday + 7) % 7));
}

int monthIn(const QString &words)
{
    for (int m = 0; m < kMonths.size(); ++m)
        if (words.contains(kMonths[m]))
            return m + 1;
    return 0;
}

int yearIn(const QString &words)
{
    static const QRegularExpression year(QStringLiteral("\\b((?:19|20)\\d\\d)\\b"));
    const QRegularExpressionMatch match = year.match(words);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
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
    const int year = yearIn(words);
    const int month = monthIn(words);

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
    static const QRegularExpression dayNumber(QStringLiteral("\\b(\\d{1,2})\\b(?!\\d)"));
    const QRegularExpressionMatch day = dayNumber.match(QString(words).remove(QRegularExpression(QStringLiteral("(19|20)\\d\\d"))));
    if (month) {
        int resolvedYear = year;
        if (!resolvedYear) {
            if (!m_date.isValid())
                return span;
            resolvedYear = m_date.year() - (month > m_date.month() ? 1 : 0); // the latest such month
        }
        const QDate first(resolvedYear, month, 1);
        if (day.hasMatch())
            set(QDate(resolvedYear, month, day.captured(1).toInt()), QDate(resolvedYear, month, day.captured(1).toInt()));
        else
            set(first, first.addMonths(1).addDays(-1));
        return span;
    }
    if (!m_date.isValid())
        return span; // relative expressions need the article's date

    for (int w = 0; w < kWeekdays.size(); ++w)
        if (words.contains(kWeekdays[w])) {
            const QDate date = lastWeekdayUpTo(m_date, w + 1);
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

std::vector<TimeSpan> TimeResolver::find(QStringView text, TextRange sentence)
{
    std::vector<TimeSpan> spans;
    const QString slice = text.mid(sentence.start, sentence.length()).toString();
    QRegularExpressionMatchIterator it = pattern().globalMatch(slice);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // "May" opens sentences as a verb; a bare month is a time only after "in", "since".
        const QString words = match.captured(0);
        if (monthIn(words.toLower()) && !words.contains(QRegularExpression(QStringLiteral("\\d"))) &&
            !words.contains(QRegularExpression(QStringLiteral("^(in|since|early|late) "), QRegularExpression::CaseInsensitiveOption)))
            continue;
        TimeSpan span = resolve(words);
        span.range = {sentence.start + int(match.capturedStart(0)), sentence.start + int(match.capturedEnd(0))};
        if (span.isResolved() && span.start == span.end)
            m_lastDay = span.start;
        spans.push_back(span);
    }
    return spans;
}

} // namespace frontline
