#pragma once

#include <string_view>

namespace frontline::cues {

// Small closed word classes of English news that tell a place name from the words around it.
// Each takes a word folded with nameKey() (lower-case ASCII).

bool isCalendarWord(std::string_view word);     // monday, june, sept
bool isPersonTitle(std::string_view word);      // spokesman, gen, president, minister
bool isSpeechVerb(std::string_view word);       // said, told, according
bool isOrganisationWord(std::string_view word); // army, forces, front, state, council
bool isAreaWord(std::string_view word);         // province, governorate, region, oblast
bool isFeatureWord(std::string_view word);      // crossing, base, dam, airport, field, camp
bool isSettlementWord(std::string_view word);   // city, town, village
bool isDirectionWord(std::string_view word);    // north, northeast, western, central
bool isNameConnector(std::string_view word);    // "and", "de", "of" inside a multi-word name
bool isTitleWord(std::string_view word);        // times, daily, university, zoo
bool isDiseaseWord(std::string_view word);      // virus, fever, disease, syndrome

// What a generic word says a place next to it is ("the village of X", "X refugee camp"),
// looked up in one hash table (the unlisted-place finder asks for every run and match).
enum class PlaceCue
{
    None,
    Settlement,
    Feature,
    Terrain,
    Water
};
PlaceCue placeCue(std::string_view word); // settlement and locality, feature, terrain, water words
bool isLocativeWord(std::string_view word); // in, near, outside, into, towards
bool takesAPlace(std::string_view word);    // inside, stormed, shelled, captured, targeting
bool isCoordinator(std::string_view word);  // and, or, but, nor

} // namespace frontline::cues
