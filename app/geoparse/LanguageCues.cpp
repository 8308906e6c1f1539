#include "LanguageCues.h"

#include "gazetteer/StringHash.h"
#include "text/WordPrefilter.h"

#include <array>
#include <cstdint>

namespace frontline::cues {
namespace {

constexpr std::array<std::string_view, 37> kCalendar{
    "monday",   "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march",    "april",     "may",      "june",   "july",     "august", "september",
    "october",  "november", "december",  "jan",      "feb",    "mar",      "apr",    "jun",
    "jul",      "aug",      "sep",       "sept",     "oct",    "nov",      "dec",    "christmas",
    "ramadan",  "spring",   "summer",    "autumn",   "winter"};

constexpr std::array<std::string_view, 54> kPersonTitles{"spokesman",    "spokeswoman",
                                                         "spokesperson", "commander",
                                                         "president",    "minister",
                                                         "general",      "gen",
                                                         "colonel",      "col",
                                                         "lt",           "lieutenant",
                                                         "maj",          "captain",
                                                         "capt",         "sergeant",
                                                         "sgt",          "brigadier",
                                                         "admiral",      "sheikh",
                                                         "imam",         "mr",
                                                         "mrs",          "ms",
                                                         "dr",           "prof",
                                                         "leader",       "envoy",
                                                         "ambassador",   "governor",
                                                         "mayor",        "official",
                                                         "analyst",      "correspondent",
                                                         "reporter",     "secretary",
                                                         "senator",      "prince",
                                                         "king",         "emir",
                                                         "premier",      "pm",
                                                         "researcher",   "expert",
                                                         "director",     "activist",
                                                         "journalist",   "resident",
                                                         "witness",      "doctor",
                                                         "lawmaker",     "negotiator",
                                                         "mediator",     "diplomat"};

constexpr std::array<std::string_view, 9> kSpeechVerbs{
    "said", "says", "told", "added", "stated", "according", "claimed", "announced", "wrote"};

constexpr std::array<std::string_view, 54> kOrganisationWords{
    "tv",        "television", "radio",     "channel",        "newspaper",    "daily",
    "gazette",   "army",       "armies",    "forces",         "force",        "front",
    "movement",  "state",      "group",     "brigade",        "brigades",     "council",
    "party",     "union",      "service",   "services",       "ministry",     "committee",
    "alliance",  "coalition",  "guard",     "guards",         "police",       "corps",
    "battalion", "battalions", "militia",   "militias",       "organization", "organisation",
    "agency",    "network",    "authority", "administration", "government",   "command",
    "division",  "regiment",   "unit",      "units",          "company",      "bank",
    "times",     "post",       "news",      "institute",      "university",   "hospital"};

constexpr std::array<std::string_view, 10> kAreaWords{
    "province",   "governorate", "region", "oblast",   "state",
    "prefecture", "department",  "county", "district", "territory"};

constexpr std::array<std::string_view, 15> kFeatureWords{
    "crossing",   "base",   "dam",  "airport",  "airbase",  "field",    "fields",  "camp",
    "checkpoint", "bridge", "port", "refinery", "barracks", "garrison", "terminal"};

// Plurals too: "the villages of X and Y".
constexpr std::array<std::string_view, 9> kSettlementWords{
    "city", "town", "village", "capital", "hamlet", "cities", "towns", "villages", "hamlets"};

// Compounds of north or south with east or west ("northeast", "south-western") are
// recognised by isDirectionWord().
constexpr std::array<std::string_view, 13> kDirections{
    "north",   "south",   "east",  "west",  "northern", "southern", "eastern",
    "western", "central", "upper", "lower", "greater",  "far"};

// "the" inside a name: "Democratic Republic of the Congo".
constexpr std::array<std::string_view, 9> kConnectors{"and", "de", "del", "la", "le",
                                                      "of",  "da", "do",  "the"};

// A place's name before these names a disease or its agent: "West Nile virus", "Marburg
// hemorrhagic fever", "Reston ebolavirus", "Lyme disease".
constexpr std::array<std::string_view, 13> kDiseaseWords{
    "virus",        "viruses",      "fever",  "disease", "syndrome", "ebolavirus", "hemorrhagic",
    "haemorrhagic", "encephalitis", "strain", "strains", "flu",      "influenza"};

// Names that a place's name opens but that stand for a newspaper or an institution, not the
// place: "the New York Times", "China Daily", "Aberdeen University", "the Dresden Zoo".
constexpr std::array<std::string_view, 14> kTitleWords{
    "times",   "post",       "daily",   "news", "herald", "journal", "tribune",
    "gazette", "university", "college", "zoo",  "tv",     "radio",   "observer"};

constexpr std::array<std::string_view, 18> kLocalityWords{
    "neighbourhood",  "neighborhood",  "suburb",      "suburbs",     "district",   "quarter",
    "municipality",   "township",      "subdistrict", "settlement",  "localities", "districts",
    "neighbourhoods", "neighborhoods", "quarters",    "settlements", "slum",       "slums"};

constexpr std::array<std::string_view, 11> kTerrainWords{"mountains", "mountain", "mount", "hills",
                                                         "valley",    "gorge",    "plain", "plains",
                                                         "desert",    "river",    "island"};

// Words after which a name is where something happens: "inside X", and the verbs of taking and
// striking a place ("stormed X", "shelled X"). ("at" and "from" are not: "at Reuters", "from
// Franklin" name as many bodies and people as places.)
constexpr std::array<std::string_view, 26> kPlaceTakingWords{
    "inside",   "stormed",   "storming", "captured", "capturing", "recaptured", "seized",
    "seizing",  "shelled",   "shelling", "besieged", "overran",   "liberated",  "liberating",
    "targeted", "targeting", "retook",   "retaking", "bombed",    "bombarding", "entered",
    "entering", "raided",    "raiding",  "attacked", "attacking"};

// Waters a name may open or close: "Lake Varna", "Mahra Bay", "the Kiel Canal".
constexpr std::array<std::string_view, 9> kWaterWords{
    "lake", "bay", "canal", "gulf", "strait", "lagoon", "harbor", "harbour", "creek"};

constexpr std::array<std::string_view, 7> kLocativeWords{"in",      "near",   "outside", "into",
                                                         "towards", "toward", "around"};

// Every cue word with the classes it belongs to: one hash lookup answers any class, where
// scanning the lists one by one cost a tenth of the geoparse.
enum Class : std::uint32_t
{
    Calendar = 1u << 0,
    PersonTitle = 1u << 1,
    SpeechVerb = 1u << 2,
    Organisation = 1u << 3,
    Area = 1u << 4,
    Feature = 1u << 5,
    Settlement = 1u << 6,
    Direction = 1u << 7,
    Connector = 1u << 8,
    Title = 1u << 9,
    Disease = 1u << 10,
    Locality = 1u << 11,
    Terrain = 1u << 12,
    Locative = 1u << 13,
    Water = 1u << 14,
    PlaceTaking = 1u << 15,
};

// The cue words in an open-addressing table (a hash, a probe or two, no allocation), behind a
// prefilter: most words of running text are none of these and are turned away before hashing.
class ClassTable
{
public:
    void add(std::string_view word, Class wordClass)
    {
        Slot &slot = slotOf(word);
        slot.word = word;
        slot.classes |= wordClass;
        m_prefilter.add(word);
    }
    std::uint32_t classesOf(std::string_view word) const
    {
        if (word.empty() || !m_prefilter.mayContainSlot(WordPrefilter::slot(word)))
            return 0;
        for (std::size_t i = string_hash::hash(word) & kMask;; i = (i + 1) & kMask) {
            if (m_slots[i].word == word)
                return m_slots[i].classes;
            if (m_slots[i].word.empty())
                return 0;
        }
    }

private:
    static constexpr std::size_t kCapacity = 512; // a power of two, over twice the cue words
    static constexpr std::size_t kMask = kCapacity - 1;
    struct Slot
    {
        std::string_view word;
        std::uint32_t classes = 0;
    };
    Slot &slotOf(std::string_view word)
    {
        std::size_t i = string_hash::hash(word) & kMask;
        while (!m_slots[i].word.empty() && m_slots[i].word != word)
            i = (i + 1) & kMask;
        return m_slots[i];
    }
    std::array<Slot, kCapacity> m_slots{};
    WordPrefilter m_prefilter;
};

std::uint32_t classesOf(std::string_view word)
{
    static const ClassTable table = [] {
        ClassTable built;
        const auto add = [&](const auto &list, Class wordClass) {
            for (std::string_view w : list)
                built.add(w, wordClass);
        };
        add(kCalendar, Calendar);
        add(kPersonTitles, PersonTitle);
        add(kSpeechVerbs, SpeechVerb);
        add(kOrganisationWords, Organisation);
        add(kAreaWords, Area);
        add(kFeatureWords, Feature);
        add(kSettlementWords, Settlement);
        add(kDirections, Direction);
        add(kConnectors, Connector);
        add(kTitleWords, Title);
        add(kDiseaseWords, Disease);
        add(kLocalityWords, Locality);
        add(kTerrainWords, Terrain);
        add(kWaterWords, Water);
        add(kPlaceTakingWords, PlaceTaking);
        add(kLocativeWords, Locative);
        return built;
    }();
    return table.classesOf(word);
}

bool is(std::string_view word, Class wordClass)
{
    return (classesOf(word) & wordClass) != 0;
}

} // namespace

bool isCalendarWord(std::string_view word)
{
    return is(word, Calendar);
}
bool isPersonTitle(std::string_view word)
{
    return is(word, PersonTitle);
}
bool isSpeechVerb(std::string_view word)
{
    return is(word, SpeechVerb);
}
bool isOrganisationWord(std::string_view word)
{
    return is(word, Organisation);
}
bool isAreaWord(std::string_view word)
{
    return is(word, Area);
}
bool isFeatureWord(std::string_view word)
{
    return is(word, Feature);
}
bool isSettlementWord(std::string_view word)
{
    return is(word, Settlement);
}
bool isDirectionWord(std::string_view word)
{
    if (is(word, Direction))
        return true;
    // "northeast", "north-western" (keyed "north western", nameKey()): north or south, then
    // east or west.
    for (const std::string_view half : {std::string_view("north"), std::string_view("south")}) {
        if (!word.starts_with(half))
            continue;
        std::string_view rest = word.substr(half.size());
        if (rest.starts_with(' '))
            rest.remove_prefix(1);
        return (rest.starts_with('e') || rest.starts_with('w')) && is(rest, Direction);
    }
    return false;
}
bool isNameConnector(std::string_view word)
{
    return is(word, Connector);
}
bool isTitleWord(std::string_view word)
{
    return is(word, Title);
}
bool isDiseaseWord(std::string_view word)
{
    return is(word, Disease);
}
bool takesAPlace(std::string_view word)
{
    return is(word, PlaceTaking);
}
bool isLocativeWord(std::string_view word)
{
    return is(word, Locative);
}
bool isCoordinator(std::string_view word)
{
    return word == "and" || word == "or" || word == "but" || word == "nor";
}

PlaceCue placeCue(std::string_view word)
{
    const std::uint32_t classes = classesOf(word);
    if (classes & (Settlement | Locality))
        return PlaceCue::Settlement;
    if (classes & Feature)
        return PlaceCue::Feature;
    if (classes & Terrain)
        return PlaceCue::Terrain;
    if (classes & Water)
        return PlaceCue::Water;
    return PlaceCue::None;
}

} // namespace frontline::cues
