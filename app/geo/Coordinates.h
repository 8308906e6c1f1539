#pragma once

#include <QString>
#include <optional>

namespace frontline {

inline constexpr double kMaxLatitude = 90.0;
inline constexpr double kMaxLongitude = 180.0;

// Why a point is not on the globe (a latitude outside -90..90, a longitude outside
// -180..180, or not a number), or an empty string when it is.
QString offTheGlobe(double latitude, double longitude);

struct LatitudeLongitude
{
    double latitude = 0;
    double longitude = 0;
};

// Reads a point the analyst types or pastes: decimal degrees ("34.45, 40.92", "34.45 40.92",
// with or without degree signs) or an MGRS reference ("37SGU 93280 14310"). Nothing is checked
// against the globe here (offTheGlobe does that); `error` says what could not be read.
std::optional<LatitudeLongitude> parseCoordinates(const QString &text, QString *error);

} // namespace frontline
