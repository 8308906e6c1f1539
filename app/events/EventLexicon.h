#pragma once

#include "EventsResult.h"
#include "geoparse/WordTokens.h"
#include "text/WordPrefilter.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace frontline {

// A trigger of the lexicon: one to three words (folded, as NameKey folds them).
struct TriggerEntry
{
    std::vector<std::string_view> words;
    EventType type;
    bool passive = false; // "held by X", "fell to X": the actor follows
    bool into = false;    // "edged into", "entered": present in the place, not holding it
};

// The words the rules name one by one ("from", "held", "the"): each has a small number, so a
// rule compares numbers, not strings. Write one as "from"_w; a word not listed here does not
// compile.
inline constexpr std::string_view kRuleWords[]{"a",           "abducted",    "abducting",
                                               "according",   "accountable", "accusation",
                                               "across",      "advance",     "after",
                                               "against",     "aim",         "aimed",
                                               "aiming",      "allegation",  "amid",
                                               "an",          "and",         "announced",
                                               "are",         "area",        "areas",
                                               "around",      "as",          "assault",
                                               "at",          "attack",      "attacked",
                                               "attacks",     "backed",      "based",
                                               "bastion",     "bastions",    "be",
                                               "been",        "before",      "being",
                                               "between",     "by",          "calling",
                                               "capture",     "captured",    "charge",
                                               "claim",       "claimed",     "close",
                                               "control",     "controlled",  "could",
                                               "cover",       "dead",        "despite",
                                               "down",        "drive",       "driven",
                                               "drove",       "during",      "eastern",
                                               "elections",   "ended",       "fall",
                                               "far",         "fire",        "fired",
                                               "fleeing",     "foiled",      "for",
                                               "forced",      "from",        "grenade",
                                               "grenades",    "had",         "has",
                                               "have",        "held",        "her",
                                               "him",         "his",         "hit",
                                               "hold",        "holding",     "holds",
                                               "hostage",     "hostages",    "if",
                                               "in",          "into",        "is",
                                               "it",          "its",         "kidnapped",
                                               "kidnapping",  "kilometers",  "kilometres",
                                               "km",          "launch",      "led",
                                               "may",         "meeting",     "might",
                                               "miles",       "mob",         "near",
                                               "never",       "next",        "northern",
                                               "not",         "of",          "offensive",
                                               "office",      "on",          "operation",
                                               "operations",  "or",          "our",
                                               "out",         "outside",     "outskirts",
                                               "over",        "pad",         "pads",
                                               "part",        "place",       "positions",
                                               "power",       "push",        "refuge",
                                               "repelled",    "repulsed",    "responsibility",
                                               "responsible", "room",        "said",
                                               "says",        "seize",       "seized",
                                               "seizing",     "seizure",     "siege",
                                               "since",       "site",        "sites",
                                               "some",        "southern",    "strike",
                                               "strikes",     "stronghold",  "strongholds",
                                               "struck",      "suicide",     "take",
                                               "taken",       "takes",       "taking",
                                               "talks",       "targeted",    "targeting",
                                               "that",        "the",         "their",
                                               "them",        "there",       "this",
                                               "through",     "thwarted",    "to",
                                               "told",        "took",        "toward",
                                               "towards",     "tower",       "tubes",
                                               "under",       "unless",      "up",
                                               "us",          "vehicle",     "was",
                                               "we",          "were",        "western",
                                               "when",        "where",       "which",
                                               "while",       "who",         "will",
                                               "with",        "would"};
using RuleWord = std::uint16_t; // 0: a word the rules do not name

consteval RuleWord operator""_w(const char *text, std::size_t size)
{
    for (std::size_t i = 0; i < std::size(kRuleWords); ++i)
        if (kRuleWords[i] == std::string_view(text, size))
            return RuleWord(i + 1);
    throw "not in kRuleWords"; // at compile time: an error
}

