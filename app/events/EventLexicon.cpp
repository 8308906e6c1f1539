#include "EventLexicon.h"

#include "text/WordPrefilter.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace frontline {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N> &words, std::string_view word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

std::vector<TriggerEntry> buildTriggers()
{
    using T = EventType;
    std::vector<TriggerEntry> triggers;
    const auto add = [&](std::initializer_list<std::string_view> forms, T type, bool passive = false, bool into = false) {
        for (std::string_view form : forms) {
            TriggerEntry entry{{}, type, passive, into};
            std::size_t start = 0;
            while (start < form.size()) {
                const std::size_t space = std::min(form.find(' ', start), form.size());
                entry.words.push_back(form.substr(start, space - start));
                start = space + 1;
            }
            triggers.push_back(entry);
        }
    };
    // Several words first: the longest trigger wins where two begin at one word.
    add({"edged into", "edging into", "edge into", "edges into", "pushed into", "pushing into", "moved into",
         "advanced into"}, T::Offensive, false, true);
    add({"aim at", "aimed at", "aiming at"}, T::Offensive);
    add({"in control of", "under the control of", "under control of", "in full control of"}, T::Control);
    add({"held by", "controlled by", "under the control", "still held by"}, T::Control, true);
    add({"fell to", "captured by", "seized by", "overrun by", "taken by"}, T::Capture, true);
    add({"took control of", "taken control of", "take control of", "taking control of", "gained control of",
         "seized control of", "wrested control of"}, T::Capture);
    add({"air cover", "air strikes", "air strike", "air raid", "air raids", "drone strike", "drone strikes",
         "drone attack", "drone attacks", "missile strike", "missile strikes"}, T::Airstrike);
    add({"exchange of fire", "exchanged fire", "locked in clashes", "heavy fighting", "fierce fighting"}, T::Clash);
    add({"pulled out", "pulling out", "pull out", "pulled back", "fell back"}, T::Withdrawal);
    add({"car bomb", "suicide bomber", "suicide bombing", "roadside bomb"}, T::Explosion);
    add({"fired rockets", "rocket fire", "artillery fire", "mortar fire", "mortar rounds"}, T::Shelling);
    // One word.
    add({"launch", "launched", "launches", "launching", "offensive", "offensives", "counteroffensive",
         "counter-offensive", "push", "pushed", "pushes", "pushing", "advance", "advanced", "advances",
         "advancing", "attack", "attacks", "attacked", "attacking", "targeted", "targeting", "assault", "assaults", "besieged", "besieging", "siege",
         "incursion", "incursions", "operation", "operations"}, T::Offensive);
    add({"seize", "seized", "seizes", "seizing", "capture", "captured", "captures", "capturing", "overrun",
         "overran", "overrunning", "overruns", "retake", "retook", "retaken", "retaking", "recapture",
         "recaptured", "recapturing", "took", "taken", "take", "takes", "taking", "liberated", "liberate",
         "entered", "enter", "entering", "broke into", "stormed into"},
        T::Capture);
    add({"control", "controls", "controlled", "controlling", "hold", "holds", "held", "holding",
         "stronghold", "strongholds", "bastion", "bastions"}, T::Control);
    add({"airstrike", "airstrikes", "bombing", "bombings", "bombed"},
        T::Airstrike);
    add({"shelled", "shelling", "shell", "shells", "bombardment", "bombarded", "artillery", "mortars",
         "rockets"}, T::Shelling);
    add({"blast", "blasts", "explosion", "explosions", "exploded", "detonated", "detonate", "bomb", "ied"},
        T::Explosion);
    add({"killed", "killing", "kill", "kills", "shot", "shooting", "wounded", "wounding", "ambush",
         "ambushed", "massacre", "massacred", "beheaded", "executed", "struck", "strike", "strikes", "raid",
         "raids", "raided", "stormed", "storm", "storming"}, T::Attack);
    add({"arrested", "arrest", "arrests", "detained", "detain", "detains", "detention", "abducted",
         "kidnapped"}, T::Arrest);
    add({"protest", "protests", "protested", "protesters", "demonstration", "demonstrations", "rally",
         "rallies"}, T::Protest);
    add({"clash", "clashes", "clashed", "clashing", "fighting", "battle", "battles", "battled", "skirmish",
         "skirmishes", "fought"}, T::Clash);
    add({"drove", "driven", "drive", "forced"}, T::Offensive); // with "out": a capture (SentenceEvents)
    add({"withdraw", "withdrew", "withdrawn", "withdrawing", "withdrawal", "retreat", "retreated",
         "retreating", "lost", "abandoned"}, T::Withdrawal);
    add({"repelled", "repulsed", "fended off", "foiled", "thwarted", "beat back", "beaten back"}, T::Clash);
    std::stable_sort(triggers.begin(), triggers.end(),
                     [](const TriggerEntry &a, const TriggerEntry &b) { return a.words.size() > b.words.size(); });
    return triggers;
}

