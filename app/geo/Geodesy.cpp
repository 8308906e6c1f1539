#include "Geodesy.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>
#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>

#include <cmath>

namespace frontline::geodesy {

Measurement measure(const QGeoCoordinate &from, const QGeoCoordinate &to)
{
    double metres = 0, bearing = 0, backBearing = 0;
    GeographicLib::Geodesic::WGS84().Inverse(from.latitude(), from.longitude(), to.latitude(), to.longitude(), metres,
                                             bearing, backBearing);
    return {metres, std::fmod(bearing + 360.0, 360.0)};
}

std::vector<QGeoCoordinate> geodesicPath(const QGeoCoordinate &from, const QGeoCoordinate &to, int segments)
{
    const GeographicLib::GeodesicLine line =
        GeographicLib::Geodesic::WGS84().InverseLine(from.latitude(), from.longitude(), to.latitude(), to.longitude());
    std::vector<QGeoCoordinate> path;
    for (int i = 0; i <= segments; ++i) {
        double lat = 0, lon = 0;
        line.Position(line.Distance() * i / segments, lat, lon);
        path.emplace_back(lat, lon);
    }
    return path;
}

QString decimalDegrees(const QGeoCoordinate &c)
{
    return QStringLiteral("%1, %2").arg(c.latitude(), 0, 'f', 5).arg(c.longitude(), 0, 'f', 5);
}

QString degreesMinutesSeconds(const QGeoCoordinate &c)
{
    const auto part = [](double value, QChar positive, QChar negative) {
        const double a = std::abs(value);
        int degrees = int(a), minutes = int((a - degrees) * 60);
        int seconds = int(std::lround(((a - degrees) * 60 - minutes) * 60));
        if (seconds == 60) {
            seconds = 0;
            if (++minutes == 60) {
                minutes = 0;
                ++degrees;
            }
        }
        return QStringLiteral("%1\u00b0%2\u2032%3\u2033%4")
            .arg(degrees)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(seconds, 2, 10, QLatin1Char('0'))
            .arg(value < 0 ? negative : positive);
    };
    return part(c.latitude(), QLatin1Char('N'), QLatin1Char('S')) + QLatin1Char(' ') +
           part(c.longitude(), QLatin1Char('E'), QLatin1Char('W'));
}

QString mgrs(const QGeoCoordinate &c)
{
    if (!c.isValid())
        return {};
    try {
        int zone = 0;
        bool north = true;
        double x = 0, y = 0;
        GeographicLib::UTMUPS::Forward(c.latitude(), c.longitude(), zone, north, x, y);
        std::string text;
        GeographicLib::MGRS::Forward(zone, north, x, y, c.latitude(), 5, text);
        // Grid zone and square, then easting and northing: "37SGU 93280 14310".
        const QString raw = QString::fromStdString(text);
        const int digits = 10;
        const QString head = raw.left(raw.size() - digits);
        return head + QLatin1Char(' ') + raw.mid(head.size(), 5) + QLatin1Char(' ') + raw.right(5);
    } catch (const GeographicLib::GeographicErr &) {
        return {};
    }
}

QString formatDistance(double metres)
{
    if (metres < 1000)
        return QStringLiteral("%1 m").arg(std::lround(metres));
    const bool whole = std::fmod(metres, 1000) == 0 || metres >= 100000;
    return QStringLiteral("%1 km").arg(metres / 1000, 0, 'f', whole ? 0 : 1);
}

} // namespace frontline::geodesy
