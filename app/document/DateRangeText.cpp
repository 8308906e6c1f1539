#include "DateRangeText.h"

#include <QLocale>

namespace frontline {
namespace {

const QString kDay = QStringLiteral("d MMM yyyy");
const QString kDayInYear = QStringLiteral("d MMM");

// English month names whatever the locale: the map's other words are English too.
QString dayText(const QDate &date, const QString &format)
{
    return QLocale::c().toString(date, format);
}

} // namespace

QString dateRangeText(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return {};
    if (!to.isValid())
        return QStringLiteral("From %1").arg(dayText(from, kDay));
    if (!from.isValid())
        return QStringLiteral("Until %1").arg(dayText(to, kDay));
    if (from == to)
        return dayText(from, kDay);
    const QString first = dayText(from, from.year() == to.year() ? kDayInYear : kDay);
    return QStringLiteral("%1 - %2").arg(first, dayText(to, kDay));
}

} // namespace frontline
