// Who acts, and who says so.
#include "SentenceEvents.h"
#include "SentenceRules.h"

#include <algorithm>
#include <optional>

namespace frontline {

using namespace sentence_rules;

// Who does the act: decided by the trigger's own words, by a passive's agent, else by the
// subject.
const Faction *SentenceEvents::actorFor(const Trigger &trigger) const
{
    if (const std::optional<const Faction *> holder = holderNamedWith(trigger))
        return *holder;
    if (const std::optional<const Faction *> agent = passiveAgent(trigger))
        return *agent;
    if (const Faction *subject = subjectOf(trigger))
        return subject;
    return agentAfter(trigger);
}

// "coalition airstrikes", "junta-held", "the IS stronghold": the actor named with the trigger
// (or, for a holding noun, nobody); no answer when the trigger's words do not say.
std::optional<const Faction *> SentenceEvents::holderNamedWith(const Trigger &trigger) const
{
    const auto &tokens = m_words.tokens();
    if (const FactionMention *inside = factionAt(trigger.last))
        return inside->faction;
    // "junta-held", "rebel-held", "army-held": the word joined before names the holder.
    if (trigger.first > 0 && !tokens[trigger.first].spaceBefore &&
        tokens[trigger.first - 1].end + 1 == tokens[trigger.first].start) {
        if (const FactionMention *f = factionAt(trigger.first - 1))
            return f->faction;
        if (m_lexicon.is(trigger.first - 1, WordClass::GroupWord))
            return m_discourse.lastGroup;
    }
    // "the IS stronghold", "the government's last stronghold", "the rebel stronghold": the
    // holder is named just before the noun, or nobody is.
    if (!isHoldingNoun(word(trigger.first)))
        return std::nullopt;
    constexpr std::size_t kHolderReach = 4;
    for (std::size_t i = trigger.first; i-- > 0 && i + kHolderReach >= trigger.first;) {
        if (const FactionMention *f = factionAt(i))
            return f->faction;
        if (m_lexicon.is(i, WordClass::GroupWord))
            return m_discourse.lastGroup;
        if (word(i) == "the"_w || word(i) == "its"_w || word(i) == "their"_w)
            break;
    }
    return nullptr;
}

// "held by the jihadists", "airstrikes from the coalition", "air cover by warplanes": the
// faction after the trigger, or null.
const Faction *SentenceEvents::agentAfter(const Trigger &trigger) const
{
    constexpr std::size_t kAgentReach = 4, kNameReach = 3;
    const std::size_t size = m_words.tokens().size();
    for (std::size_t i = trigger.last + 1; i < size && i <= trigger.last + kAgentReach; ++i) {
        if (const FactionMention *f = factionAt(i);
            f && trigger.entry->passive && i <= trigger.last + 2)
            return f->faction;
        if (word(i) != "by"_w && word(i) != "from"_w && word(i) != "to"_w)
            continue;
        for (std::size_t j = i + 1; j < size && j <= i + kNameReach; ++j)
            if (const FactionMention *f = factionAt(j))
                return f->faction;
    }
    return nullptr;
}

// A passive's agent ("have been held for years by FARC dissidents"), or nobody when the agent
// is outside the faction file ("held by Masalit fighters") or unnamed ("22 IS members were
// killed": the subject is the victim); no answer for an active trigger.
std::optional<const Faction *> SentenceEvents::passiveAgent(const Trigger &trigger) const
{
    constexpr std::size_t kByReach = 4;
    const std::size_t size = m_words.tokens().size();
    bool passive = trigger.entry->passive;
    if (!passive && (word(trigger.first) == "held"_w || word(trigger.first) == "controlled"_w ||
                     word(trigger.first) == "captured"_w || word(trigger.first) == "seized"_w))
        for (std::size_t i = trigger.last + 1;
             i < size && i <= trigger.last + kByReach && !m_facts[i].boundaryBefore; ++i)
            passive = passive || word(i) == "by"_w;
    if (isPassive(trigger) && m_lexicon.is(trigger.first, WordClass::VictimVerb)) {
        for (std::size_t i = trigger.last + 1; i < size && i <= trigger.last + kByReach; ++i)
            if (word(i - 1) == "by"_w)
                if (const FactionMention *f = factionAt(i))
                    return f->faction;
        return nullptr;
    }
    if (!passive && trigger.entry->type != EventType::Airstrike)
        return std::nullopt;
    if (const Faction *f = agentAfter(trigger))
        return f;
    for (std::size_t i = trigger.last; passive && i < size && i <= trigger.last + kByReach; ++i)
        if (word(i) == "by"_w)
            return nullptr;
    return std::nullopt;
}

// A faction after "from", "against", "with", "on", "by" or right after an act's verb is what
// is acted on ("pushed the paramilitaries out", "troops backed by Russian allies"), not who acts.
bool SentenceEvents::isActedOn(const FactionMention &f) const
{
    for (std::size_t i = f.firstToken >= 2 ? f.firstToken - 2 : 0; i < f.firstToken; ++i)
        if (word(i) == "from"_w || word(i) == "against"_w || word(i) == "with"_w ||
            word(i) == "on"_w || word(i) == "by"_w || m_facts[i].inTrigger)
            return true;
    return false;
}

// The subject: the nearest faction before the trigger in its clause; "rebels who have held";
// a pronoun means the nearest earlier in the sentence, else the last of the article; "we" in a
// quote, the faction quoted; "the group", "the rebels": an armed group, never a government.
const Faction *SentenceEvents::subjectOf(const Trigger &trigger) const
{
    const std::size_t begin = clauseStart(trigger.first);
    for (std::size_t r = trigger.first; r-- > begin;)
        if (word(r) == "who"_w && r > 0)
            if (const FactionMention *f = factionAt(r - 1))
                return f->faction;
    const FactionMention *nearest = nullptr;
    for (const FactionMention &f : m_factions)
        if (f.lastToken < trigger.first && !isActedOn(f) &&
            (!nearest || f.lastToken > nearest->lastToken))
            nearest = &f;
    if (nearest && nearest->lastToken >= begin)
        return nearest->faction;
    bool pronoun = false, firstPerson = false; // "we", "our", "us" are pronouns of the class too
    for (std::size_t i = begin; i < trigger.first && m_lexicon.names(WordClass::FactionPronoun);
         ++i) {
        pronoun = pronoun || m_lexicon.is(i, WordClass::FactionPronoun);
        firstPerson = firstPerson || word(i) == "we"_w || word(i) == "our"_w || word(i) == "us"_w;
    }
    if (firstPerson && m_discourse.lastSpeaker)
        return m_discourse.lastSpeaker;
    if (pronoun && nearest)
        return nearest->faction;
    const bool groupNamed = m_lexicon.names(WordClass::GroupWord);
    bool groupWord = false, groupEarlier = false; // in the clause; in the sentence before
    for (std::size_t i = 0; i < trigger.first && groupNamed; ++i) {
        const bool group = m_lexicon.is(i, WordClass::GroupWord) && !factionAt(i);
        groupEarlier = groupEarlier || group;
        groupWord = groupWord || (group && i >= begin);
    }
    if (groupWord && m_discourse.lastGroup)
        return m_discourse.lastGroup;
    // "The rebels, who ..., said they aimed to": a group named earlier in the sentence.
    if (pronoun && groupEarlier && m_discourse.lastGroup)
        return m_discourse.lastGroup;
    if (pronoun && m_discourse.lastFaction)
        return m_discourse.lastFaction;
    return nearest ? nearest->faction : nullptr;
}

std::vector<const Faction *> SentenceEvents::clashSides(const Trigger &trigger) const
{
    std::vector<const Faction *> sides;
    if (const Faction *subject = actorFor(trigger))
        sides.push_back(subject);
    for (const FactionMention &f : m_factions)
        if (f.firstToken > trigger.last &&
            std::find(sides.begin(), sides.end(), f.faction) == sides.end())
            sides.push_back(f.faction);
    return sides;
}

// "said Sallum", "the NSA said", "according to the army": who the sentence attributes to.
QString SentenceEvents::findClaimant() const
{
    if (!m_lexicon.names(WordClass::Saying))
        return {};
    const auto &tokens = m_words.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const RuleWord verb = word(i);
        if (verb != "said"_w && verb != "says"_w && verb != "told"_w && verb != "claimed"_w &&
            verb != "according"_w)
            continue;
        // "he told AFP": who is told is the listener, not the source. The source is sought
        // within the clause: not across the quote that ends before "he said".
        const bool listenerFollows = verb == "told"_w;
        bool blockedBefore = false, blockedAfter = listenerFollows;
        for (std::size_t d = 1; d <= 4; ++d) {
            blockedBefore = blockedBefore || i < d || m_facts[i - d + 1].boundaryBefore;
            blockedAfter = blockedAfter || i + d >= tokens.size() || m_facts[i + d].boundaryBefore;
            for (const std::size_t j :
                 {blockedAfter ? tokens.size() : i + d, blockedBefore ? tokens.size() : i - d}) {
                if (j >= tokens.size())
                    continue;
                if (const FactionMention *f = factionAt(j))
                    return f->faction->id;
                if (tokens[j].capitalised && !placeAt(j) && !tokens[j].sentenceInitial)
                    return m_text.mid(tokens[j].start, tokens[j].end - tokens[j].start).toString();
                // "the army said", "officials said": a source the faction file does not name.
                if (m_lexicon.is(j, WordClass::GovernmentNoun) ||
                    m_lexicon.is(j, WordClass::ActorNoun) || m_lexicon.is(j, WordClass::PersonNoun))
                    return m_text.mid(tokens[j].start, tokens[j].end - tokens[j].start).toString();
            }
        }
        // "he said": the faction last quoted, else a source the text does not name.
        return m_discourse.lastSpeaker ? m_discourse.lastSpeaker->id
                                       : QStringLiteral("unnamed source");
    }
    return {};
}

} // namespace frontline

