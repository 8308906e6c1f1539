#pragma once

#include "map/MapLayer.h"

#include <QDate>
#include <QRectF>
#include <vector>

namespace frontline {

// Which of the team's published features to open; every one by default.
struct TeamFilter
{
    QString author; // empty: every author's
    QDate from, to; // the days of the articles they were read from, inclusive; null: no bound
    QRectF region;  // x longitude, y latitude (south at the top); null: the whole world

    QString describe() const; // "by alice, 2024-10-01 to 2024-10-31, in 35.1,32.0 to 42.2,37.3"
};

// The team's places, events, zones and arrows from its database (TeamDatabase.h), a vector
// layer each, holding what `filter` lets through. Empty, with one line in `error`, when the
// database cannot be read or nothing published there matches.
std::vector<MapLayer> readTeamLayers(const QString &connection, const TeamFilter &filter,
                                     QString *error);

// Whether a layer of the map came from the team's database (it is opened from there again,
// never from the settings).
bool isTeamLayer(const MapLayer &layer);

} // namespace frontline
