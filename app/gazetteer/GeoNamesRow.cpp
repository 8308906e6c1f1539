#include "GeoNamesRow.h"

#include <QRegularExpression>

namespace frontline {

using gazetteer_format::Kind;

PlaceEntry GeoNamesRow::toPlaceEntry(const QString &admin1Name) const
{
    PlaceEntry entry;
    entry.id = QStringLiteral("geonames:%1").arg(id);
    entry.name = name;
    entry.admin1Name = admin1Name;
    entry.countryCode = countryCode;
    entry.featureCode = featureCode;
    entry.kind = kind();
    entry.latitude = latitude;
    entry.longitude = longitude;
    entry.population = population;
    return entry;
}

Kind GeoNamesRow::kind() const
{
    if (featureClass == QLatin1Char('P'))
        return Kind::PopulatedPlace;
    if (featureClass == QLatin1Char('A')) {
        if (featureCode == QLatin1String("ADM1"))
            return Kind::Admin1;
        if (featureCode == QLatin1String("ADM2"))
            return Kind::Admin2;
        if (featureCode.startsWith(QLatin1String("PCL")))
            return Kind::Country;
    }
    return Kind::Feature;
}

bool isGeoNamesCode(const QString &alternateName)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{2,5}$"));
    return code.match(alternateName).hasMatch();
}

std::optional<GeoNamesRow> parseGeoNamesRow(QStringView line)
{
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    const QList<QStringView> columns = line.split(QLatin1Char('\t'));
    if (columns.size() < 15)
        return std::nullopt;
    GeoNamesRow row;
    bool idOk = false, latOk = false, lonOk = false;
    row.id = columns[0].toUInt(&idOk);
    row.latitude = columns[4].toDouble(&latOk);
    row.longitude = columns[5].toDouble(&lonOk);
    if (!idOk || !latOk || !lonOk || columns[1].isEmpty() || std::abs(row.latitude) > 90 ||
        std::abs(row.longitude) > 180)
        return std::nullopt;
    row.name = columns[1].toString();
    row.asciiName = columns[2].toString();
    if (!columns[3].isEmpty())
        row.alternateNames = columns[3].toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    row.featureClass = columns[6].isEmpty() ? QChar() : columns[6].at(0);
    row.featureCode = columns[7].toString();
    row.countryCode = columns[8].toString();
    row.admin1Code = columns[10].toString();
    row.admin2Code = columns[11].toString();
    row.population = columns[14].toULongLong();
    return row;
}

} // namespace frontline