// What a word is to the event rules. Each word of a sentence is looked up once
// (SentenceLexicon), so the rules test bits, not strings.
enum class WordClass : std::uint32_t
{
    PlanningCue = 1u << 0, // "aiming to", "before", "would": an aim, not a deed
    Denial = 1u << 1,      // "denied", "rejected"
    PersonNoun = 1u << 2,  // "captured a commander": an arrest, not ground taken
    GovernmentNoun =
        1u << 3, // "authorities", "troops": a government's forces, once a country is known
    FactionPronoun = 1u << 4, // "its fighters", "they", "we": the faction last mentioned
    PlaceAnaphor = 1u << 5,   // "the town", "there": the place last mentioned
    Compass = 1u << 6,        // "north", "southeastward"
    AirWord = 1u << 7,        // "jets", "drones": what makes a strike an airstrike
    FeatureNoun = 1u << 8,    // "dam", "airport": "the Kakhovka dam" names, "the dam" recalls
    ForceNoun = 1u << 9,      // "forces", "artillery" after a demonym: that country's forces
    GroupWord = 1u << 10,     // "the rebels", "the group's capital": an armed group, not named
    TimeAnchor = 1u << 11,    // "Tuesday", "noon", "year", "June": what a time expression turns on
    Saying = 1u << 12,        // "said", "according": who a sentence is attributed to is near
    Locative = 1u << 13,      // "in", "near", "outside": the place after it is where something is
    PlaceModifier =
        1u << 14, // "northern", "downtown", "the": may stand between a locative and its place
    PlaceNoun = 1u << 15,  // "city", "province", "outskirts": "the city of X" names the place X
    Reaction = 1u << 16,   // "condemned", "warned": after a place, its government speaks
    Aspectual = 1u << 17,  // "occurred", "continued", "staged": the act is the event noun beside it
    VictimVerb = 1u << 18, // "killed", "shot": done to people, so its passive subject is no place
    FatalWord = 1u << 19,  // "killed", "dead": a count near it is of the dead
    InjuryWord = 1u << 20, // "wounded", "injuries": a count near it is of the injured
    ActorNoun = 1u << 21,  // "gunmen", "police": an actor outside the faction file
    CountWord = 1u << 22,  // "twelve", "dozens": a count in words (digits are counts too)
    Auxiliary = 1u << 23,  // "was", "have", "would": between a subject and its verb
    PassiveAuxiliary = 1u << 24, // "was", "been": right before a passive participle
    Defence = 1u << 25,          // "repelled", "foiled": the act after it did not happen
    BackgroundCue = 1u << 26,    // "despite", "amid": a noun after it is background, not an act
    ActNoun = 1u << 27,          // "operation", "assault": an act told by a noun
    BuildingNoun = 1u << 28,     // "mosque", "office": "a Kabul hotel" is a building in Kabul
    PrizeNoun = 1u << 29, // "title", "medal", "camera": what "captured" takes in another sense
};

// The event lexicon's reading of one sentence: per word, its classes and the triggers
// (DESIGN.md's event types, in all their inflections) that begin with it, longest first.
class SentenceLexicon
{
public:
    // Reads a sentence's words. `extraWords`: a vocabulary of the caller's (a faction
    // matcher's first words) whose possible members extraCandidates() lists, in the same pass.
    void read(const WordTokens &words, const WordPrefilter *extraWords = nullptr);

    bool is(std::size_t token, WordClass wordClass) const
    {
        return token < m_entries.size() && m_entries[token] &&
               (m_entries[token]->classes & std::uint32_t(wordClass)) != 0;
    }
    RuleWord word(std::size_t token) const
    {
        return token < m_ruleWords.size() ? m_ruleWords[token] : 0;
    }
    const std::vector<const TriggerEntry *> &triggersAt(std::size_t token) const
    {
        return token < m_entries.size() && m_entries[token] ? m_entries[token]->triggers
                                                            : s_noTriggers;
    }
    bool hasTriggers() const { return !m_triggerStarts.empty(); }
    // Whether some word of the sentence is of `wordClass`: a rule about such words can skip
    // a sentence that has none.
    bool names(WordClass wordClass) const
    {
        return (m_classesNamed & std::uint32_t(wordClass)) != 0;
    }
    // The words that begin a trigger, in order.
    const std::vector<std::uint32_t> &triggerStarts() const { return m_triggerStarts; }
    // The words a time expression may turn on, in order: anchors ("Tuesday", "noon"),
    // numbers, joined words ("mid-2014"). TimeResolver makes sure.
    const std::vector<std::uint32_t> &timeCandidates() const { return m_timeCandidates; }
    // The words the extra vocabulary given to read() may contain, in order.
    const std::vector<std::uint32_t> &extraCandidates() const { return m_extraCandidates; }

    struct Entry
    {
        std::uint32_t classes = 0;
        RuleWord word = 0;
        std::vector<const TriggerEntry *> triggers;
    };

private:
    inline static const std::vector<const TriggerEntry *> s_noTriggers;
    std::vector<const Entry *> m_entries; // per word; null for a word the lexicon lacks
    std::vector<RuleWord> m_ruleWords;    // per word
    std::vector<std::uint32_t> m_triggerStarts;
    std::vector<std::uint32_t> m_timeCandidates;
    std::vector<std::uint32_t> m_extraCandidates;
    std::uint32_t m_classesNamed = 0; // the classes of all the sentence's words
};

} // namespace frontline
