#pragma once

#include "text/Article.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <cmath>
#include <vector>

namespace frontline {

// Continent, Region (a world or conflict region, a desert, a mountain range), Water (an ocean,
// a sea, a river) and Island are areas: labelled on the map, not pinned.
enum class PlaceKind
{
    PopulatedPlace,
    Admin1,
    Admin2,
    Country,
    Feature,
    Continent,
    Region,
    Water,
    Island
};
QString placeKindName(PlaceKind kind); // "populated place", "admin1", ...

// Where a place's record comes from: the gazetteer shipped with the program, a GeoNames dump
// the analyst imported, or the analyst (placed on the map, or chosen among a name's readings).
enum class PlaceProvenance
{
    Shipped,
    Imported,
    Analyst
};
QString placeProvenanceName(PlaceProvenance provenance); // "shipped", "imported", "the analyst's"

// One reading of a name: enough of the gazetteer's record to make it the place if the analyst
// chooses it.
struct PlaceCandidate
{
    QString id;
    QString name;
    double latitude = 0;
    double longitude = 0;
    QString countryCode;
    double score = 0;
    PlaceKind kind = PlaceKind::PopulatedPlace;
    QString admin1;
    quint64 population = 0;
    PlaceProvenance provenance = PlaceProvenance::Shipped;
};

struct Place
{
    QString id; // "geonames:174448", "country:SY", "admin1:IQ.01", "user:3"
    QString name;
    PlaceKind kind = PlaceKind::PopulatedPlace;
    double latitude = 0;
    double longitude = 0;
    QString countryCode;
    QString admin1;
    quint64 population = 0;
    double confidence = 0;
    std::vector<PlaceCandidate> candidates; // ranked, best first, the chosen one included
    PlaceProvenance provenance = PlaceProvenance::Shipped;
    // The analyst placed it (and when): their word, kept through every re-reading.
    bool setByAnalyst = false;
    QDateTime setByAnalystAt;

    // An unlisted place the text names no area for has no coordinates (NaN) until the analyst
    // places it.
    bool hasCoordinates() const { return !std::isnan(latitude) && !std::isnan(longitude); }
    // A place that is a location on the map, not a whole country or province.
    bool isPoint() const
    {
        return (kind == PlaceKind::PopulatedPlace || kind == PlaceKind::Feature) &&
               hasCoordinates();
    }
};

// Name: the place itself. Demonym: "Syrian", context only. Modifier: a place's name opening
// another name or used as an adjective ("the US Army", "a Virginia court", "Queensland
// Premier"): a place the text names, but nothing happens there, so the map does not pin it.
enum class MentionRole
{
    Name,
    Demonym,
    Modifier
};

// One occurrence of a place's name in an article: the name alone, without generic words.
struct Mention
{
    int place = -1; // index into GeoparseResult::places
    QString text;
    MentionRole role = MentionRole::Name;
    int article = 0;
    int sentence = -1;
    TextRange range; // UTF-16 indexes into the article's text
};

class GeoparseResult
{
public:
    std::vector<Place> places;
    std::vector<Mention> mentions;

    int findPlace(const QString &id) const { return m_placeIndex.value(id, -1); }
    // Adds the place unless one with its id is there already; returns its index.
    int addPlace(const Place &place);

private:
    QHash<QString, int> m_placeIndex;
};

} // namespace frontline
