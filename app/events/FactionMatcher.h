#pragma once

#include "EventLexicon.h"
#include "Faction.h"
#include "gazetteer/StringHash.h"
#include "geoparse/WordTokens.h"
#include "text/WordPrefilter.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace frontline {

// A faction named in a sentence, by one of its aliases.
struct FactionMention
{
    std::size_t firstToken = 0;
    std::size_t lastToken = 0;
    const Faction *faction = nullptr;
};

// Finds factions by their aliases, longest alias first. An alias word written in capitals
// ("IS", "NSA") matches only capitals in the text: "IS" the group, never "is" the verb.
class FactionMatcher
{
public:
    explicit FactionMatcher(const std::vector<const Faction *> &factions);

    // The first words of the aliases: SentenceLexicon::read notes the words that may be one.
    const WordPrefilter &firstWords() const { return m_firstWords; }
    // The mentions in a sentence whose words `lexicon` has read with firstWords().
    void find(const WordTokens &words, const SentenceLexicon &lexicon, std::vector<FactionMention> &out) const;
    // Whether words [first, last] are inside some mention of `mentions`.
    static bool covers(const std::vector<FactionMention> &mentions, std::size_t token);

private:
    struct Alias
    {
        std::vector<std::string> words; // a leading "the" left out (and taken when it is there)
        std::vector<bool> capitals;
        const Faction *faction;
    };
    std::vector<Alias> m_aliases;
    std::unordered_map<std::string_view, std::vector<int>, string_hash::WordHash> m_byFirstWord; // into m_aliases; longest first
    WordPrefilter m_firstWords;
};

} // namespace frontline