namespace frontline {

// A faction's name (by its id) as the sentence writes it nearest the trigger ("the New Syrian
// Army"), or its catalogue name when the sentence names it only by a pronoun.
QString SentenceEvents::nameOf(const QString &id, const Trigger &trigger,
                               const Faction *actor) const
{
    const FactionMention *nearest = nullptr;
    const auto distance = [&](const FactionMention &m) {
        return m.lastToken < trigger.first ? trigger.first - m.lastToken
                                           : m.firstToken - trigger.last;
    };
    for (const FactionMention &m : m_factions)
        if (m.faction->id == id && (!nearest || distance(m) < distance(*nearest)))
            nearest = &m;
    if (!nearest)
        return actor && actor->id == id ? actor->name : id;
    const auto &tokens = m_words.tokens();
    return m_text
        .mid(tokens[nearest->firstToken].start,
             tokens[nearest->lastToken].end - tokens[nearest->firstToken].start)
        .toString();
}

// An actor outside the faction file, as written: the subject before the trigger in its clause
// ("unknown gunmen opened fire"), the agent after it ("killed by gunmen"), or the trigger's own
// noun ("a suicide bomber"); with up to two words before the noun ("suspected militants").
QString SentenceEvents::unnamedActor(const Trigger &trigger) const
{
    if (!m_lexicon.names(WordClass::ActorNoun))
        return {};
    constexpr std::size_t kAgentReach = 4;    // "killed on Sunday by gunmen"
    constexpr std::size_t kModifierWords = 2; // "unknown armed gunmen"
    const std::size_t size = m_words.tokens().size();
    std::size_t noun = size;
    for (std::size_t i = trigger.spanLast + 1;
         i < size && i <= trigger.spanLast + kAgentReach && noun == size; ++i)
        if (word(i - 1) == "by"_w && m_lexicon.is(i, WordClass::ActorNoun))
            noun = i;
    for (std::size_t i = trigger.spanLast + 1; i-- > clauseStart(trigger.first) && noun == size;)
        if (m_lexicon.is(i, WordClass::ActorNoun) && !factionAt(i) && !placeAt(i))
            noun = i;
    if (noun == size)
        return {};
    const auto &tokens = m_words.tokens();
    if (noun >= trigger.first && noun <= trigger.last) // "a suicide bomber"
        return m_text
            .mid(tokens[trigger.first].start,
                 tokens[trigger.last].end - tokens[trigger.first].start)
            .toString();
    std::size_t first = noun;
    while (first > 0 && noun - first < kModifierWords && !m_facts[first].boundaryBefore &&
           word(first - 1) == 0 && !m_facts[first - 1].inTrigger && !placeAt(first - 1) &&
           !factionAt(first - 1) && !tokens[first - 1].sentenceInitial)
        --first;
    return m_text.mid(tokens[first].start, tokens[noun].end - tokens[first].start).toString();
}

} // namespace frontline
