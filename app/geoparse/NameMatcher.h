#pragma once

#include "WordTokens.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/StringHash.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace frontline {

// One gazetteer entry a recognised name may refer to, with how well the name matched it.
struct NameHit
{
    std::uint32_t place = 0;
    KeyTier tier = KeyTier::Exact;
    std::uint8_t flags = 0; // gazetteer_format::KeyFlag bits of the best matching key
    double distance = 0;    // keyDistance() between the text's key and the place's name
};

// A span of text recognised as a name, before resolution.
struct NameMatch
{
    int sentence = 0;
    TextRange range;
    std::size_t firstToken = 0;
    std::size_t lastToken = 0;
    std::vector<NameHit> hits;
    bool demonym = false;         // "Syrian": context, not a location
    bool modifier = false;        // "the US Army", "Ontario Premier": opens another name
    std::string singleWordKey;    // the key of a one-word name ("carson"), to check against the
                                  // article's persons; empty for longer names
    bool areaCue = false;         // "... province", "... region"
    bool featureCue = false;      // "... border crossing", "... dam"
    bool settlementCue = false;   // "the town of ...", "... city"
    bool definiteArticle = false; // "the Atlantic", "the Sahel": seas and regions take "the",
                                  // towns seldom do
};

// Recognition: runs of capitalised words looked up in the gazetteer's three key tiers,
// longest match first; then the words around a run decide whether it names a place, a
// person ("spokesman Muzahem al-Sallum", "said Sallum") or an organisation ("New Syrian
// Army"). Acronyms, calendar words and ordinary words that open a sentence are not names.
// One NameMatcher serves one thread (it reuses scratch buffers and remembers the index's
// answers); make one per thread.
class NameMatcher
{
public:
    explicit NameMatcher(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

    // The index's answers asked for and those remembered from before: how much a feed's
    // repetition spares (bench_geoparse --lookups, README "A day's feed").
    struct Lookups
    {
        std::uint64_t asked = 0;
        std::uint64_t remembered = 0;
    };
    Lookups lookups() const { return m_lookups; }

    // Appends the names found in one tokenised sentence, and the keys of the surnames of the
    // persons it names ("carson" of "Maria Carson"): a later "Carson" alone is the person.
    void findNames(int sentence, const WordTokens &words, std::vector<NameMatch> &out,
                   std::vector<std::string> &surnames) const;

private:
    std::optional<std::size_t> longestName(const WordTokens &words, std::size_t first, bool acronym,
                                           std::vector<NameHit> &hits) const;
    bool keepAsPlace(const WordTokens &words, NameMatch &match,
                     std::vector<std::string> &surnames) const;
    bool lookUp(std::string_view exactKey, bool singleWord, bool acronym,
                std::vector<NameHit> &hits, bool *longerPossible) const;
    bool lookUpInIndex(std::string_view exactKey, bool singleWord, bool acronym,
                       std::vector<NameHit> &hits, bool *longerPossible) const;
    bool isNameWord(const WordTokens &words, std::size_t index) const;
    static bool isAbbreviation(const WordTokens &words, std::size_t index);
    bool inPlaceContext(const WordTokens &words, std::size_t index) const;
    bool areaFollows(const WordTokens &words, std::size_t index) const;
    bool namesKind(std::string_view key, std::initializer_list<gazetteer_format::Kind> kinds,
                   std::uint8_t excluded = 0) const;
    bool mayOpenName(const WordTokens &words, std::size_t index) const;
    bool opensWithPlace(std::string_view key) const;
    bool isPersonName(std::string_view key) const;
    bool stateAfterTown(const WordTokens &words, std::size_t index,
                        std::vector<NameHit> &hits) const;
    bool looksLikePerson(const WordTokens &words, std::size_t first, std::size_t last) const;
    bool speaks(const WordTokens &words, const NameMatch &match) const;
    // The proper name a match lies in: its first and last words (the match's own when none).
    std::pair<std::size_t, std::size_t> largerName(const WordTokens &words,
                                                   const NameMatch &match) const;
    bool isModifier(const WordTokens &words, const NameMatch &match, std::size_t nameEnd) const;
    void takeAreaWord(const WordTokens &words, NameMatch &match) const;
    bool namesAPerson(const WordTokens &words, const NameMatch &match) const;
    bool namesCountry(const NameMatch &match) const;
    // What holds the name of the place after it: "Minister of", "Ministry of", or nothing.
    enum class Holder
    {
        None,
        Office,
        Body
    };
    Holder holderBefore(const WordTokens &words, std::size_t first) const;
    void addCues(const WordTokens &words, NameMatch &match) const;

    const Gazetteer &m_gazetteer;
    // Scratch keys reused across lookups: a matcher serves one thread.
    mutable std::string m_folded, m_skeleton, m_key, m_answerKey;
    mutable std::vector<NameHit> m_hits;
    // lookUp's answers by key and question: a feed names the same places, people and
    // organisations again and again, and each lookup is several probes into an index far
    // larger than the processor's caches.
    struct Answer
    {
        std::vector<NameHit> hits;
        bool longerPossible = false;
        bool found = false;
    };
    mutable std::unordered_map<std::string, Answer, string_hash::WordHash, std::equal_to<>>
        m_answers;
    mutable Lookups m_lookups;
};

} // namespace frontline
