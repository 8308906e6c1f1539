#include "EventLexicon.h"

#include "text/WordPrefilter.h"

#include <algorithm>
#include <bit>
#include <optional>
#include <span>
#include <unordered_map>

namespace frontline {
namespace {

std::vector<TriggerEntry> buildTriggers()
{
    using T = EventType;
    std::vector<TriggerEntry> triggers;
    const auto add = [&](std::initializer_list<std::string_view> forms, T type,
                         bool passive = false, bool into = false) {
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
    add({"edged into", "edging into", "edge into", "edges into", "pushed into", "pushing into",
         "moved into", "advanced into"},
        T::Offensive, false, true);
    add({"aim at", "aimed at", "aiming at"}, T::Offensive);
    add({"in control of", "under the control of", "under control of", "in full control of"},
        T::Control);
    add({"held by", "controlled by", "under the control", "still held by"}, T::Control, true);
    add({"fell to", "captured by", "seized by", "overrun by", "taken by"}, T::Capture, true);
    add({"took control of", "taken control of", "take control of", "taking control of",
         "gained control of", "seized control of", "wrested control of"},
        T::Capture);
    add({"air cover", "air strikes", "air strike", "air raid", "air raids", "drone strike",
         "drone strikes", "drone attack", "drone attacks", "missile strike", "missile strikes"},
        T::Airstrike);
    add({"exchange of fire", "exchanged fire", "locked in clashes", "heavy fighting",
         "fierce fighting"},
        T::Clash);
    add({"pulled out", "pulling out", "pull out", "pulled back", "fell back"}, T::Withdrawal);
    add({"set off", "sets off", "setting off", "car bomb", "suicide bomber", "suicide bombing",
         "roadside bomb", "blew up", "blown up", "blowing up", "blow up", "went off",
         "blew himself up", "blew herself up", "blew themselves up", "blow himself up",
         "ripped through", "tore through"},
        T::Explosion);
    add({"opened fire", "open fire", "opening fire", "opens fire", "gunned down", "shot dead"},
        T::Attack);
    add({"fired rockets", "rocket fire", "artillery fire", "mortar fire", "mortar rounds"},
        T::Shelling);
    // One word.
    add({"launch",
         "launched",
         "launches",
         "launching",
         "offensive",
         "offensives",
         "counteroffensive",
         "counter-offensive",
         "push",
         "pushed",
         "pushes",
         "pushing",
         "advance",
         "advanced",
         "advances",
         "advancing",
         "attack",
         "attacks",
         "attacked",
         "attacking",
         "targeted",
         "targeting",
         "assault",
         "assaults",
         "besieged",
         "besieging",
         "siege",
         "incursion",
         "incursions",
         "operation",
         "operations",
         "invaded",
         "invade",
         "invading"},
        T::Offensive);
    add({"seize",       "seized",        "seizes",      "seizing",  "capture",     "captured",
         "captures",    "capturing",     "overrun",     "overran",  "overrunning", "overruns",
         "retake",      "retook",        "retaken",     "retaking", "recapture",   "recaptured",
         "recapturing", "took",          "taken",       "take",     "takes",       "taking",
         "liberated",   "liberate",      "entered",     "enter",    "entering",    "enters",
         "break into",  "breaking into", "breaks into", "occupy",   "occupying",   "broke into",
         "stormed into"},
        T::Capture);
    add({"control", "controls", "controlled", "controlling", "hold", "holds", "held", "holding",
         "stronghold", "strongholds", "bastion", "bastions"},
        T::Control);
    add({"airstrike", "airstrikes", "bombing", "bombings", "bombed"}, T::Airstrike);
    add({"shelled", "shelling", "shell", "shells", "bombardment", "bombarded", "artillery",
         "mortars", "rockets"},
        T::Shelling);
    add({"blast", "blasts", "explosion", "explosions", "exploded", "explode", "explodes",
         "exploding", "detonated", "detonate", "detonates", "detonating", "bomb", "ied", "landmine",
         "grenade"},
        T::Explosion);
    add({"killed",   "killing",  "kill",      "kills",       "shot",         "shoot",
         "shoots",   "shooting", "wounded",   "wounding",    "injured",      "injuring",
         "murdered", "murder",   "murders",   "murdering",   "assassinated", "stabbed",
         "hacked",   "tortured", "slain",     "slaughtered", "lynched",      "ambush",
         "ambushed", "massacre", "massacred", "beheaded",    "executed",     "struck",
         "strike",   "strikes",  "striking",  "hit",         "hitting",      "fired",
         "raid",     "raids",    "raided",    "raiding",     "stormed",      "storm",
         "storming"},
        T::Attack);
    add({"arrested", "arrest", "arrests", "detained", "detain", "detains", "detention"}, T::Arrest);
    // Taking people by force is violence against them (ACLED: abduction), not an arrest.
    add({"abducted", "abducting", "kidnapped", "kidnapping"}, T::Attack);
    add({"protest", "protests", "protested", "protesting", "protesters", "demonstration",
         "demonstrations", "demonstrated", "demonstrate", "demonstrating", "demonstrators", "rally",
         "rallies", "rallied", "march", "marched", "marches", "marching", "marchers"},
        T::Protest);
    add({"riot", "riots", "rioted", "rioting", "rioters"}, T::Riot);
    add({"patrol", "patrols", "patrolled", "patrolling", "patroled", "patroling"}, T::Patrol);
    // Property destroyed (ACLED: looting/property destruction).
    add({"set fire", "set ablaze", "destroyed", "destroy", "destroys", "destroying", "burned",
         "burnt", "torched", "razed", "demolished", "looted", "looting", "ransacked"},
        T::Other);
    add({"clash", "clashes", "clashed", "clashing", "fighting", "battle", "battles", "battled",
         "skirmish", "skirmishes", "fought"},
        T::Clash);
    add({"drove", "driven", "drive", "forced"},
        T::Offensive); // with "out": a capture (SentenceEvents)
    add({"withdraw", "withdrew", "withdrawn", "withdrawing", "withdrawal", "retreat", "retreated",
         "retreating", "lost", "abandoned"},
        T::Withdrawal);
    add({"repelled", "repulsed", "fended off", "foiled", "thwarted", "beat back", "beaten back"},
        T::Clash);
    std::stable_sort(triggers.begin(), triggers.end(),
                     [](const TriggerEntry &a, const TriggerEntry &b) {
                         return a.words.size() > b.words.size();
                     });
    return triggers;
}

constexpr std::string_view kPlanningCues[]{
    "aim",      "aims",  "aiming",  "aimed",      "plan",    "plans",     "planned", "planning",
    "seek",     "seeks", "seeking", "intend",     "intends", "preparing", "prepare", "threatened",
    "threaten", "vowed", "will",    "would",      "could",   "before",    "ahead",   "manage",
    "effort",   "bid",   "attempt", "attempting", "tried",   "trying",    "try"};

constexpr std::string_view kDenials[]{"denied", "deny", "denies", "denying", "rejected"};

constexpr std::string_view kPersonNouns[]{
    "commander",  "commanders", "leader",      "leaders",    "fighter",     "fighters",
    "soldier",    "soldiers",   "civilians",   "journalist", "journalists", "man",
    "men",        "woman",      "women",       "official",   "officials",   "members",
    "member",     "militant",   "militants",   "suspects",   "people",      "hostages",
    "villagers",  "residents",  "worshippers", "passengers", "students",    "farmers",
    "insurgents", "rebels",     "gunmen",      "prisoners",  "suspect",     "policemen",
    "guerrillas", "terrorists", "jihadists",   "pilot",      "pilots",      "militiamen",
    "hostage",    "spy",        "agent",       "agents",     "children",    "boys",
    "girls",      "student",    "activists",   "activist"};

// Not "military" or "security": they are mostly adjectives ("a military spokesman").
constexpr std::string_view kGovernmentNouns[]{"authorities", "government", "army",   "troops",
                                              "soldiers",    "forces",     "police", "ministry"};

constexpr std::string_view kFactionPronouns[]{"its", "their", "they",    "we",       "our",
                                              "us",  "group", "group's", "militants"};

constexpr std::string_view kPlaceAnaphors[]{
    "town",  "city", "village", "there", "area", "stronghold", "bastion",  "site",
    "plant", "dam",  "airport", "base",  "camp", "towns",      "villages", "cities"};

constexpr std::string_view kFeatureNouns[]{"dam",      "plant",  "airport", "base",     "camp",
                                           "crossing", "bridge", "port",    "refinery", "station"};

constexpr std::string_view kAirWords[]{
    "jets",     "jet",     "warplanes",  "warplane",    "aircraft",  "planes",
    "drones",   "drone",   "helicopter", "helicopters", "airstrike", "air",
    "gunships", "bombers", "fighter",    "uav",         "uavs"};

constexpr std::string_view kForceNouns[]{"forces",    "troops",   "army",   "artillery", "jets",
                                         "warplanes", "aircraft", "drones", "military",  "soldiers",
                                         "navy",      "units",    "tanks",  "police",    "militias",
                                         "fighters",  "gunboats"};

constexpr std::string_view kGroupWords[]{"rebel",    "rebels",    "insurgent", "insurgents",
                                         "militant", "militants", "jihadist",  "group",
                                         "group's",  "militia"};

constexpr std::string_view kTimeAnchors[]{
    "monday",    "tuesday", "wednesday", "thursday",  "friday",  "saturday",  "sunday",
    "weekend",   "noon",    "midday",    "midnight",  "dawn",    "overnight", "today",
    "yesterday", "tonight", "morning",   "week",      "month",   "year",      "mid",
    "early",     "late",    "january",   "february",  "march",   "april",     "may",
    "june",      "july",    "august",    "september", "october", "november",  "december"};

constexpr std::string_view kSaying[]{"said", "says", "told", "claimed", "according", "announced"};

// What may introduce the place where something is or happens.
constexpr std::string_view kLocatives[]{
    "in",         "at",     "near",   "outside", "inside", "around",  "across",
    "throughout", "along",  "on",     "off",     "over",   "through", "into",
    "between",    "within", "beyond", "behind",  "nearby", "towards", "toward"};

// Words that may stand between a locative and its place ("in the northern city of X").
constexpr std::string_view kPlaceModifiers[]{
    "the",      "a",           "an",           "this",         "that",         "its",
    "their",    "his",         "her",          "northern",     "southern",     "eastern",
    "western",  "central",     "northeastern", "northwestern", "southeastern", "southwestern",
    "north",    "south",       "east",         "west",         "downtown",     "suburban",
    "nearby",   "neighboring", "neighbouring", "restive",      "volatile",     "strategic",
    "besieged", "embattled",   "troubled",     "southernmost", "northernmost", "remote",
    "rural",    "main",        "key",          "border",       "coastal",      "capital",
    "holy",     "largest",     "second",       "third",        "biggest",      "small",
    "busy",     "crowded",     "nearby",       "several",      "two",          "three",
    "some",     "many",        "of",           "and",          "full",         "most",
    "much",     "all",         "parts",        "half",         "entire",       "whole",
    "control",  "large",       "swathes",      "swaths"};

// What a place name follows in "the town of X", "the outskirts of X", "the streets of X".
constexpr std::string_view kPlaceNouns[]{
    "city",          "cities",       "town",         "towns",     "village",       "villages",
    "capital",       "province",     "provinces",    "district",  "districts",     "region",
    "regions",       "governorates", "states",       "counties",  "governorate",   "neighborhood",
    "neighbourhood", "suburb",       "suburbs",      "area",      "areas",         "countryside",
    "outskirts",     "heart",        "center",       "centre",    "streets",       "street",
    "parts",         "part",         "state",        "county",    "municipality",  "quarter",
    "camp",          "port",         "enclave",      "territory", "settlement",    "hamlet",
    "border",        "frontier",     "region's",     "outpost",   "corridor",      "sector",
    "axis",          "front",        "flank",        "flanks",    "pocket",        "plains",
    "hills",         "hilltops",     "mountains",    "road",      "highway",       "vicinity",
    "environs",      "edge",         "surroundings", "gates",     "countryside's", "rest",
    "stronghold",    "strongholds",  "bastion",      "bastions",  "base",          "bases",
    "hub",           "positions"};

// After a place: its government speaking ("Washington condemned"), not a place of an act.
constexpr std::string_view kReactions[]{
    "said",      "says",      "say",        "told",       "claimed", "claims",     "announced",
    "condemned", "condemns",  "accused",    "accuses",    "warned",  "warns",      "denied",
    "denies",    "urged",     "urges",      "demanded",   "blamed",  "insisted",   "welcomed",
    "vowed",     "stated",    "reported",   "confirmed",  "added",   "criticised", "criticized",
    "rejected",  "responded", "retaliated", "threatened", "insists", "believes",   "wants",
    "agreed",    "sent",      "recalled",   "expelled",   "summoned"};

// Verbs whose act is the event noun beside them: "clashes erupted", "staged a protest".
constexpr std::string_view kAspectuals[]{
    "occurred",   "occur",     "occurs",  "erupted",     "erupt",     "erupts",   "happened",
    "began",      "begun",     "begin",   "begins",      "continued", "continue", "continues",
    "continuing", "started",   "resumed", "intensified", "raged",     "staged",   "stage",
    "staging",    "conducted", "conduct", "conducting",  "mounted",   "carried",  "broke",
    "took",       "unleashed", "waged",   "escalated"};

// Acts done to people: "X was killed" names a person X, never a place.
constexpr std::string_view kVictimVerbs[]{
    "killed",   "shot",      "wounded",  "injured",      "murdered",  "executed",   "stabbed",
    "beheaded", "kidnapped", "abducted", "assassinated", "slain",     "hacked",     "tortured",
    "lynched",  "arrested",  "detained", "gunned",       "massacred", "slaughtered"};

constexpr std::string_view kFatalWords[]{
    "killed",   "killing",   "kills",    "dead",         "died",   "murdered", "slain",
    "executed", "massacred", "beheaded", "assassinated", "deaths", "lives"};

constexpr std::string_view kInjuryWords[]{"wounded", "wounding", "injured", "injuring",
                                          "hurt",    "injuries", "wounds"};

// Who acts when no faction is named: kept as written ("gunmen", "a suicide bomber").
constexpr std::string_view kActorNouns[]{
    "gunmen",    "gunman",      "assailants",  "assailant",     "attackers",  "attacker",
    "militants", "militant",    "insurgents",  "insurgent",     "rebels",     "rebel",
    "bomber",    "bombers",     "police",      "policemen",     "troops",     "soldiers",
    "forces",    "protesters",  "protestors",  "demonstrators", "rioters",    "marchers",
    "mob",       "fighters",    "jihadists",   "terrorists",    "guerrillas", "militiamen",
    "militias",  "militia",     "army",        "jets",          "warplanes",  "drones",
    "aircraft",  "helicopters", "students",    "settlers",      "pirates",    "kidnappers",
    "herdsmen",  "extremists",  "separatists", "sniper",        "snipers",    "raiders",
    "looters",   "thugs"};

// Counts in words: numbers (a joined "twenty-five" keys as "twenty five", which the toll
// reader parses) and counts that give no number.
constexpr std::string_view kCountWords[]{
    "one",       "two",      "three",    "four",   "five",      "six",      "seven",     "eight",
    "nine",      "ten",      "eleven",   "twelve", "thirteen",  "fourteen", "fifteen",   "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty",    "forty",    "fifty",     "sixty",
    "seventy",   "eighty",   "ninety",   "dozens", "scores",    "hundreds", "thousands", "several",
    "many",      "numerous", "tens",     "few",    "countless", "dozen"};

// With the adverbs that stand among them ("is still patrolled", "was reportedly shelled").
constexpr std::string_view kAuxiliaries[]{
    "was", "were",  "is",   "are",   "been", "being", "be",    "has",     "have",
    "had", "would", "will", "could", "may",  "might", "still", "already", "reportedly"};

// What a place may name the town of when it stands before it: "a Kabul hotel", "his central
// Tehran office", "a Stockholm movie theater": where the people of an act were.
constexpr std::string_view kBuildingNouns[]{
    "mosque",    "church",     "office",     "offices",   "theater",   "theatre",
    "cinema",    "hotel",      "restaurant", "cafe",      "home",      "house",
    "hospital",  "school",     "market",     "shop",      "store",     "embassy",
    "nightclub", "club",       "university", "apartment", "residence", "bar",
    "mall",      "courthouse", "prison",     "temple",    "synagogue", "bazaar"};

// What a taking verb takes in its other senses: a contest's prize ("captured her fifth title",
// "took the bronze"), a mind ("captured attention"), a recording ("captured on camera").
constexpr std::string_view kPrizeNouns[]{
    "title",       "titles", "gold",   "silver",       "bronze", "medal",   "medals",
    "crown",       "trophy", "cup",    "championship", "wicket", "wickets", "attention",
    "imagination", "hearts", "camera", "film",         "video",  "tape",    "spotlight"};

constexpr std::string_view kPassiveAuxiliaries[]{"was", "were", "been", "being", "is", "are", "be"};

constexpr std::string_view kDefences[]{"repelled", "repulsed", "thwarted", "foiled"};

// "a hub for the government's offensive", "despite a joint operation", "troops fleeing the
// advance": what follows is the background of another statement.
constexpr std::string_view kBackgroundCues[]{"for",     "despite", "during", "amid",
                                             "calling", "fleeing", "ended",  "since"};

constexpr std::string_view kActNouns[]{"operation", "operations", "offensive", "assault",
                                       "attack",    "advance",    "push",      "siege",
                                       "capture",   "seizure",    "fall"};

constexpr std::string_view kCompass[]{
    "north",         "south",         "east",          "west",         "northeast", "northwest",
    "southeast",     "southwest",     "northward",     "southward",    "eastward",  "westward",
    "northeastward", "northwestward", "southeastward", "southwestward"};

// Each class and its words.
struct ClassWords
{
    WordClass wordClass;
    std::span<const std::string_view> words;
};
constexpr ClassWords kClassWords[]{{WordClass::PlanningCue, kPlanningCues},
                                   {WordClass::Denial, kDenials},
                                   {WordClass::PersonNoun, kPersonNouns},
                                   {WordClass::GovernmentNoun, kGovernmentNouns},
                                   {WordClass::FactionPronoun, kFactionPronouns},
                                   {WordClass::PlaceAnaphor, kPlaceAnaphors},
                                   {WordClass::Compass, kCompass},
                                   {WordClass::AirWord, kAirWords},
                                   {WordClass::FeatureNoun, kFeatureNouns},
                                   {WordClass::ForceNoun, kForceNouns},
                                   {WordClass::GroupWord, kGroupWords},
                                   {WordClass::TimeAnchor, kTimeAnchors},
                                   {WordClass::Saying, kSaying},
                                   {WordClass::Locative, kLocatives},
                                   {WordClass::PlaceModifier, kPlaceModifiers},
                                   {WordClass::PlaceNoun, kPlaceNouns},
                                   {WordClass::Reaction, kReactions},
                                   {WordClass::Aspectual, kAspectuals},
                                   {WordClass::VictimVerb, kVictimVerbs},
                                   {WordClass::FatalWord, kFatalWords},
                                   {WordClass::InjuryWord, kInjuryWords},
                                   {WordClass::ActorNoun, kActorNouns},
                                   {WordClass::CountWord, kCountWords},
                                   {WordClass::Auxiliary, kAuxiliaries},
                                   {WordClass::BuildingNoun, kBuildingNouns},
                                   {WordClass::PrizeNoun, kPrizeNouns},
                                   {WordClass::PassiveAuxiliary, kPassiveAuxiliaries},
                                   {WordClass::Defence, kDefences},
                                   {WordClass::BackgroundCue, kBackgroundCues},
                                   {WordClass::ActNoun, kActNouns}};

// Words in an open-addressing table whose slots hold a word's first eight letters as one
// number and its length: every word of every sentence is looked up, and most lookups then
// compare two integers, not strings.
class WordTable
{
public:
    explicit WordTable(const std::vector<std::string_view> &words) : m_words(words)
    {
        const std::size_t capacity = std::bit_ceil(words.size() + words.size() / 2 + 1);
        m_mask = capacity - 1;
        m_slots.resize(capacity);
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::size_t at = hashOf(prefixOf(words[i]), words[i].size()) & m_mask;
            while (m_slots[at].index >= 0)
                at = (at + 1) & m_mask;
            m_slots[at] = {prefixOf(words[i]), std::uint32_t(words[i].size()), std::int32_t(i)};
        }
    }

    // The index of `word` among the words given, or -1.
    int find(std::string_view word) const
    {
        const std::uint64_t prefix = prefixOf(word);
        for (std::size_t at = hashOf(prefix, word.size()) & m_mask;; at = (at + 1) & m_mask) {
            const Slot &slot = m_slots[at];
            if (slot.index < 0)
                return -1;
            if (slot.prefix == prefix && slot.length == word.size() &&
                (word.size() <= 8 || m_words[std::size_t(slot.index)].substr(8) == word.substr(8)))
                return slot.index;
        }
    }

private:
    struct Slot
    {
        std::uint64_t prefix = 0;
        std::uint32_t length = 0;
        std::int32_t index = -1; // -1: empty
    };
    static std::uint64_t prefixOf(std::string_view word)
    {
        std::uint64_t prefix = 0;
        for (std::size_t k = 0; k < word.size() && k < 8; ++k)
            prefix |= std::uint64_t(static_cast<unsigned char>(word[k])) << (8 * k);
        return prefix;
    }
    static std::size_t hashOf(std::uint64_t prefix, std::size_t length)
    {
        return std::size_t(((prefix ^ length) * 0x9E3779B97F4A7C15ull) >> 32);
    }

    std::vector<std::string_view> m_words;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace

void SentenceLexicon::read(const WordTokens &words, const WordPrefilter *extraWords)
{
    // Behind a prefilter that turns most words away before any hashing.
    struct Lexicon
    {
        std::vector<TriggerEntry> triggers = buildTriggers();
        std::vector<Entry> entries; // in the order of the table's words
        std::optional<WordTable> table;
        WordPrefilter prefilter;
    };
    static const Lexicon lexicon = [] {
        Lexicon built;
        std::unordered_map<std::string_view, Entry> byWord;
        for (const TriggerEntry &entry : built.triggers) // already longest first
            byWord[entry.words.front()].triggers.push_back(&entry);
        for (const ClassWords &classWords : kClassWords)
            for (std::string_view word : classWords.words)
                byWord[word].classes |= std::uint32_t(classWords.wordClass);
        for (std::size_t i = 0; i < std::size(kRuleWords); ++i)
            byWord[kRuleWords[i]].word = RuleWord(i + 1);
        std::vector<std::string_view> tableWords;
        for (auto &[word, entry] : byWord) {
            tableWords.push_back(word);
            built.entries.push_back(std::move(entry));
            built.prefilter.add(word);
        }
        built.table.emplace(tableWords);
        return built;
    }();

    const std::size_t size = words.tokens().size();
    m_entries.assign(size, nullptr);
    m_ruleWords.assign(size, 0);
    m_triggerStarts.clear();
    m_timeCandidates.clear();
    m_extraCandidates.clear();
    m_classesNamed = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const std::string_view word = words.key(i);
        if (word.empty())
            continue;
        const std::size_t slot = WordPrefilter::slot(word); // one slot for both filters
        if (extraWords && extraWords->mayContainSlot(slot))
            m_extraCandidates.push_back(std::uint32_t(i));
        // A time expression may also turn on a number or on a joined word ("mid-2014" keys
        // as "mid 2014"), which no table lists.
        bool timeCandidate = (word[0] >= '0' && word[0] <= '9') ||
                             (word.size() >= 8 && word.find(' ') != std::string_view::npos);
        if (lexicon.prefilter.mayContainSlot(slot)) {
            const int found = lexicon.table->find(word);
            if (found >= 0) {
                const Entry &entry = lexicon.entries[std::size_t(found)];
                m_entries[i] = &entry;
                m_ruleWords[i] = entry.word;
                m_classesNamed |= entry.classes;
                if (!entry.triggers.empty())
                    m_triggerStarts.push_back(std::uint32_t(i));
                timeCandidate =
                    timeCandidate || (entry.classes & std::uint32_t(WordClass::TimeAnchor));
            }
        }
        if (timeCandidate)
            m_timeCandidates.push_back(std::uint32_t(i));
    }
}

} // namespace frontline
