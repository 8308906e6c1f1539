#include "Coordinates.h"

#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>
#include <QRegularExpression>
#include <cmath>

namespace frontline {
namespace {

std::optional<LatitudeLongitude> parseMgrs(const QString &text)
{
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    try {
        int zone = 0, precision = 0;
        bool north = true;
        double x = 0, y = 0;
        GeographicLib::MGRS::Reverse(compact.toUpper().toStdString(), zone, north, x, y, precision);
        LatitudeLongitude point;
        GeographicLib::UTMUPS::Reverse(zone, north, x, y, point.latitude, point.longitude);
        return point;
    } catch (const GeographicLib::GeographicErr &) {
        return std::nullopt;
    }
}

} // namespace

QString offTheGlobe(double latitude, double longitude)
{
    if (std::isnan(latitude) || std::isnan(longitude))
        return QStringLiteral("a coordinate is not a number");
    if (std::abs(latitude) > kMaxLatitude)
        return QStringLiteral("latitude %1 is outside -90..90").arg(latitude);
    if (std::abs(longitude) > kMaxLongitude)
        return QStringLiteral("longitude %1 is outside -180..180").arg(longitude);
    return {};
}

std::optional<LatitudeLongitude> parseCoordinates(const QString &text, QString *error)
{
    // Two signed decimals, apart by a comma, a semicolon or spaces; degree signs allowed.
    static const QRegularExpression decimal(QStringLiteral(
        R"(^\s*([-+]?\d+(?:\.\d+)?)\s*°?\s*[,;\s]\s*([-+]?\d+(?:\.\d+)?)\s*°?\s*$)"));
    const QRegularExpressionMatch match = decimal.match(text);
    if (match.hasMatch())
        return LatitudeLongitude{match.captured(1).toDouble(), match.captured(2).toDouble()};
    if (const std::optional<LatitudeLongitude> grid = parseMgrs(text.trimmed()))
        return grid;
    if (error)
        *error = QStringLiteral("\"%1\" is neither latitude, longitude in decimal degrees nor an "
                                "MGRS reference")
                     .arg(text.trimmed());
    return std::nullopt;
}

} // namespace frontline
