#pragma once

#include <QString>
#include <vector>

namespace frontline {

// An area of a vector layer with an `id` and a `name` (a country of Natural Earth's, a US
// county of us-atlas), reduced to what the gazetteer needs: its code, its name and a point a
// reader accepts as "the area".
struct AreaOutline
{
    QString code; // a country's ISO numeric code ("760"; empty for Kosovo, Northern Cyprus),
                  // a county's FIPS code ("18143")
    QString name;
    double latitude = 0;
    double longitude = 0;
};

// Reads `layer` of a vector file with OGR (its first layer when `layer` is empty); the point is the main landmass's (MainLandmass.h).
std::vector<AreaOutline> readAreaOutlines(const QString &path, const QString &layer,
                                          QString *error);

} // namespace frontline
