#pragma once

#include "GeoparseResult.h"
#include "NameMatcher.h"
#include "PlaceResolver.h"
#include "UnlistedNames.h"

namespace frontline {

// Finds the places an article names and resolves each one (NameMatcher, PlaceResolver).
// A very long text has its sentences matched on all cores; resolution then sees every name.
// One Geoparser serves one thread at a time: its matcher remembers the index's answers from
// one article to the next.
class Geoparser
{
public:
    explicit Geoparser(const Gazetteer &gazetteer)
        : m_gazetteer(gazetteer), m_matcher(gazetteer), m_resolver(gazetteer)
    {
    }

    // Adds the article's places and mentions to `result`; places already there (from other
    // articles) are kept once. With `sentenceWords`, it also hands over the words of each
    // sentence, so that the event pass need not tokenise the article again.
    void parse(const Article &article, int articleIndex, GeoparseResult &result,
               std::vector<WordTokens> *sentenceWords = nullptr) const;
    // The calling thread's matcher's lookups (NameMatcher::Lookups).
    NameMatcher::Lookups lookups() const { return m_matcher.lookups(); }

private:
    std::vector<int> addMentions(const Article &article, int articleIndex,
                                 const std::vector<NameMatch> &matches,
                                 const std::vector<PlaceResolver::Choice> &choices,
                                 GeoparseResult &result) const;
    int placeOf(const NameMatch &match, const PlaceResolver::Choice &choice,
                GeoparseResult &result) const;
    void addUnlisted(const Article &article, int articleIndex,
                     const std::vector<UnlistedName> &names, const std::vector<int> &places,
                     GeoparseResult &result) const;

    const Gazetteer &m_gazetteer;
    NameMatcher m_matcher; // for articles read on the calling thread
    PlaceResolver m_resolver;
};

} // namespace frontline
