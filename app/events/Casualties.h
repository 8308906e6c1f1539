#pragma once

#include "EventLexicon.h"
#include "EventsResult.h"
#include "geoparse/WordTokens.h"

#include <QStringView>

namespace frontline {

// The dead and the wounded a sentence counts ("killing at least 12 people and wounding about
// 20", "Five civilians were killed", "dozens were injured"), as the text gives them: never
// invented, a number too large to be a count kept as words only.
struct SentenceToll
{
    Casualties fatalities, injured;
};

SentenceToll sentenceToll(const WordTokens &words, const SentenceLexicon &lexicon,
                          QStringView text);

} // namespace frontline
