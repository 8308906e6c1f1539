#pragma once

#include "text/Article.h"

#include <QStringView>

#include <vector>

namespace frontline {

// A word of running text: letters and digits, with inner apostrophes and hyphens kept
// ("al-Tanaf", "Daesh's", "US-led").
struct WordToken
{
    int start = 0; // UTF-16 index into the text
    int end = 0;
    bool capitalised = false; // first letter upper case, or an Arabic article before one ("al-Qaim")
    bool allCaps = false;     // "IS", "NSA": an acronym, not a name
};

void tokenizeWords(QStringView text, TextRange range, std::vector<WordToken> &out);

} // namespace frontline
