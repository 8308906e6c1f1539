#pragma once

#include <QStringView>

#include <string>

namespace frontline {

// The gazetteer's matching key for a name: ASCII lower case with diacritics and the
// ayn/hamza marks removed, apostrophes dropped, hyphens and other punctuation turned into
// a single space. "Sant Julià de Lòria" -> "sant julia de loria", "Al-Qā’im" -> "al qaim".
// Returns false (and leaves `out` as it was) when the name has letters of a script other
// than Latin: such names are not matched against English text.
bool appendNameKey(QStringView name, std::string &out);

std::string nameKey(QStringView name);

} // namespace frontline
