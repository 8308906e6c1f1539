#pragma once

#include "GeoparseResult.h"
#include "gazetteer/Gazetteer.h"

namespace frontline {

// Finds the places an article names and resolves each to one gazetteer entry.
// Recognition: runs of capitalised words looked up in the gazetteer, longest match first;
// acronyms and ordinary words that merely start a sentence are not names.
// Resolution: the candidate's prior (population, kind) plus the countries the article names.
class Geoparser
{
public:
    explicit Geoparser(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

    // Adds the article's places and mentions to `result` (places shared between articles
    // are kept once).
    void parse(const Article &article, int articleIndex, GeoparseResult &result) const;

private:
    struct Match;
    void findMatches(const Article &article, std::vector<Match> &matches) const;
    Place resolve(const Match &match, const std::vector<QString> &contextCountries) const;

    const Gazetteer &m_gazetteer;
};

} // namespace frontline
