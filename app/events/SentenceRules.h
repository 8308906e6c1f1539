#pragma once

// Small word tests the sentence rules share (SentenceEvents*.cpp).
#include "EventLexicon.h"

#include <cstddef>

namespace frontline::sentence_rules {

inline constexpr std::size_t kTargetReach = 9; // words after a trigger its object may lie within
inline constexpr std::size_t kCueReach = 3; // words before a trigger a planning cue may lie within

inline bool isLocativePreposition(RuleWord word)
{
    return word == "in"_w || word == "near"_w || word == "of"_w || word == "outside"_w ||
           word == "around"_w;
}

inline bool isHoldingNoun(RuleWord word)
{
    return word == "stronghold"_w || word == "strongholds"_w || word == "bastion"_w ||
           word == "bastions"_w;
}

} // namespace frontline::sentence_rules
