#pragma once

#include "Article.h"

#include <QStringView>

#include <vector>

namespace frontline {

// Sentence boundaries from ICU's rules, with CLDR's abbreviations and news titles ("U.S.", "Gen." do
// not end a sentence). Each range is trimmed of surrounding white space; empty ones dropped.
std::vector<TextRange> splitSentences(QStringView text);

} // namespace frontline
