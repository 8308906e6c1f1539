#include "ViewFilter.h"

namespace frontline {

bool ViewFilter::showsTime(const TimeSpan &time, const QDate &articleDate) const
{
    const QDate first = time.isResolved() ? time.start : articleDate;
    if (!first.isValid())
        return true;
    const QDate last = time.isResolved() && time.end.isValid() ? time.end : first;
    return (!from.isValid() || last >= from) && (!to.isValid() || first <= to);
}

} // namespace frontline
