#pragma once

#include <QDate>
#include <QString>

namespace frontline {

// Days as the legend and the event table say them: "14 Mar 2024", "14 Mar - 23 Mar 2024",
// "28 Dec 2023 - 3 Jan 2024", "From 14 Mar 2024", "Until 23 Mar 2024"; empty when both ends
// are open.
QString dateRangeText(const QDate &from, const QDate &to);

} // namespace frontline
