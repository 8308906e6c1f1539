#pragma once

#include <QStringView>

#include <cstdint>
#include <string>
#include <string_view>

namespace frontline {

// The gazetteer's matching key for a name: ASCII lower case with diacritics and the
// ayn/hamza marks removed, apostrophes dropped, hyphens and other punctuation turned into
// a single space. "Sant Julià de Lòria" -> "sant julia de loria", "Al-Qā’im" -> "al qaim".
// Returns false (and leaves `out` as it was) when the name has letters of a script other
// than Latin: such names are not matched against English text.
bool appendNameKey(QStringView name, std::string &out);

std::string nameKey(QStringView name);

} // namespace frontline

namespace frontline {

// The tiers a name is matched in, each looser than the one before; a match in a looser tier
// costs resolution score (DESIGN.md, "Geoparsing: what the data teaches").
enum class KeyTier : std::uint8_t {
    Exact = 0,    // nameKey(): case, accents, marks, punctuation folded
    Folded = 1,   // and Arabic articles dropped, doubled letters single, final -h dropped
    Skeleton = 2, // and each word reduced to its first letter and later consonants
};
inline constexpr int kKeyTierCount = 3;

// Derives a looser key from an Exact key ("ar raqqah" -> "raqa" -> "rq"); appends to `out`.
void appendFoldedKey(std::string_view exactKey, std::string &out);
void appendSkeletonKey(std::string_view foldedKey, std::string &out);

// Edit distance between two keys divided by the longer one's length: 0 same, 1 unrelated.
// Stops early, returning a value above `limit`, once the distance must exceed it.
double keyDistance(std::string_view a, std::string_view b, double limit = 1.0);

} // namespace frontline
