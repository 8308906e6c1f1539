// An act's status, time and direction.
#include "SentenceEvents.h"
#include "SentenceRules.h"

#include <algorithm>

namespace frontline {

using namespace sentence_rules;

EventStatus SentenceEvents::statusFor(const Trigger &trigger) const
{
    const std::size_t begin = clauseStart(trigger.first);
    for (std::size_t i = begin; i < trigger.first; ++i)
        if (word(i) == "if"_w || word(i) == "unless"_w)
            return EventStatus::Planned; // a condition, not a deed
    const std::size_t from = trigger.first > kCueReach ? trigger.first - kCueReach : 0;
    for (std::size_t i = std::max(from, begin); i < trigger.first; ++i)
        if (m_lexicon.is(i, WordClass::PlanningCue))
            return EventStatus::Planned;
    // A denial in the trigger's clause, or in the clause after it that names the charge
    // ("of blowing it up, a charge the Kremlin rejected").
    if (!m_lexicon.names(WordClass::Denial))
        return claimant().isEmpty() ? EventStatus::Reported : EventStatus::Claimed;
    const std::size_t end = clauseEnd(trigger.last);
    const std::size_t nextEnd = end + 1 < m_words.tokens().size() ? clauseEnd(end + 1) : end;
    bool charge = false;
    for (std::size_t i = end + 1; i <= nextEnd && i < m_words.tokens().size(); ++i)
        charge = charge || word(i) == "charge"_w || word(i) == "claim"_w ||
                 word(i) == "accusation"_w || word(i) == "allegation"_w;
    for (std::size_t i = begin; i <= (charge ? nextEnd : end) && i < m_words.tokens().size(); ++i)
        if (m_lexicon.is(i, WordClass::Denial))
            return EventStatus::Denied;
    return claimant().isEmpty() ? EventStatus::Reported : EventStatus::Claimed;
}

const TimeSpan *SentenceEvents::timeFor(const Trigger &trigger) const
{
    const TimeSpan *best = nullptr;
    int bestDistance = 0;
    const int at = m_words.tokens()[trigger.first].start;
    for (const TimeSpan &span : m_times) {
        const int distance = std::abs(span.range.start - at) + (span.range.start < at ? 40 : 0);
        if (!best || distance < bestDistance) {
            best = &span;
            bestDistance = distance;
        }
    }
    return best;
}

QString SentenceEvents::directionFor(const Trigger &trigger) const
{
    if (!m_lexicon.names(WordClass::Compass))
        return {};
    const std::size_t size = m_words.tokens().size();
    for (std::size_t i = trigger.first > 2 ? trigger.first - 2 : 0;
         i < size && i <= trigger.last + 2; ++i)
        if (m_lexicon.is(i, WordClass::Compass) && !(i + 1 < size && word(i + 1) == "of"_w))
            return QString::fromUtf8(key(i).data(), int(key(i).size()));
    return {};
}

} // namespace frontline
