#pragma once

#include "GazetteerBuilder.h"
#include "GazetteerFormat.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace frontline {

// One row of a GeoNames "geoname" table (allCountries.txt, SY.txt, cities1000.txt).
struct GeoNamesRow
{
    quint32 id = 0;
    QString name;
    QString asciiName;
    QStringList alternateNames;
    double latitude = 0;
    double longitude = 0;
    QChar featureClass;
    QString featureCode;
    QString countryCode;
    QString admin1Code;
    QString admin2Code; // a US county's FIPS code within its state ("143")
    quint64 population = 0;

    gazetteer_format::Kind kind() const;
    // "SY.04": how GeoNames' admin1 table names a first-level division.
    QString admin1Key() const { return countryCode + QLatin1Char('.') + admin1Code; }
    // The place this row describes; its names are added to the index separately.
    PlaceEntry toPlaceEntry(const QString &admin1Name) const;
};

// GeoNames lists airport and other codes among alternate names ("GAO" for Guantanamo, "BGW"
// for Baghdad): codes, not names, and they would shadow towns.
bool isGeoNamesCode(const QString &alternateName);

// Parses one tab-separated line; nullopt for a malformed row (wrong column count,
// unparseable id or coordinates), which callers count and skip.
std::optional<GeoNamesRow> parseGeoNamesRow(QStringView line);

} // namespace frontline