constexpr std::array<std::string_view, 31> kPlanningCues{
    "aim", "aims", "aiming", "aimed", "plan", "plans", "planned", "planning", "seek", "seeks",
    "seeking", "intend", "intends", "preparing", "prepare", "threatened", "threaten", "vowed",
    "will", "would", "could", "before", "ahead", "manage", "effort", "bid", "attempt",
    "attempting", "tried", "trying", "try"};

constexpr std::array<std::string_view, 5> kDenials{"denied", "deny", "denies", "denying", "rejected"};

constexpr std::array<std::string_view, 31> kPersonNouns{
    "commander", "commanders", "leader", "leaders", "fighter", "fighters", "soldier", "soldiers",
    "civilians", "journalist", "journalists", "man", "men", "woman", "women", "official", "officials",
    "members", "member", "militant", "militants", "suspects", "people", "hostages", "villagers",
    "residents", "worshippers", "passengers", "students", "farmers"};

// Not "military" or "security": they are mostly adjectives ("a military spokesman").
constexpr std::array<std::string_view, 8> kGovernmentNouns{
    "authorities", "government", "army", "troops", "soldiers", "forces", "police", "ministry"};

constexpr std::array<std::string_view, 9> kFactionPronouns{"its", "their", "they", "we", "our", "us",
                                                           "group", "group's", "militants"};

constexpr std::array<std::string_view, 16> kPlaceAnaphors{
    "town", "city", "village", "there", "area", "stronghold", "bastion", "site", "plant", "dam",
    "airport", "base", "camp", "towns", "villages", "cities"};

constexpr std::array<std::string_view, 10> kFeatureNouns{
    "dam", "plant", "airport", "base", "camp", "crossing", "bridge", "port", "refinery", "station"};

constexpr std::array<std::string_view, 17> kAirWords{
    "jets", "jet", "warplanes", "warplane", "aircraft", "planes", "drones", "drone", "helicopter",
    "helicopters", "airstrike", "air", "gunships", "bombers", "fighter", "uav", "uavs"};

constexpr std::array<std::string_view, 17> kForceNouns{
    "forces", "troops", "army", "artillery", "jets", "warplanes", "aircraft", "drones", "military",
    "soldiers", "navy", "units", "tanks", "police", "militias", "fighters", "gunboats"};

constexpr std::array<std::string_view, 10> kGroupWords{
    "rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "jihadist", "group",
    "group's", "militia"};

constexpr std::array<std::string_view, 16> kCompass{
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northward", "southward", "eastward", "westward", "northeastward", "northwestward",
    "southeastward", "southwestward"};

} // namespace

const std::vector<TriggerEntry> &eventTriggers()
{
    static const std::vector<TriggerEntry> triggers = buildTriggers();
    return triggers;
}

const std::vector<const TriggerEntry *> &triggersStartingWith(std::string_view word)
{
    static const std::unordered_map<std::string_view, std::vector<const TriggerEntry *>> byFirstWord = [] {
        std::unordered_map<std::string_view, std::vector<const TriggerEntry *>> index;
        for (const TriggerEntry &entry : eventTriggers()) // already longest first
            index[entry.words.front()].push_back(&entry);
        return index;
    }();
    static const WordPrefilter firstWords = [] {
        WordPrefilter filter;
        for (const TriggerEntry &entry : eventTriggers())
            filter.add(entry.words.front());
        return filter;
    }();
    static const std::vector<const TriggerEntry *> none;
    if (!firstWords.mayContain(word))
        return none;
    const auto found = byFirstWord.find(word);
    return found == byFirstWord.end() ? none : found->second;
}

bool isPlanningCue(std::string_view word) { return contains(kPlanningCues, word); }
bool isDenialWord(std::string_view word) { return contains(kDenials, word); }
bool isPersonNoun(std::string_view word) { return contains(kPersonNouns, word); }
bool isGovernmentNoun(std::string_view word) { return contains(kGovernmentNouns, word); }
bool isFactionPronoun(std::string_view word) { return contains(kFactionPronouns, word); }
bool isPlaceAnaphor(std::string_view word) { return contains(kPlaceAnaphors, word); }
bool isCompassDirection(std::string_view word) { return contains(kCompass, word); }
bool isAirWord(std::string_view word) { return contains(kAirWords, word); }
bool isFeatureNoun(std::string_view word) { return contains(kFeatureNouns, word); }
bool isForceNoun(std::string_view word) { return contains(kForceNouns, word); }
bool isGroupWord(std::string_view word) { return contains(kGroupWords, word); }

} // namespace frontline
