// Builds Frontline's gazetteer index from the pinned GeoNames extracts, Debian's iso-codes,
// Natural Earth's countries and the small sourced tables beside this file.
// Run by the build (see CMakeLists.txt); prints one line on success, one clear line on error.

#include "gazetteer/GazetteerBuilder.h"
#include "gazetteer/GeoNamesRow.h"
#include "gazetteer/NameKey.h"
#include "geo/AreaOutlines.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <cmath>
#include <cstdio>

using namespace frontline;
using gazetteer_format::Kind;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "frontline-build-gazetteer: %s\n", qPrintable(message));
    std::exit(1);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

QJsonDocument readJson(const QString &path)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("%1: %2").arg(path, error.errorString()));
    return document;
}

// Rows of a tab-separated table, '#' comments and blank lines skipped.
QList<QStringList> readTable(const QString &path, int minimumColumns)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList columns = lines[i].split(QLatin1Char('\t'));
        if (columns.size() < minimumColumns)
            fail(QStringLiteral("%1:%2: expected %3 tab-separated columns")
                     .arg(path)
                     .arg(i + 1)
                     .arg(minimumColumns));
        for (QString &column : columns)
            column = column.trimmed();
        rows.append(columns);
    }
    return rows;
}

// Population-weighted centre of the places of one area (admin1 or country).
struct WeightedCentre
{
    double latSum = 0, lonSum = 0, weight = 0;
    quint64 population = 0;
    void add(double lat, double lon, quint64 people)
    {
        const double w = double(people) + 1; // places with unknown population still count
        latSum += lat * w;
        lonSum += lon * w;
        weight += w;
        population += people;
    }
};

// One row of regions.tsv: id, name, alternate names, kind, latitude, longitude, country, source.
void addRegion(GazetteerBuilder &builder, const QStringList &row, const QString &table)
{
    static const QHash<QString, Kind> kinds{{QStringLiteral("continent"), Kind::Continent},
                                            {QStringLiteral("region"), Kind::Region},
                                            {QStringLiteral("water"), Kind::Water},
                                            {QStringLiteral("island"), Kind::Island}};
    const auto kind = kinds.constFind(row[3]);
    bool latitudeOk = false, longitudeOk = false;
    PlaceEntry entry;
    entry.latitude = row[4].toDouble(&latitudeOk);
    entry.longitude = row[5].toDouble(&longitudeOk);
    if (kind == kinds.cend() || !latitudeOk || !longitudeOk || std::abs(entry.latitude) > 90 ||
        std::abs(entry.longitude) > 180)
        fail(QStringLiteral("%1: row %2: a kind (continent, region, water, island) and a point "
                            "in degrees are needed")
                 .arg(table, row[0]));
    entry.id = QStringLiteral("region:") + row[0];
    entry.name = row[1];
    entry.kind = *kind;
    entry.countryCode = row[6];
    const std::uint32_t place = builder.addPlace(entry);
    builder.addName(place, row[1], gazetteer_format::PreferredName);
    for (const QString &name : row[2].split(QLatin1Char('|'), Qt::SkipEmptyParts))
        builder.addName(place, name);
}

