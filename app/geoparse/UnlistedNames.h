#pragma once

#include "GeoparseResult.h"
#include "NameMatcher.h"
#include "PlaceResolver.h"

#include <optional>
#include <string>
#include <vector>

namespace frontline {

// A place the gazetteer does not list but the text shows is one: "the village of X", "the X
// neighbourhood", "X district", "fighting in X". Its kind comes from the cue; its point, where
// the text names one, from the place it lies in ("X, a town near Y"; "the X district of Y").
struct UnlistedName
{
    int sentence = 0;
    TextRange range;
    std::string key; // the name folded (NameKey.h): one place per key in an article
    PlaceKind kind = PlaceKind::PopulatedPlace;
    int container = -1;   // index of the match of the place it lies in, or -1
    int fallbackFor = -1; // a gazetteer name's match: this stands in for it only where
                          // resolution sets that name aside as implausible
};

// Finds the unlisted names of one sentence, whose gazetteer names are `matches[first..]`.
// One UnlistedNameFinder serves one thread.
class UnlistedNameFinder
{
public:
    UnlistedNameFinder(const Gazetteer &gazetteer, const PlaceResolver &resolver)
        : m_gazetteer(gazetteer), m_resolver(resolver)
    {
    }

    void find(int sentence, const WordTokens &words, const std::vector<NameMatch> &matches,
              std::size_t first, std::vector<UnlistedName> &out) const;

private:
    struct Run;
    void readCue(const WordTokens &words, Run &run) const;
    bool listed(const WordTokens &words, std::size_t end, std::size_t start) const;
    void takeListed(const WordTokens &words, const std::vector<NameMatch> &matches,
                    std::size_t first, std::vector<Run> &runs) const;
    bool isTown(const NameMatch &match) const;
    UnlistedName unlistedName(int sentence, const WordTokens &words, const Run &run,
                              const std::vector<NameMatch> &matches, std::size_t first) const;
    std::size_t runEnd(const WordTokens &words, std::size_t start,
                       const std::vector<bool> &taken) const;
    bool plausibleName(const WordTokens &words, std::size_t start, std::size_t end) const;
    int containerBefore(const WordTokens &words, std::size_t start,
                        const std::vector<NameMatch> &matches, std::size_t first) const;
    std::optional<PlaceKind> kindInApposition(const WordTokens &words, std::size_t end) const;
    int containerAfter(const WordTokens &words, std::size_t end,
                       const std::vector<NameMatch> &matches, std::size_t first) const;
    int containerInApposition(const WordTokens &words, std::size_t end,
                              const std::vector<NameMatch> &matches, std::size_t first) const;

    const Gazetteer &m_gazetteer;
    const PlaceResolver &m_resolver;
    mutable std::vector<bool> m_taken; // per word of the sentence: part of a gazetteer name
};

} // namespace frontline
