#include "PlaceResolver.h"

#include "geo/GreatCircle.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace frontline {

using namespace gazetteer_format;

namespace {

// Weights of the score terms, in log-population units (one unit = ten times the people).
constexpr double kCountryPrior = 4.0; // "Jordan" the country, not a village
// Continents, regions, seas and islands have no population: this puts them level with a town
// of a million, above the hamlets that share their names ("Crete", Nebraska).
constexpr double kNamedAreaPrior = 5.0;
// "the Atlantic", "the Sahel": English puts the article before seas, regions and ranges, and
// seldom before a town's name.
constexpr double kNamedAreaWithArticle = 1.0;
// A province's population is its towns' sum: where a town of the province has its name (its
// seat: "Raqqa"), the bare name is the town unless "province" follows; elsewhere ("Oregon",
// "Queensland") the province is what the name means.
constexpr double kAreaWithoutCue = -1.5;
constexpr double kAreaWithCue = 2.0;    // "... province"
constexpr double kFeatureWithCue = 3.0; // "... border crossing"
constexpr double kSettlementCue = 0.8;  // "the town of ..."
constexpr double kTierPenalty[] = {0.0, -0.8, -1.6};
constexpr double kDistancePenalty = -4.0; // per unit of keyDistance()
constexpr double kPreferredName = 0.3;
// The analyst chose this reading for the name: their word outweighs any evidence of the text.
constexpr double kAnalystChoice = 20.0;
constexpr double kCountryNamed = 2.5;    // the article names the candidate's country
constexpr double kAreaNamed = 1.5;       // ... or its province
constexpr double kAreaOfTowns = 1.0;     // most of the article's towns lie in its province
constexpr double kCountryOfPlaces = 1.5; // "Congo" where the article's towns lie in the DRC
constexpr double kRelation = 3.0;        // "X, in Y" / "X, west of Y" satisfied
constexpr double kSibling = 1.5;         // "Ohio, Oregon and Utah": states all
constexpr double kNearKm = 150.0;
// "X in Y": farther than this from the town Y, a reading of X is another place of its name.
constexpr double kFarFromTownKm = 300.0;
// "X, Y": farther than this from the province Y's point, in Y's country but filed in another
// province, a reading of X is another place of its name.
constexpr double kFarFromProvinceKm = 800.0;
constexpr double kCoherenceScaleKm = 300.0;
constexpr double kMaxCoherencePenalty = 3.0;
// Softmax temperature of the confidence: fitted on the development corpus as the value with
// the lowest expected calibration error (tests/test_geoparse_corpus reports it).
constexpr double kConfidenceTemperature = 0.5;
// A reading this far from the article's other places, in a country it does not name, is
// kept only if the name matched exactly and the place is large.
constexpr double kImplausibleKm = 1500.0;
// A spelling's neighbour (a folded or skeleton match) is believed only nearer the article's
// other places: one 1,000 km away in a country the story never names is not it. Nearer, it
// often is a village spelt another way (measured: 250 km lost conflict-news names).
constexpr double kImplausibleLooseKm = 800.0;
constexpr std::uint32_t kImplausiblePopulation = 50000;

// The analyst's places are written back to the gazetteer by casting (MainWindow::movePlace):
// the two lists of kinds keep one order.
static_assert(int(PlaceKind::PopulatedPlace) == int(Kind::PopulatedPlace) &&
              int(PlaceKind::Admin1) == int(Kind::Admin1) &&
              int(PlaceKind::Admin2) == int(Kind::Admin2) &&
              int(PlaceKind::Country) == int(Kind::Country) &&
              int(PlaceKind::Feature) == int(Kind::Feature) &&
              int(PlaceKind::Continent) == int(Kind::Continent) &&
              int(PlaceKind::Region) == int(Kind::Region) &&
              int(PlaceKind::Water) == int(Kind::Water) &&
              int(PlaceKind::Island) == int(Kind::Island));

PlaceKind toPlaceKind(Kind kind)
{
    switch (kind) {
    case Kind::PopulatedPlace:
        return PlaceKind::PopulatedPlace;
    case Kind::Admin1:
        return PlaceKind::Admin1;
    case Kind::Admin2:
        return PlaceKind::Admin2;
    case Kind::Country:
        return PlaceKind::Country;
    case Kind::Feature:
        return PlaceKind::Feature;
    case Kind::Continent:
        return PlaceKind::Continent;
    case Kind::Region:
        return PlaceKind::Region;
    case Kind::Water:
        return PlaceKind::Water;
    case Kind::Island:
        return PlaceKind::Island;
    }
    return PlaceKind::Feature;
}

bool isPointKind(Kind kind)
{
    return kind == Kind::PopulatedPlace || kind == Kind::Feature;
}

// A first-level division as one number: its country and the offset of its name in the index's
// string pool (the builder keeps one copy of each string, so equal names share an offset).
using AreaKey = std::uint64_t;
AreaKey areaKey(const Gazetteer::Place &place)
{
    return AreaKey(std::uint8_t(place.countryCode[0])) << 40 |
           AreaKey(std::uint8_t(place.countryCode[1])) << 32 | place.admin1Name;
}

std::string_view country(const Gazetteer::Place &place)
{
    return {place.countryCode, strnlen(place.countryCode, sizeof place.countryCode)};
}

// Two mentions of one name ("Kidal" ... "Kidal") must not vouch for each other.
bool sameName(const NameMatch &a, const NameMatch &b)
{
    return a.hits.size() == b.hits.size() && a.hits.front().place == b.hits.front().place;
}

std::pair<double, double> medianPoint(std::vector<double> &lats, std::vector<double> &lons)
{
    std::nth_element(lats.begin(), lats.begin() + lats.size() / 2, lats.end());
    std::nth_element(lons.begin(), lons.begin() + lons.size() / 2, lons.end());
    return {lats[lats.size() / 2], lons[lons.size() / 2]};
}

// For each name, the median of the other names' points (NaN where too few). A short
// article leaves out the name itself and its repeats; in a long one, with many names, one
// median for all is the same to a few kilometres and keeps the work linear.
std::vector<std::pair<double, double>>
coherenceCentres(const std::vector<NameMatch> &matches,
                 const std::vector<std::pair<double, double>> &points)
{
    constexpr std::size_t kPerNameLimit = 24;
    std::vector<std::pair<double, double>> centres(matches.size(), {NAN, NAN});
    std::vector<double> lats, lons;
    const auto collect = [&](auto include) {
        lats.clear();
        lons.clear();
        for (std::size_t o = 0; o < matches.size(); ++o)
            if (!std::isnan(points[o].first) && include(o)) {
                lats.push_back(points[o].first);
                lons.push_back(points[o].second);
            }
        return lats.size() >= 2;
    };
    if (matches.size() > kPerNameLimit) {
        if (collect([](std::size_t) { return true; }))
            std::fill(centres.begin(), centres.end(), medianPoint(lats, lons));
        return centres;
    }
    // A median of fewer than three points is one of them, not a middle.
    for (std::size_t m = 0; m < matches.size(); ++m) {
        // The mentions of one name leave out the same others: they share a centre.
        const auto firstOfName =
            std::find_if(matches.begin(), matches.begin() + m,
                         [&](const NameMatch &o) { return sameName(o, matches[m]); });
        if (firstOfName != matches.begin() + m)
            centres[m] = centres[std::size_t(firstOfName - matches.begin())];
        else if (collect([&](std::size_t o) { return !sameName(matches[o], matches[m]); }) &&
                 lats.size() >= 3)
            centres[m] = medianPoint(lats, lons);
    }
    return centres;
}

// A reading that one distant outlier can condemn: a loosely matched or small town, a loosely
// matched province (a spelling's neighbour: "Orientalle" read as a province a continent away).
bool isWeak(const NameHit &hit, const Gazetteer::Place &place)
{
    if (hit.flags & AnalystChoice)
        return false; // the analyst's word, however far from the rest
    if (place.kind == Kind::Admin1 || place.kind == Kind::Admin2)
        return hit.tier != KeyTier::Exact;
    return isPointKind(place.kind) &&
           (hit.tier != KeyTier::Exact || place.population < kImplausiblePopulation);
}

PlaceProvenance provenanceOf(const Gazetteer::Place &place)
{
    switch (place.origin) {
    case User:
        return PlaceProvenance::Imported;
    case Analyst:
        return PlaceProvenance::Analyst;
    default:
        return PlaceProvenance::Shipped;
    }
}

std::size_t bestIndex(const std::vector<double> &scores)
{
    return std::size_t(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

} // namespace

bool PlaceResolver::mayBeImplausible(const NameMatch &match) const
{
    return std::any_of(match.hits.begin(), match.hits.end(), [&](const NameHit &hit) {
        const Gazetteer::Place &place = m_gazetteer.place(hit.place);
        return isWeak(hit, place);
    });
}

bool PlaceResolver::sharesNameWithTown(const NameMatch &match, const Gazetteer::Place &area) const
{
    return std::any_of(match.hits.begin(), match.hits.end(), [&](const NameHit &hit) {
        const Gazetteer::Place &p = m_gazetteer.place(hit.place);
        return p.kind == Kind::PopulatedPlace && country(p) == country(area) &&
               p.admin1Name == area.admin1Name;
    });
}

// What a relation to `anchor` says for reading a name as `p`.
double PlaceResolver::relationScore(NameRelation::Kind kind, const Gazetteer::Place &p,
                                    const Gazetteer::Place &anchor, RelationPass pass) const
{
    const auto inside = [&] {
        return country(p) == country(anchor) &&
               (anchor.kind == Kind::Country || p.admin1Name == anchor.admin1Name);
    };
    const bool anchorIsDivision = anchor.kind == Kind::Country || anchor.kind == Kind::Admin1;
    const bool containment = pass == RelationPass::Containment;
    switch (kind) {
    case NameRelation::Inside:
        return containment && inside() ? kRelation : 0.0;
    case NameRelation::Near:
        return containment && greatCircleKm(p.latitude, p.longitude, anchor.latitude,
                                            anchor.longitude) < kNearKm
                   ? kRelation
                   : 0.0;
    case NameRelation::Listed:
        if (p.kind != anchor.kind && anchorIsDivision) // "Austin, Texas"
            return containment && inside() ? kRelation : 0.0;
        [[fallthrough]];
    case NameRelation::Sibling: // "Ohio, Oregon and Utah": one kind, one country
        return !containment && p.kind == anchor.kind && country(p) == country(anchor) ? kSibling
                                                                                      : 0.0;
    }
    return 0.0;
}

double PlaceResolver::priorScore(const NameMatch &match, const NameHit &hit) const
{
    const Gazetteer::Place &place = m_gazetteer.place(hit.place);
    double score = std::log10(double(place.population) + 10.0);
    const std::string_view code(place.featureCode,
                                strnlen(place.featureCode, sizeof place.featureCode));
    switch (place.kind) {
    case Kind::Country:
        score += kCountryPrior;
        break;
    case Kind::Continent:
    case Kind::Region:
    case Kind::Water:
    case Kind::Island:
        score += kNamedAreaPrior + (match.definiteArticle ? kNamedAreaWithArticle : 0.0);
        break;
    case Kind::Admin1:
    case Kind::Admin2:
        score += match.areaCue                      ? kAreaWithCue
                 : sharesNameWithTown(match, place) ? kAreaWithoutCue
                                                    : 0.0;
        break;
    case Kind::Feature:
        score += match.featureCue ? kFeatureWithCue : 0.0;
        break;
    case Kind::PopulatedPlace:
        if (code == "PPLC")
            score += 1.0;
        else if (code == "PPLA")
            score += 0.5;
        else if (code == "PPLA2")
            score += 0.2;
        if (match.settlementCue)
            score += kSettlementCue;
        if (match.areaCue)
            score -= 1.0; // "X province" is rarely the town
        break;
    }
    score += kTierPenalty[int(hit.tier)] + kDistancePenalty * hit.distance;
    if (hit.flags & PreferredName)
        score += kPreferredName;
    if (hit.flags & AnalystChoice)
        score += kAnalystChoice;
    return score;
}

// The countries and provinces an article names, as the best readings of its names have them.
struct PlaceResolver::ArticleContext
{
    std::vector<std::string_view> countries;         // named as countries
    std::vector<std::string_view> countriesOfPlaces; // the countries of the towns it names
    std::vector<AreaKey> areas;                      // the provinces it names
    // The province most of the article's towns lie in, where most do ("Kitchener, Guelph,
    // Waterloo": Ontario), empty otherwise.
    AreaKey areaOfTowns = 0;

    bool namesCountry(std::string_view code) const
    {
        return std::binary_search(countries.begin(), countries.end(), code);
    }
};

namespace {

template <typename T> void sortUnique(std::vector<T> &values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

// The (country, province) of most of the article's distinct towns by their best readings,
// when at least kMinTownsForArea of them agree and they are more than half.
std::uint64_t PlaceResolver::areaOfMostTowns(const std::vector<NameMatch> &matches,
                                             const Scores &scores) const
{
    constexpr std::size_t kMinTownsForArea = 3;
    std::vector<std::uint32_t> towns; // distinct: sorted and made unique, no hash per article
    for (std::size_t m = 0; m < matches.size(); ++m) {
        const std::uint32_t index = matches[m].hits[bestIndex(scores[m])].place;
        if (m_gazetteer.place(index).kind == Kind::PopulatedPlace)
            towns.push_back(index);
    }
    sortUnique(towns);
    std::vector<AreaKey> areas;
    for (std::uint32_t town : towns)
        areas.push_back(areaKey(m_gazetteer.place(town)));
    std::sort(areas.begin(), areas.end());
    AreaKey most = 0;
    std::size_t mostCount = 0;
    for (std::size_t i = 0; i < areas.size();) {
        std::size_t j = i;
        while (j < areas.size() && areas[j] == areas[i])
            ++j;
        if (j - i > mostCount) {
            mostCount = j - i;
            most = areas[i];
        }
        i = j;
    }
    return mostCount >= kMinTownsForArea && mostCount * 2 > areas.size() ? most : 0;
}

PlaceResolver::ArticleContext PlaceResolver::contextOf(const std::vector<NameMatch> &matches,
                                                       const Scores &scores) const
{
    ArticleContext context;
    for (std::size_t m = 0; m < matches.size(); ++m) {
        const Gazetteer::Place &best =
            m_gazetteer.place(matches[m].hits[bestIndex(scores[m])].place);
        if (best.kind == Kind::Country)
            context.countries.push_back(country(best));
        else if (best.kind == Kind::Admin1)
            context.areas.push_back(areaKey(best));
        else
            context.countriesOfPlaces.push_back(country(best));
    }
    context.areaOfTowns = areaOfMostTowns(matches, scores);
    sortUnique(context.countries);
    sortUnique(context.countriesOfPlaces);
    sortUnique(context.areas);
    return context;
}

// A candidate in a country or province the article names gains; a country gains where the
// article's towns lie in it ("Congo" among towns of the DRC).
void PlaceResolver::addContextScores(const std::vector<NameMatch> &matches,
                                     const ArticleContext &context, Scores &scores) const
{
    for (std::size_t m = 0; m < matches.size(); ++m)
        for (std::size_t h = 0; h < matches[m].hits.size(); ++h) {
            const Gazetteer::Place &p = m_gazetteer.place(matches[m].hits[h].place);
            if (p.kind == Kind::Country) {
                if (std::binary_search(context.countriesOfPlaces.begin(),
                                       context.countriesOfPlaces.end(), country(p)))
                    scores[m][h] += kCountryOfPlaces;
                continue;
            }
            if (context.namesCountry(country(p)))
                scores[m][h] += kCountryNamed;
            const AreaKey area = areaKey(p);
            if (p.kind != Kind::Admin1 &&
                std::binary_search(context.areas.begin(), context.areas.end(), area))
                scores[m][h] += kAreaNamed;
            if (isPointKind(p.kind) && area == context.areaOfTowns)
                scores[m][h] += kAreaOfTowns;
        }
}

// Adds what the relation to `anchor` says to each reading of `located`; whether any gained.
bool PlaceResolver::scoreAgainst(const NameMatch &located, std::vector<double> &locatedScores,
                                 NameRelation::Kind kind, const Gazetteer::Place &anchor,
                                 RelationPass pass) const
{
    bool gained = false;
    for (std::size_t h = 0; h < located.hits.size(); ++h) {
        const double score =
            relationScore(kind, m_gazetteer.place(located.hits[h].place), anchor, pass);
        locatedScores[h] += score;
        gained = gained || score > 0;
    }
    return gained;
}

// The anchor's best-scored reading as a country or province that holds a reading of
// `located` ("Blakely, Georgia": the US state, where the country has no Blakely), or -1.
int PlaceResolver::containingReading(const NameMatch &located, const NameMatch &anchor,
                                     const std::vector<double> &anchorScores) const
{
    int best = -1;
    for (std::size_t a = 0; a < anchor.hits.size(); ++a) {
        const Gazetteer::Place &area = m_gazetteer.place(anchor.hits[a].place);
        if (area.kind != Kind::Country && area.kind != Kind::Admin1)
            continue;
        const bool holds = std::any_of(located.hits.begin(), located.hits.end(), [&](auto &hit) {
            return relationScore(NameRelation::Inside, m_gazetteer.place(hit.place), area,
                                 RelationPass::Containment) > 0;
        });
        if (holds && (best < 0 || anchorScores[a] > anchorScores[std::size_t(best)]))
            best = int(a);
    }
    return best;
}

// Explicit relations, against the anchor's best reading; where that holds no reading of the
// located name, a name standing alone after it ("Reading, Pennsylvania", "X, in Y") is read with
// the anchor's reading that does hold one, and that reading gains too.
void PlaceResolver::addRelationScores(const std::vector<NameMatch> &matches,
                                      const std::vector<NameRelation> &relations, RelationPass pass,
                                      Scores &scores) const
{
    // Outermost first: in "Austin, in Scott County, Indiana" the county is read in Indiana
    // before Austin is read in the county. Relations are in text order, containers last.
    const bool containment = pass == RelationPass::Containment;
    for (std::size_t i = 0; i < relations.size(); ++i) {
        const NameRelation &relation = relations[containment ? relations.size() - 1 - i : i];
        const NameMatch &anchorMatch = matches[relation.anchor];
        const Gazetteer::Place &anchor =
            m_gazetteer.place(anchorMatch.hits[bestIndex(scores[relation.anchor])].place);
        // "Iran, Iraq" lists two countries; only a town (or a lesser reading) is "Town, Country".
        const NameMatch &located = matches[relation.match];
        const Kind own =
            m_gazetteer.place(located.hits[bestIndex(scores[relation.match])].place).kind;
        if (relation.kind == NameRelation::Listed &&
            (own == Kind::Country || own == Kind::Admin1) && containment)
            continue;
        if (scoreAgainst(located, scores[relation.match], relation.kind, anchor, pass) ||
            !containment || !(relation.pair || relation.kind == NameRelation::Inside))
            continue;
        const int holding = containingReading(located, anchorMatch, scores[relation.anchor]);
        if (holding < 0)
            continue;
        // The text pairs them explicitly: the reading that holds the name is the anchor's.
        std::vector<double> &anchorScores = scores[relation.anchor];
        anchorScores[std::size_t(holding)] =
            *std::max_element(anchorScores.begin(), anchorScores.end()) + kRelation;
        scoreAgainst(located, scores[relation.match], NameRelation::Inside,
                     m_gazetteer.place(anchorMatch.hits[std::size_t(holding)].place), pass);
    }
}

// Spatial coherence: places of one article lie near each other. The centre is the median of
// the other names' best point readings, robust to one wrong reading. Returns each name's best
// point reading (NaN for areas).
std::vector<std::pair<double, double>>
PlaceResolver::addCoherenceScores(const std::vector<NameMatch> &matches, Scores &scores) const
{
    std::vector<std::pair<double, double>> points(matches.size(), {NAN, NAN});
    for (std::size_t m = 0; m < matches.size(); ++m) {
        const Gazetteer::Place &best =
            m_gazetteer.place(matches[m].hits[bestIndex(scores[m])].place);
        if (isPointKind(best.kind) || best.kind == Kind::Admin1)
            points[m] = {best.latitude, best.longitude};
    }
    const std::vector<std::pair<double, double>> centres = coherenceCentres(matches, points);
    for (std::size_t m = 0; m < matches.size(); ++m) {
        if (std::isnan(centres[m].first))
            continue;
        for (std::size_t h = 0; h < matches[m].hits.size(); ++h) {
            const Gazetteer::Place &p = m_gazetteer.place(matches[m].hits[h].place);
            if (!isPointKind(p.kind))
                continue;
            const double km =
                approximateKm(p.latitude, p.longitude, centres[m].first, centres[m].second);
            scores[m][h] -=
                std::min(kMaxCoherencePenalty, std::log2(1.0 + km / kCoherenceScaleKm) * 0.6);
        }
    }
    return points;
}

// A weak reading (a small or loosely matched town, a loosely matched province) far from every
// other place the article names (not just from their middle), in a country it does not name:
// better unmapped than mapped wrong.
bool PlaceResolver::farFromEverything(const NameHit &hit, const ArticleContext &context,
                                      const std::vector<DistinctPoint> &distinctPoints,
                                      Lonely &lonely) const
{
    const Gazetteer::Place &best = m_gazetteer.place(hit.place);
    if (!isWeak(hit, best) || context.namesCountry(country(best)))
        return false;
    const bool exact = hit.tier == KeyTier::Exact;
    const auto [known, isNew] = lonely.try_emplace(std::uint64_t(hit.place) << 1 | exact, true);
    if (isNew) {
        // Any other place near enough settles it: a long text names thousands, most of them
        // near one another.
        const double limitKm = exact ? kImplausibleKm : kImplausibleLooseKm;
        int others = 0;
        bool alone = true;
        for (const DistinctPoint &other : distinctPoints) {
            if (other.place == hit.place)
                continue;
            ++others;
            if (approximateKm(best.latitude, best.longitude, other.latitude, other.longitude) <=
                limitKm) {
                alone = false;
                break;
            }
        }
        // Two others at least, or one wrong reading could condemn a right one; where the
        // article names countries, one other place is evidence enough.
        known->second = alone && (others >= 2 || (others >= 1 && !context.countries.empty()));
    }
    return known->second;
}

// One reading per name in an article: the mentions of one name (the same gazetteer hits) pool
// their evidence ("Dorset, England" ... "in Dorset"), and a reading the text contradicts once
// is contradicted for every mention.
void PlaceResolver::oneReadingPerName(const std::vector<NameMatch> &matches, Scores &scores,
                                      std::vector<int> &contradictedBy) const
{
    // The mentions in groups of one name: (hits' first and last place, mention), sorted.
    std::vector<std::pair<std::uint64_t, std::size_t>> byName;
    for (std::size_t m = 0; m < matches.size(); ++m)
        byName.emplace_back(
            std::uint64_t(matches[m].hits.front().place) << 32 | matches[m].hits.back().place, m);
    std::sort(byName.begin(), byName.end());
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < byName.size();) {
        members.clear();
        std::size_t j = i;
        for (; j < byName.size() && byName[j].first == byName[i].first; ++j)
            members.push_back(byName[j].second);
        i = j;
        const std::size_t hits = scores[members.front()].size();
        const bool sameLookup = std::all_of(members.begin(), members.end(), [&](std::size_t m) {
            return scores[m].size() == hits;
        });
        if (members.size() < 2 || !sameLookup)
            continue;
        // Each reading with its best support: what one sentence says explicitly ("Austin, in
        // Scott County") is not diluted by the mentions that say nothing.
        std::vector<double> pooled(hits, -INFINITY);
        int anyContradictedBy = kNotContradicted;
        for (std::size_t m : members) {
            for (std::size_t h = 0; h < hits; ++h)
                pooled[h] = std::max(pooled[h], scores[m][h]);
            anyContradictedBy = std::max(anyContradictedBy, contradictedBy[m]);
        }
        for (std::size_t m : members) {
            scores[m] = pooled;
            contradictedBy[m] = anyContradictedBy;
        }
    }
}

// Whether the sentence puts `own`, the reading of a name, somewhere else than it lies:
// "Dorset, England" read as Dorst in the Netherlands (a spelling's neighbour), "Stroud,
// Ontario" read as Stroud in England, "a camp in Al-Fashir" read as a namesake 600 km away.
bool PlaceResolver::contradicts(const NameRelation &relation, const NameMatch &located,
                                const NameHit &hit, const Gazetteer::Place &anchor) const
{
    const Gazetteer::Place &own = m_gazetteer.place(hit.place);
    if (!isPointKind(own.kind))
        return false;
    const bool anchorIsDivision = anchor.kind == Kind::Country || anchor.kind == Kind::Admin1;
    const double km = greatCircleKm(own.latitude, own.longitude, anchor.latitude, anchor.longitude);
    // "X camp in Y", "X district in Y", Y a town: X is a part of it or next to it (but "the
    // Hollywood actress in Athens" says nothing of where Hollywood is).
    const bool placeCue = located.areaCue || located.featureCue || located.settlementCue;
    // "the X area of Y County": a county is small, and its state is known.
    if (anchor.kind == Kind::Admin2)
        return relation.kind == NameRelation::Inside &&
               (country(own) != country(anchor) || own.admin1Name != anchor.admin1Name ||
                km > kFarFromTownKm);
    if (!anchorIsDivision)
        return relation.kind == NameRelation::Inside && placeCue && isPointKind(anchor.kind) &&
               km > kFarFromTownKm;
    if (relationScore(NameRelation::Inside, own, anchor, RelationPass::Containment) > 0)
        return false;
    if (hit.tier != KeyTier::Exact)
        return true;
    // An exact name: only where the pair is explicit and the reading plainly elsewhere (a
    // province's point can lie far from its edge, and a town near a border is easily
    // misfiled in the neighbouring province).
    return (relation.kind == NameRelation::Inside || relation.pair) &&
           (country(own) != country(anchor) || km > kFarFromProvinceKm);
}

// For each name, the name whose place the sentence puts it in where the sentence contradicts
// its reading (the place is then that one's, as an unlisted name's is), else kNotContradicted.
std::vector<int> PlaceResolver::contradictedReadings(const std::vector<NameMatch> &matches,
                                                     const std::vector<NameRelation> &relations,
                                                     const Scores &scores) const
{
    std::vector<int> contradictedBy(matches.size(), kNotContradicted);
    for (const NameRelation &relation : relations) {
        if (relation.kind != NameRelation::Inside && relation.kind != NameRelation::Listed)
            continue;
        const NameHit &hit = matches[relation.match].hits[bestIndex(scores[relation.match])];
        const Gazetteer::Place &anchor = m_gazetteer.place(
            matches[relation.anchor].hits[bestIndex(scores[relation.anchor])].place);
        if (contradicts(relation, matches[relation.match], hit, anchor))
            contradictedBy[relation.match] = relation.anchor;
    }
    return contradictedBy;
}

std::vector<PlaceResolver::Choice>
PlaceResolver::resolve(const std::vector<NameMatch> &matches,
                       const std::vector<NameRelation> &relations) const
{
    Scores scores(matches.size());
    for (std::size_t m = 0; m < matches.size(); ++m)
        for (const NameHit &hit : matches[m].hits)
            scores[m].push_back(priorScore(matches[m], hit));
    const ArticleContext context = contextOf(matches, scores);
    addContextScores(matches, context, scores);
    addRelationScores(matches, relations, RelationPass::Containment, scores);
    const std::vector<std::pair<double, double>> points = addCoherenceScores(matches, scores);
    // One of a kind with its neighbours in a list, once the article's geography has spoken:
    // "in London and Cambridge" of an Ontario story are both Ontario's.
    addRelationScores(matches, relations, RelationPass::Kinship, scores);

    // The article's distinct points: a long text names the same places again and again.
    std::vector<DistinctPoint> distinctPoints;
    for (std::size_t m = 0; m < matches.size(); ++m)
        if (!std::isnan(points[m].first))
            distinctPoints.push_back(
                {matches[m].hits[bestIndex(scores[m])].place, points[m].first, points[m].second});
    std::sort(distinctPoints.begin(), distinctPoints.end(),
              [](const DistinctPoint &a, const DistinctPoint &b) { return a.place < b.place; });
    distinctPoints.erase(std::unique(distinctPoints.begin(), distinctPoints.end(),
                                     [](const DistinctPoint &a, const DistinctPoint &b) {
                                         return a.place == b.place;
                                     }),
                         distinctPoints.end());
    std::vector<int> contradictedBy = contradictedReadings(matches, relations, scores);
    oneReadingPerName(matches, scores, contradictedBy);
    Lonely lonely;
    std::vector<Choice> choices(matches.size());
    for (std::size_t m = 0; m < matches.size(); ++m) {
        Choice &choice = choices[m];
        choice.hit = bestIndex(scores[m]);
        const NameHit &hit = matches[m].hits[choice.hit];
        choice.placedIn = contradictedBy[m];
        choice.plausible = !farFromEverything(hit, context, distinctPoints, lonely) &&
                           choice.placedIn == kNotContradicted;
        double total = 0;
        for (double s : scores[m])
            total += std::exp((s - scores[m][choice.hit]) / kConfidenceTemperature);
        // The softmax share, discounted for a loose match of the name itself.
        choice.confidence =
            (1.0 / total) * (1.0 - 0.5 * hit.distance) * (hit.tier == KeyTier::Exact ? 1.0 : 0.9);
        choice.scores = std::move(scores[m]);
    }
    return choices;
}

Place PlaceResolver::makePlace(const NameMatch &match, const Choice &choice) const
{
    const std::vector<double> &scores = choice.scores;
    std::vector<std::size_t> order(scores.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });

    const Gazetteer::Place &chosen = m_gazetteer.place(match.hits[choice.hit].place);
    Place place;
    place.id = m_gazetteer.placeId(chosen);
    place.name = m_gazetteer.placeName(chosen);
    place.kind = toPlaceKind(chosen.kind);
    place.latitude = chosen.latitude;
    place.longitude = chosen.longitude;
    place.countryCode = QString::fromLatin1(country(chosen));
    place.admin1 = QString::fromUtf8(m_gazetteer.text(chosen.admin1Name));
    place.population = chosen.population;
    place.confidence = choice.confidence;
    place.provenance = provenanceOf(chosen);
    constexpr std::size_t kMaxCandidates = 5;
    for (std::size_t i = 0; i < order.size() && i < kMaxCandidates; ++i) {
        if (order[i] == choice.hit) { // its strings are the place's: shared, not made again
            place.candidates.push_back({place.id, place.name, place.latitude, place.longitude,
                                        place.countryCode, scores[order[i]], place.kind,
                                        place.admin1, place.population, place.provenance});
            continue;
        }
        const Gazetteer::Place &c = m_gazetteer.place(match.hits[order[i]].place);
        place.candidates.push_back(
            {m_gazetteer.placeId(c), m_gazetteer.placeName(c), c.latitude, c.longitude,
             QString::fromLatin1(country(c)), scores[order[i]], toPlaceKind(c.kind),
             QString::fromUtf8(m_gazetteer.text(c.admin1Name)), c.population, provenanceOf(c)});
    }
    return place;
}

} // namespace frontline