// US counties (us-atlas, Census Bureau outlines) as second-level places named as news names
// them ("Scott County", "Orleans Parish"), at their main landmass, with the people of their
// GeoNames places.
void addUsCounties(GazetteerBuilder &builder, const QString &path,
                   const QHash<QString, QString> &admin1Names,
                   const QHash<QString, quint64> &countyPopulations)
{
    QString error;
    QHash<QString, QString> stateKeys; // state FIPS code ("18") -> GeoNames admin1 key ("US.IN")
    for (const AreaOutline &state : readAreaOutlines(path, QStringLiteral("states"), &error)) {
        const QString key = admin1Names.key(state.name);
        if (key.startsWith(QLatin1String("US.")))
            stateKeys.insert(state.code, key);
    }
    const std::vector<AreaOutline> counties =
        readAreaOutlines(path, QStringLiteral("counties"), &error);
    if (counties.empty() || stateKeys.isEmpty())
        fail(error.isEmpty() ? QStringLiteral("%1: no US states or counties").arg(path) : error);
    for (const AreaOutline &county : counties) {
        const QString stateKey = stateKeys.value(county.code.left(2));
        if (stateKey.isEmpty() || stateKey == QLatin1String("US.DC"))
            continue; // outside the states, or a district that is its own state
        const QString suffix = stateKey == QLatin1String("US.LA")   ? QStringLiteral(" Parish")
                               : stateKey == QLatin1String("US.AK") ? QStringLiteral(" Borough")
                                                                    : QStringLiteral(" County");
        PlaceEntry entry;
        entry.id = QStringLiteral("us-county:") + county.code;
        entry.name = county.name + suffix;
        entry.admin1Name = admin1Names.value(stateKey);
        entry.countryCode = QStringLiteral("US");
        entry.featureCode = QStringLiteral("ADM2");
        entry.kind = Kind::Admin2;
        entry.latitude = county.latitude;
        entry.longitude = county.longitude;
        entry.population =
            countyPopulations.value(stateKey + QLatin1Char('.') + county.code.mid(2));
        builder.addName(builder.addPlace(entry), entry.name, gazetteer_format::PreferredName);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QStringList inputs{"cities",   "admin1",      "countries",     "subdivisions",
                             "basemap",  "supplement",  "regions",       "country-names",
                             "demonyms", "non-places",  "abbreviations", "dictionary",
                             "people",   "us-counties", "output"};
    for (const QString &name : inputs)
        parser.addOption({name, name, QStringLiteral("path")});
    parser.process(app);
    for (const QString &name : inputs)
        if (!parser.isSet(name))
            fail(QStringLiteral("--%1 is required").arg(name));

    GazetteerBuilder builder;

    // GeoNames admin1 names, keyed "CC.code".
    QHash<QString, QString> admin1Names;
    for (const QJsonValue &value : readJson(parser.value("admin1")).array()) {
        const QJsonObject object = value.toObject();
        admin1Names.insert(object["code"].toString(), object["name"].toString());
    }

    // Populated places with all their alternate names.
    QHash<QString, WeightedCentre> admin1Centres, countryCentres;
    // Names of each first-level division's seat (PPLA), for divisions named after it.
    QHash<QString, QStringList> admin1SeatNames;
    QHash<QString, quint64> countyPopulations; // "US.IN.143" -> the people of its GeoNames places
    int brokenRows = 0;
    {
        QFile file(parser.value("cities"));
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        QTextStream in(&file);
        QString line;
        while (in.readLineInto(&line)) {
            const std::optional<GeoNamesRow> row = parseGeoNamesRow(line);
            if (!row) {
                ++brokenRows;
                continue;
            }
            const QString admin1Key = row->admin1Key();
            const std::uint32_t place =
                builder.addPlace(row->toPlaceEntry(admin1Names.value(admin1Key)));
            builder.addName(place, row->name, gazetteer_format::PreferredName);
            builder.addName(place, row->asciiName, gazetteer_format::PreferredName);
            for (const QString &name : row->alternateNames)
                if (!isGeoNamesCode(name))
                    builder.addName(place, name);
            admin1Centres[admin1Key].add(row->latitude, row->longitude, row->population);
            if (row->featureCode == QLatin1String("PPLA"))
                admin1SeatNames[admin1Key] =
                    QStringList{row->name, row->asciiName} + row->alternateNames;
            countryCentres[row->countryCode].add(row->latitude, row->longitude, row->population);
            if (row->countryCode == QLatin1String("US") && !row->admin2Code.isEmpty())
                countyPopulations[admin1Key + QLatin1Char('.') + row->admin2Code] +=
                    row->population;
        }
    }

    // First-level divisions: a point at the population-weighted centre of their places.
    QHash<QString, std::uint32_t> admin1Places; // "US.CA" -> its place
    for (auto it = admin1Names.cbegin(); it != admin1Names.cend(); ++it) {
        const WeightedCentre centre = admin1Centres.value(it.key());
        if (centre.weight == 0)
            continue; // no place of the extract lies in it: no honest point to give
        PlaceEntry entry;
        entry.id = QStringLiteral("admin1:") + it.key();
        entry.name = it.value();
        entry.admin1Name = it.value();
        entry.countryCode = it.key().section(QLatin1Char('.'), 0, 0);
        entry.featureCode = QStringLiteral("ADM1");
        entry.kind = Kind::Admin1;
        entry.latitude = centre.latSum / centre.weight;
        entry.longitude = centre.lonSum / centre.weight;
        entry.population = centre.population;
        const std::uint32_t place = builder.addPlace(entry);
        admin1Places.insert(it.key(), place);
        builder.addName(place, it.value(), gazetteer_format::PreferredName);
        // "Kyiv Oblast", "Nineveh Governorate": the bare name is how news writes it.
        static const QRegularExpression suffix(
            QStringLiteral(
                "\\s+(Oblast|Governorate|Province|Region|State|District|City|Department)$"),
            QRegularExpression::CaseInsensitiveOption);
        QString bare = it.value();
        bare.remove(suffix);
        builder.addName(place, bare);
        // "Western Darfur" is written "West Darfur" as often: both forms of the direction.
        static const QRegularExpression direction(QStringLiteral("^(North|South|East|West)ern\\b"));
        if (direction.match(bare).hasMatch())
            builder.addName(place, QString(bare).replace(direction, QStringLiteral("\\1")));
        // A division named after its seat ("Raqqa" and Ar Raqqah) shares the seat's spellings.
        const QStringList seatNames = admin1SeatNames.value(it.key());
        std::string divisionSkeleton, seatSkeleton, scratch;
        const auto skeletonOf = [&scratch](const QString &name, std::string &out) {
            scratch.clear();
            out.clear();
            if (appendNameKey(name, scratch)) {
                std::string folded;
                appendFoldedKey(scratch, folded);
                appendSkeletonKey(folded, out);
            }
        };
        skeletonOf(bare, divisionSkeleton);
        bool namedAfterSeat = false;
        for (const QString &name : seatNames) {
            skeletonOf(name, seatSkeleton);
            namedAfterSeat |= !seatSkeleton.empty() && seatSkeleton == divisionSkeleton;
        }
        if (namedAfterSeat)
            for (const QString &name : seatNames)
                builder.addName(place, name);
    }

    // Countries: names and codes from iso-codes, the point from Natural Earth's main landmass.
    QString error;
    QHash<QString, AreaOutline> outlines;
    for (const AreaOutline &outline :
         readAreaOutlines(parser.value("basemap"), QStringLiteral("countries_50m"), &error))
        outlines.insert(outline.code, outline);
    if (outlines.isEmpty())
        fail(error);
    const QList<QStringList> countryNames = readTable(parser.value("country-names"), 4);
    QHash<QString, QString> preferredNames; // ISO code -> the name news uses
    for (const QStringList &row : countryNames)
        if (row[2] == QLatin1String("yes"))
            preferredNames.insert(row[1], row[0]);
    QHash<QString, std::uint32_t> countryPlaces;
    for (const QJsonValue &value :
         readJson(parser.value("countries")).object()["3166-1"].toArray()) {
        const QJsonObject country = value.toObject();
        const auto outline = outlines.constFind(country["numeric"].toString());
        if (outline == outlines.cend())
            continue; // too small for a 1:50m map (Tokelau, Bouvet Island)
        PlaceEntry entry;
        const QString code = country["alpha_2"].toString();
        entry.id = QStringLiteral("country:") + code;
        entry.name = preferredNames.value(code, country.contains("common_name")
                                                    ? country["common_name"].toString()
                                                    : country["name"].toString());
        entry.countryCode = code;
        entry.featureCode = QStringLiteral("PCLI");
        entry.kind = Kind::Country;
        entry.latitude = outline->latitude;
        entry.longitude = outline->longitude;
        entry.population = countryCentres.value(code).population;
        const std::uint32_t place = builder.addPlace(entry);
        countryPlaces.insert(code, place);
        builder.addName(place, entry.name, gazetteer_format::PreferredName);
        for (const char *field : {"name", "official_name", "common_name"})
            if (country.contains(field))
                builder.addName(place, country[field].toString());
        builder.addName(place, outline->name);
    }

    const auto countryPlace = [&](const QString &table, const QString &code) {
        const auto country = countryPlaces.constFind(code);
        if (country == countryPlaces.cend())
            fail(QStringLiteral("%1: unknown country code %2").arg(table, code));
        return *country;
    };
    // The names news uses beside the official ones ("Burma", "Ivory Coast", "Britain").
    for (const QStringList &row : countryNames)
        builder.addName(countryPlace(parser.value("country-names"), row[1]), row[0]);
    // Demonyms name a people or an adjective of a country, never a location of their own.
    for (const QStringList &row : readTable(parser.value("demonyms"), 3)) {
        const std::uint32_t country = countryPlace(parser.value("demonyms"), row[1]);
        builder.addName(country, row[0], gazetteer_format::Demonym);
        // The people in the plural: "Americans", "Iraqis" (not "Sudaneses", "Britishes").
        if (!row[0].endsWith(QLatin1Char('s')) && !row[0].endsWith(QLatin1String("ese")) &&
            !row[0].endsWith(QLatin1String("ish")) && !row[0].endsWith(QLatin1String("ch")))
            builder.addName(country, row[0] + QLatin1Char('s'), gazetteer_format::Demonym);
    }
    // A country's short code as news writes it in capitals ("US-led", "DRC"), and a state's
    // after a town ("Salem, Ore.", "Austin, TX"). Keyed without their full stops, as the
    // matcher reads "N.Y.".
    const QString abbreviations = parser.value("abbreviations");
    for (const QStringList &row : readTable(abbreviations, 4)) {
        const bool division = row[1].contains(QLatin1Char('.'));
        const auto admin1 = admin1Places.constFind(row[1]);
        if (division && admin1 == admin1Places.cend())
            fail(QStringLiteral("%1: unknown admin1 code %2").arg(abbreviations, row[1]));
        const std::uint32_t place = division ? *admin1 : countryPlace(abbreviations, row[1]);
        const bool anywhere = row[2] == QLatin1String("anywhere");
        if (!anywhere && row[2] != QLatin1String("after a town"))
            fail(QStringLiteral("%1: %2: where must be \"anywhere\" or \"after a town\"")
                     .arg(abbreviations, row[0]));
        builder.addName(place, QString(row[0]).remove(QLatin1Char('.')),
                        anywhere ? gazetteer_format::Abbreviation : gazetteer_format::AfterTown);
    }

    // Peoples, faiths, continents: never a point in news text, whatever town shares the
    // name. Their keys belong to a placeholder that the matcher never reports.
    {
        PlaceEntry placeholder;
        placeholder.id = QStringLiteral("not-a-place");
        placeholder.name = QStringLiteral("(peoples, faiths and world regions)");
        placeholder.kind = Kind::Feature;
        const std::uint32_t place = builder.addPlace(placeholder);
        for (const QStringList &row : readTable(parser.value("non-places"), 2))
            builder.addName(place, row[0], gazetteer_format::NotAPlace);
    }

    // Notable features missing from the populated-places extract, each with its source.
    for (const QStringList &row : readTable(parser.value("supplement"), 9)) {
        PlaceEntry entry;
        entry.id = QStringLiteral("supplement:") + row[0];
        entry.name = row[1];
        entry.latitude = row[3].toDouble();
        entry.longitude = row[4].toDouble();
        entry.countryCode = row[5];
        entry.admin1Name = row[6];
        entry.featureCode = row[7];
        entry.kind = Kind::Feature;
        const std::uint32_t place = builder.addPlace(entry);
        builder.addName(place, row[1], gazetteer_format::PreferredName);
        for (const QString &name : row[2].split(QLatin1Char('|'), Qt::SkipEmptyParts))
            builder.addName(place, name);
    }

    addUsCounties(builder, parser.value("us-counties"), admin1Names, countyPopulations);

    // Continents, world regions, seas, islands: areas with a representative point.
    for (const QStringList &row : readTable(parser.value("regions"), 8))
        addRegion(builder, row, parser.value("regions"));

    // Given names and surnames: a placeholder holds them, as for the peoples above.
    {
        PlaceEntry placeholder;
        placeholder.id = QStringLiteral("person-name");
        placeholder.name = QStringLiteral("(given names and surnames)");
        placeholder.kind = Kind::Feature;
        const std::uint32_t place = builder.addPlace(placeholder);
        for (const QByteArray &line : readAll(parser.value("people")).split('\n'))
            if (!line.isEmpty() && !line.startsWith('#') && !line.contains(' '))
                builder.addName(place, QString::fromUtf8(line.trimmed()),
                                gazetteer_format::PersonName);
    }

    // Ordinary lower-case words of the dictionary ("reading", "mobile", "may").
    std::unordered_set<std::string> commonWords;
    for (const QByteArray &word : readAll(parser.value("dictionary")).split('\n'))
        if (!word.isEmpty() && !word.contains('\'') && word == word.toLower())
            commonWords.insert(word.toStdString());
    builder.setCommonWords(std::move(commonWords));

    if (!builder.write(parser.value("output"), &error))
        fail(error);
    std::printf("gazetteer: %zu places, %zu names (%d malformed rows skipped)\n",
                builder.placeCount(), builder.keyCount(), brokenRows);
    return 0;
}
