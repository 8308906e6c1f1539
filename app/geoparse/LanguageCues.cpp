#include "LanguageCues.h"

#include <algorithm>
#include <array>

namespace frontline::cues {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N> &words, std::string_view word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

constexpr std::array<std::string_view, 33> kCalendar{
    "monday",  "tuesday",   "wednesday", "thursday",  "friday",   "saturday", "sunday",
    "january", "february",  "march",     "april",     "may",      "june",     "july",
    "august",  "september", "october",   "november",  "december", "jan",      "feb",
    "mar",     "apr",       "jun",       "jul",       "aug",      "sep",      "sept",
    "oct",     "nov",       "dec",       "christmas", "ramadan"};

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

constexpr std::array<std::string_view, 53> kOrganisationWords{
    "tv",        "television", "radio",     "channel",        "newspaper",    "daily",
    "gazette",   "army",       "armies",    "forces",         "force",        "front",
    "movement",  "state",      "group",     "brigade",        "brigades",     "council",
    "party",     "union",      "service",   "services",       "ministry",     "committee",
    "alliance",  "coalition",  "guard",     "guards",         "police",       "corps",
    "battalion", "battalions", "militia",   "militias",       "organization", "organisation",
    "agency",    "network",    "authority", "administration", "government",   "command",
    "division",  "regiment",   "unit",      "units",          "company",      "bank",
    "times",     "post",       "news",      "institute",      "university"};

constexpr std::array<std::string_view, 10> kAreaWords{
    "province",   "governorate", "region", "oblast",   "state",
    "prefecture", "department",  "county", "district", "territory"};

constexpr std::array<std::string_view, 15> kFeatureWords{
    "crossing",   "base",   "dam",  "airport",  "airbase",  "field",    "fields",  "camp",
    "checkpoint", "bridge", "port", "refinery", "barracks", "garrison", "terminal"};

constexpr std::array<std::string_view, 5> kSettlementWords{"city", "town", "village", "capital",
                                                           "hamlet"};

constexpr std::array<std::string_view, 25> kDirections{
    "north",        "south",        "east",         "west",         "northeast",
    "northwest",    "southeast",    "southwest",    "northern",     "southern",
    "eastern",      "western",      "central",      "north-east",   "north-west",
    "south-east",   "south-west",   "upper",        "lower",        "greater",
    "northeastern", "northwestern", "southeastern", "southwestern", "far"};

// "the" inside a name: "Democratic Republic of the Congo".
constexpr std::array<std::string_view, 9> kConnectors{"and", "de", "del", "la", "le",
                                                      "of",  "da", "do",  "the"};

// A place's name before these names a disease or its agent: "West Nile virus", "Marburg
// hemorrhagic fever", "Reston ebolavirus", "Lyme disease".
constexpr std::array<std::string_view, 11> kDiseaseWords{
    "virus",       "viruses",      "fever",        "disease", "syndrome", "ebolavirus",
    "hemorrhagic", "haemorrhagic", "encephalitis", "strain",  "strains"};

// Names that a place's name opens but that stand for a newspaper or an institution, not the
// place: "the New York Times", "China Daily", "Aberdeen University", "the Dresden Zoo".
constexpr std::array<std::string_view, 14> kTitleWords{
    "times",   "post",       "daily",   "news", "herald", "journal", "tribune",
    "gazette", "university", "college", "zoo",  "tv",     "radio",   "observer"};

constexpr std::array<std::string_view, 10> kLocalityWords{
    "neighbourhood", "neighborhood", "suburb",   "suburbs",     "district",
    "quarter",       "municipality", "township", "subdistrict", "settlement"};

constexpr std::array<std::string_view, 11> kTerrainWords{"mountains", "mountain", "mount", "hills",
                                                         "valley",    "gorge",    "plain", "plains",
                                                         "desert",    "river",    "island"};

constexpr std::array<std::string_view, 7> kLocativeWords{"in",      "near",   "outside", "into",
                                                         "towards", "toward", "around"};

} // namespace

bool isTitleWord(std::string_view word)
{
    return contains(kTitleWords, word);
}
bool isDiseaseWord(std::string_view word)
{
    return contains(kDiseaseWords, word);
}
bool isLocalityWord(std::string_view word)
{
    return contains(kLocalityWords, word);
}
bool isTerrainWord(std::string_view word)
{
    return contains(kTerrainWords, word);
}
bool isLocativeWord(std::string_view word)
{
    return contains(kLocativeWords, word);
}
bool isCalendarWord(std::string_view word)
{
    return contains(kCalendar, word);
}
bool isPersonTitle(std::string_view word)
{
    return contains(kPersonTitles, word);
}
bool isSpeechVerb(std::string_view word)
{
    return contains(kSpeechVerbs, word);
}
bool isOrganisationWord(std::string_view word)
{
    return contains(kOrganisationWords, word);
}
bool isAreaWord(std::string_view word)
{
    return contains(kAreaWords, word);
}
bool isFeatureWord(std::string_view word)
{
    return contains(kFeatureWords, word);
}
bool isSettlementWord(std::string_view word)
{
    return contains(kSettlementWords, word);
}
bool isDirectionWord(std::string_view word)
{
    return contains(kDirections, word);
}
bool isNameConnector(std::string_view word)
{
    return contains(kConnectors, word);
}

} // namespace frontline::cues
