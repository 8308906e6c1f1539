#pragma once

#include <QGeoCoordinate>
#include <QString>

#include <vector>

namespace frontline::geodesy {

// Distance and bearing on the WGS 84 ellipsoid (GeographicLib), for the measure tool.
struct Measurement
{
    double metres = 0;
    double bearing = 0; // initial, degrees clockwise from north, 0 to 360
};
Measurement measure(const QGeoCoordinate &from, const QGeoCoordinate &to);

// Points along the geodesic from `from` to `to`, both ends included: what the line drawn
// between two measured points follows.
std::vector<QGeoCoordinate> geodesicPath(const QGeoCoordinate &from, const QGeoCoordinate &to, int segments);

// "34.45226, 40.91854"
QString decimalDegrees(const QGeoCoordinate &c);
// "34°27′08″N 40°55′07″E"
QString degreesMinutesSeconds(const QGeoCoordinate &c);
// "37SGU 93280 14310" (1 m), or an empty string outside MGRS's range (the poles' UPS zones
// have letters of their own, so they are included; only invalid coordinates fail).
QString mgrs(const QGeoCoordinate &c);
// "12.3 km" or "850 m".
QString formatDistance(double metres);

} // namespace frontline::geodesy
