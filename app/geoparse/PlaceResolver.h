#pragma once

#include "GeoparseResult.h"
#include "NameMatcher.h"

#include <unordered_map>
#include <vector>

namespace frontline {

// How two names of one sentence relate: "Fallujah, in Anbar province" (inside),
// "Fallujah, west of Baghdad" (near), "Austin, Texas" or "Ohio, Oregon and Utah" (listed:
// inside where the anchor is a country or province, else one of a kind with it), and the
// same list read backwards (sibling: "Ohio" is a state as "Oregon" is).
struct NameRelation
{
    enum Kind
    {
        Inside,
        Near,
        Listed,
        Sibling
    } kind;
    int match;  // the located name
    int anchor; // the name it is located by
    // "Reading, Pennsylvania": the two names stand alone, not in a longer list ("Kobani, Aleppo
    // and Raqqa"), so the second is where the first lies.
    bool pair = false;
};

// Resolution: picks, for every recognised name of an article, the gazetteer entry it means.
// Each candidate's score adds its prior (population, kind, feature code), what the words
// around it say (province, border crossing, city), the countries and provinces the article
// names, explicit relations, and how close it lies to the article's other places; a looser
// match tier costs score. Confidence is the chosen candidate's share of the softmax.
class PlaceResolver
{
public:
    explicit PlaceResolver(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}
    static constexpr int kNotContradicted = -1;

    // The reading chosen for one match, with the scores of all its hits.
    struct Choice
    {
        bool plausible = true; // false: a small or loosely matched place (or a loosely
                               // matched province) far from everything else the article names,
                               // in a country it does not name; the name is better left
                               // unmapped than mapped wrong
        // Where the sentence contradicts every reading ("Stroud, Ontario" where the gazetteer
        // has no Stroud in Ontario): the match of the place it puts the name in, whose point
        // the name takes as an unlisted place; else kNotContradicted.
        int placedIn = kNotContradicted;
        std::size_t hit = 0;
        double confidence = 0;
        std::vector<double> scores;
    };

    // One Choice per match, in the order of `matches`.
    std::vector<Choice> resolve(const std::vector<NameMatch> &matches,
                                const std::vector<NameRelation> &relations) const;
    // Whether resolution could set `match` aside as implausible: only a small or loosely
    // matched town, or a loosely matched province, can be (see Choice::plausible).
    bool mayBeImplausible(const NameMatch &match) const;
    // The Place a choice stands for, with its ranked candidates.
    Place makePlace(const NameMatch &match, const Choice &choice) const;

private:
    using Scores = std::vector<std::vector<double>>; // per match, per hit
    // Relations that place a name inside or near another are weighed before the article's
    // coherence; kinship in a list ("Ohio, Oregon") after it.
    enum class RelationPass
    {
        Containment,
        Kinship
    };
    struct ArticleContext;
    struct DistinctPoint
    {
        std::uint32_t place;
        double latitude, longitude;
    };
    std::uint64_t areaOfMostTowns(const std::vector<NameMatch> &matches,
                                  const Scores &scores) const;
    ArticleContext contextOf(const std::vector<NameMatch> &matches, const Scores &scores) const;
    void addContextScores(const std::vector<NameMatch> &matches, const ArticleContext &context,
                          Scores &scores) const;
    bool scoreAgainst(const NameMatch &located, std::vector<double> &locatedScores,
                      NameRelation::Kind kind, const Gazetteer::Place &anchor,
                      RelationPass pass) const;
    int containingReading(const NameMatch &located, const NameMatch &anchor,
                          const std::vector<double> &anchorScores) const;
    void addRelationScores(const std::vector<NameMatch> &matches,
                           const std::vector<NameRelation> &relations, RelationPass pass,
                           Scores &scores) const;
    std::vector<std::pair<double, double>> addCoherenceScores(const std::vector<NameMatch> &matches,
                                                              Scores &scores) const;
    void oneReadingPerName(const std::vector<NameMatch> &matches, Scores &scores,
                           std::vector<int> &contradictedBy) const;
    bool contradicts(const NameRelation &relation, const NameMatch &located, const NameHit &hit,
                     const Gazetteer::Place &anchor) const;
    std::vector<int> contradictedReadings(const std::vector<NameMatch> &matches,
                                          const std::vector<NameRelation> &relations,
                                          const Scores &scores) const;
    // Whether a place has no other of the article's points within a distance, by place and
    // distance: a long text names the same places again and again.
    using Lonely = std::unordered_map<std::uint64_t, bool>;
    bool farFromEverything(const NameHit &hit, const ArticleContext &context,
                           const std::vector<DistinctPoint> &distinctPoints, Lonely &lonely) const;
    double priorScore(const NameMatch &match, const NameHit &hit) const;
    bool sharesNameWithTown(const NameMatch &match, const Gazetteer::Place &area) const;
    double relationScore(NameRelation::Kind kind, const Gazetteer::Place &p,
                         const Gazetteer::Place &anchor, RelationPass pass) const;

    const Gazetteer &m_gazetteer;
};

} // namespace frontline
