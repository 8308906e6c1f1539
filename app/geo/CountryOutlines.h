#pragma once

#include <QString>

#include <vector>

namespace frontline {

// A country of Natural Earth's countries layer (world-atlas), reduced to what the gazetteer
// needs: its ISO numeric code, its short name and a point a reader accepts as "the country".
struct CountryOutline
{
    QString isoNumeric; // "760"; empty for areas without one (Kosovo, Northern Cyprus)
    QString name;
    double latitude = 0;
    double longitude = 0;
};

// Reads `layer` of a vector file with OGR; the point is the main landmass's (MainLandmass.h).
std::vector<CountryOutline> readCountryOutlines(const QString &path, const QString &layer,
                                                QString *error);

} // namespace frontline
