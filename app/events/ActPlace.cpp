// Where an act happened, among the places its sentence names: the place the act's words put it
// in ("in", "near", "west of", the verb's object, a passive subject, a fronted "In X,"), the most
// specific of a chain ("the northern city of X in Y province"); never an origin ("from X"), an
// agent ("by X"), a dateline, a place that speaks for its government ("X condemned"), a place
// the sentence is reported from ("X said", "told reporters in X") or an "X-based" modifier.
#include "SentenceEvents.h"
#include "SentenceRules.h"

#include <algorithm>

namespace frontline {

namespace {

constexpr std::size_t kMaxActReach = 60; // words between an act and its place, at the most

// Words a place's lead may cross back to the word that relates it to the act: "in the
// besieged northern city of X" is six.
constexpr std::size_t kLeadReach = 7;
// Unknown words (adjectives, mostly) a lead may cross: "in tense northwestern X", "the insurgent
// bastion of X", "the deserted streets of X".
constexpr std::size_t kLooseWords = 2;
// Words apart two places may be and still be one chain ("X, Y province", "the Y city of X").
constexpr std::size_t kChainGap = 5;
// Beside its lead, a place's score falls by one point a word of distance from the trigger, but
// by no more than this: a locative far along the clause still beats none.
constexpr int kMaxDistancePenalty = 25;
// Words after a trigger a goal may lie within: "marched to X", not "linking the town to X".
constexpr std::size_t kGoalReach = 4;
// The least score that makes a place the act's: below it the sentence names no place for it.
constexpr int kMinScore = 40;
// Scores by how the place relates to the act (higher wins).
constexpr int kObjectScore = 100; // "shelled X", "the shelling of X", "patrolled the streets of X"
constexpr int kLocativeAfterScore = 92;  // "killed in X", "exploded near X"
constexpr int kPassiveSubjectScore = 80; // "X was shelled"
constexpr int kLocativeBeforeScore = 75; // "in X, a man was shot" in one clause
constexpr int kFrontedScore = 72;        // "In X on Saturday, gunmen ..."
constexpr int kAimScore = 70;            // "launched an offensive to capture X"
constexpr int kGoalScore = 66;           // "marched to X"
constexpr int kMainClauseScore = 62;     // "invaded villages in X, killing five"
constexpr int kLocativeClauseScore = 58; // "killed on Saturday, near X"
constexpr int kListedClauseScore = 56;   // "destroyed homes, shops and offices in X"
constexpr std::size_t kListReach = 12;   // words after the trigger a listed clause may end within
constexpr int kOpeningClauseScore = 60;  // "After prayers in X, ten were killed"
constexpr int kVictimSiteScore = 50;     // "was shot as he left a X mosque"

} // namespace

SentenceEvents::PlaceLead SentenceEvents::leadOf(const PlaceWords &p, const Trigger &trigger) const
{
    std::size_t crossed = 0;
    std::size_t looseWords = 0; // unknown words crossed ("in tense northwestern X")
    for (std::size_t i = p.firstToken; i-- > 0 && crossed < kLeadReach; ++crossed) {
        if (i >= trigger.first && i <= trigger.last)
            return {PlaceRelation::Object, i};
        // "launched an offensive to capture X", "began their assault by storming X": the aim
        // of the act is the object of the verb that says it.
        if (m_facts[i].inTrigger && i > 0 && (word(i - 1) == "to"_w || word(i - 1) == "by"_w) &&
            (i + 1 == p.firstToken || !m_facts[i + 1].inTrigger))
            return {PlaceRelation::Aim, i};
        // "Two car bombs struck the city of X, killing five": the object of another act's verb.
        if (m_facts[i].inTrigger && !m_lexicon.is(i, WordClass::PlaceNoun) && !isAttributive(i))
            return {PlaceRelation::OtherObject, i};
        const RuleWord w = word(i);
        if (w == "from"_w)
            return {PlaceRelation::Origin, i};
        if (w == "by"_w)
            return {PlaceRelation::Agent, i};
        // "close to X", "next to X": beside X; "marched to X": a goal.
        if (w == "to"_w && i > 0 && (word(i - 1) == "close"_w || word(i - 1) == "next"_w))
            return {PlaceRelation::Locative, i};
        if (w == "to"_w || w == "toward"_w || w == "towards"_w)
            return {PlaceRelation::Goal, i};
        // "west of X", "the outskirts of X": a place beside X, which locates the act; "drove
        // them out of X": the place taken.
        if (w == "of"_w && i > 0 &&
            (m_lexicon.is(i - 1, WordClass::Compass) || word(i - 1) == "outskirts"_w ||
             word(i - 1) == "out"_w))
            return {PlaceRelation::Locative, i};
        if (m_lexicon.is(i, WordClass::Locative))
            return {PlaceRelation::Locative, i};
        // "the battle for X", "the fight for X": where the act is fought.
        if (w == "for"_w && i > 0 && m_facts[i - 1].inTrigger)
            return {PlaceRelation::Locative, i};
        // "the western corridor of X", "a suburb of X": a part of X, whatever its noun.
        if (w == "of"_w)
            if (const std::size_t determiner = partitiveStart(i); determiner < i) {
                i = determiner; // one step of the lead, however many words
                continue;
            }
        if (!crossesInLead(i, &looseWords))
            return {PlaceRelation::None, i};
    }
    return {PlaceRelation::None, p.firstToken};
}

// Whether a lead may cross word `i` on its way back to what relates a place: another place
// ("in Y's X", "the Y city of X"), a place noun even before a comma ("the capital, X"), a
// number, a compound adjective ("militant-infested", "war-riven"), a modifier ("northern",
// "the"), a name, or up to kLooseWords unknown words (`looseWords` counts them).
bool SentenceEvents::crossesInLead(std::size_t i, std::size_t *looseWords) const
{
    const auto &tokens = m_words.tokens();
    const bool chained = placeAt(i) != nullptr;
    const bool apposition = m_lexicon.is(i, WordClass::PlaceNoun);
    if (m_facts[i + 1].boundaryBefore && !chained && !apposition)
        return false;
    const bool number = !key(i).empty() && key(i).front() >= '0' && key(i).front() <= '9';
    const int end = tokens[i].end; // the tokens leave a compound's lower-case tail out
    const bool compound =
        (end < m_text.size() && m_text.at(end) == QLatin1Char('-')) ||
        key(i).find(' ') != std::string_view::npos; // "war-riven" keys as two words
    const bool modifier = m_lexicon.is(i, WordClass::PlaceModifier) ||
                          m_lexicon.is(i, WordClass::PlaceNoun) ||
                          m_lexicon.is(i, WordClass::Compass);
    const bool loose =
        *looseWords < kLooseWords && !m_facts[i].inTrigger && !m_lexicon.is(i, WordClass::Saying);
    *looseWords += loose && !modifier;
    return chained || number || compound || modifier || loose ||
           (tokens[i].capitalised && !tokens[i].sentenceInitial);
}

// Whether word `i` is joined to the one before by a hyphen ("rebel-held"): an adjective.
bool SentenceEvents::joinedToPrevious(std::size_t i) const
{
    const auto &tokens = m_words.tokens();
    return i > 0 && tokens[i].start == tokens[i - 1].end + 1 &&
           m_text.at(tokens[i].start - 1) == QLatin1Char('-');
}

// Whether trigger word `i` describes the noun after it rather than telling an act: joined to a
// name ("rebel-held") or after one in a noun phrase (attributiveStart).
bool SentenceEvents::isAttributive(std::size_t i) const
{
    return joinedToPrevious(i) || attributiveStart(i) < i;
}

// "the Syrian Army (SA) controlled villages of X": a determiner, names, the participle (word
// `i`), then a place noun. The determiner that opens such a phrase, or `i` when there is none.
std::size_t SentenceEvents::attributiveStart(std::size_t i) const
{
    constexpr std::size_t kNameWords = 6; // "the Syrian Arab Army (SAA)"
    const auto &tokens = m_words.tokens();
    if (i + 1 >= tokens.size() || !m_lexicon.is(i + 1, WordClass::PlaceNoun) ||
        !(key(i).ends_with("ed") || word(i) == "held"_w) || m_facts[i + 1].boundaryBefore)
        return i;
    std::size_t names = 0;
    std::size_t j = i;
    while (j-- > 0 && names < kNameWords && tokens[j].capitalised && !tokens[j].sentenceInitial)
        ++names;
    return names > 0 && j < i && (word(j) == "the"_w || word(j) == "a"_w) ? j : i;
}

// "the western corridor of": the determiner that opens the noun phrase ending at "of" (word
// `of`), or `of` when there is none within reach.
std::size_t SentenceEvents::partitiveStart(std::size_t of) const
{
    constexpr std::size_t kPartitiveWords = 4; // "the eastern rural pocket of"
    for (std::size_t i = of; i-- > 0 && i + kPartitiveWords >= of;) {
        if (m_facts[i + 1].boundaryBefore || placeAt(i))
            return of;
        // "patrolled downtown sections of X", "in parts of X": no determiner, the phrase opens
        // after the verb or the locative.
        // A trigger joined to the word before is an adjective of the phrase ("the rebel-held
        // town of X").
        if (m_facts[i].inTrigger)
            if (const std::size_t start = attributiveStart(i); start < i)
                return start; // "the SAA controlled villages of"
        if ((m_facts[i].inTrigger && !isAttributive(i)) || m_lexicon.is(i, WordClass::Locative))
            return i + 1 < of ? i + 1 : of;
        const RuleWord w = word(i);
        if (w == "the"_w || w == "a"_w || w == "an"_w)
            return i;
    }
    return of;
}

// A place that is not where anything happened, whatever its words: a dateline, a voice, a
// modifier.
bool SentenceEvents::isCitedPlace(const PlaceWords &p, const PlaceLead &lead) const
{
    const auto &tokens = m_words.tokens();
    const std::size_t size = tokens.size();
    // "BAGHDAD, Iraq (AP) -", "ANKARA  More than 80": a dateline in capitals opens the text.
    constexpr std::size_t kDatelineWords = 4;
    constexpr std::size_t kDatelineLetters = 4; // "US", "UK" in capitals are names, not datelines
    if (p.firstToken < kDatelineWords && tokens[0].allCaps && placeAt(0) &&
        key(0).size() >= kDatelineLetters)
        return true;
    // "X-based", "X-backed": the place describes someone.
    const int after = tokens[p.lastToken].end;
    if (after + 1 < m_text.size() && m_text.at(after) == QLatin1Char('-') &&
        m_text.at(after + 1).isLower())
        return true;
    // "Washington condemned", "Moscow has denied", "officials in X said": a government's or a
    // reporter's voice. "Israel's army", "US soldiers": a country's forces.
    std::size_t next = p.lastToken + 1;
    while (next < size && !m_facts[next].boundaryBefore && m_lexicon.is(next, WordClass::Auxiliary))
        ++next;
    if (next < size && !m_facts[next].boundaryBefore &&
        (m_lexicon.is(next, WordClass::Reaction) || m_lexicon.is(next, WordClass::GovernmentNoun) ||
         m_lexicon.is(next, WordClass::ForceNoun)))
        return true;
    // "said in X", "told reporters in X": where it was said.
    if (lead.relation == PlaceRelation::Locative)
        for (std::size_t i = lead.word; i-- > 0 && i + 3 >= lead.word &&
                                        !m_facts[i + 1].boundaryBefore && !m_facts[i].inTrigger;)
            if (m_lexicon.is(i, WordClass::Saying)) // not "said a blast in X killed"
                return true;
    return false;
}

// Whether a place after the trigger may be its act's: not when another act's words stand
// between ("tried to advance ... and fired rockets at X", but "the stronghold of X" describes X),
// nor a place anaphor that is the object itself ("captured the town on the road to X").
bool SentenceEvents::isOwnObject(const PlaceWords &p, const Trigger &trigger) const
{
    for (const Trigger &other : m_triggers)
        if (other.first > trigger.last && other.last < p.firstToken &&
            other.entry->type != trigger.entry->type &&
            !m_lexicon.is(other.first, WordClass::PlaceNoun) && // "the stronghold of X" describes X
            !isAttributive(other.first) &&        // "the SAA controlled villages of X" describes X
            !isNounTelling(other) &&              // "killed when a bomb struck X": one act's words
            !tellsHow(trigger.last, other.first)) // "killed when a car bomb went off near X"
            return false;
    int precision = 0;
    for (std::size_t i = trigger.last + 1; i < p.firstToken; ++i)
        if (!placeAt(i) && anaphorReferent(trigger, i, &precision) >= 0)
            return false;
    return true;
}

// Whether a place may be where an act happened at all: not an origin, an agent or a citation.
bool SentenceEvents::isOfAct(const PlaceWords &p, const Trigger &trigger) const
{
    const PlaceLead lead = leadOf(p, trigger);
    return lead.relation != PlaceRelation::Origin && lead.relation != PlaceRelation::Agent &&
           !isCitedPlace(p, lead);
}

// Whether a trigger lies between words `from` and `to` (both excluded).
bool SentenceEvents::triggerBetween(std::size_t from, std::size_t to) const
{
    for (std::size_t i = from + 1; i < to; ++i)
        if (m_facts[i].inTrigger)
            return true;
    return false;
}

// How strongly a place's position and lead make it the act's place (0: not at all), before the
// exclusions placeOfAct checks only for a place that would win (they cost more).
// "X, a town near Y", "X, the capital of Y": Y only locates the place before the apposition.
bool SentenceEvents::locatesAnother(const PlaceWords &p) const
{
    constexpr std::size_t kAppositionWords = 4; // "a small border town near"
    const std::size_t clause = clauseStart(p.firstToken);
    if (clause == 0 ||
        !(word(clause) == "a"_w || word(clause) == "an"_w || word(clause) == "the"_w) ||
        !placeAt(clause - 1))
        return false;
    for (std::size_t i = clause + 1; i < p.firstToken && i <= clause + kAppositionWords; ++i)
        if (m_lexicon.is(i, WordClass::PlaceNoun))
            return true;
    return false;
}

// Whether a "when" or "as" between words `from` and `to` opens a clause that tells how the act
// came about ("were killed when a bomb went off near X": the same place).
bool SentenceEvents::tellsHow(std::size_t from, std::size_t to) const
{
    for (std::size_t i = from + 1; i < to; ++i)
        if (word(i) == "when"_w || word(i) == "as"_w)
            return true;
    return false;
}

// Whether a place modifies a building noun ("a Kabul hotel", "a Stockholm movie theater"):
// it names the town the building is in.
bool SentenceEvents::namesBuilding(const PlaceWords &p) const
{
    constexpr std::size_t kNounReach = 2; // "a Stockholm movie theater"
    return classAhead(p.lastToken, kNounReach, WordClass::BuildingNoun);
}

// "protested against a threatened attack on X", "demonstrated against X's nuclear test": what
// a protest is against, not where it is (but "protested against the plan outside X").
bool SentenceEvents::isProtested(const PlaceWords &p, const Trigger &trigger,
                                 const PlaceLead &lead) const
{
    if (trigger.entry->type != EventType::Protest || p.firstToken <= trigger.last)
        return false;
    const RuleWord lw = word(lead.word);
    if (lead.relation == PlaceRelation::Locative && lw != "on"_w && lw != "of"_w)
        return false;
    for (std::size_t i = trigger.last + 1; i < p.firstToken; ++i)
        if (word(i) == "against"_w)
            return !hasBoundary(trigger.last + 1, i);
    return false;
}

// "was shot while walking home from a Stockholm movie theater", "as he left a Kabul mosque": a
// building of the place, soon after a victim's verb, is where the victim was.
bool SentenceEvents::isVictimSite(const PlaceWords &p, const Trigger &trigger,
                                  const PlaceLead &lead) const
{
    return p.firstToken > trigger.last && p.firstToken <= trigger.last + kListReach &&
           m_lexicon.is(trigger.first, WordClass::VictimVerb) &&
           (lead.relation == PlaceRelation::Origin || lead.relation == PlaceRelation::None) &&
           namesBuilding(p);
}

int SentenceEvents::positionScore(const PlaceWords &p, const Trigger &trigger,
                                  const PlaceLead &lead) const
{
    if (isVictimSite(p, trigger, lead))
        return kVictimSiteScore;
    if (lead.relation == PlaceRelation::Origin || lead.relation == PlaceRelation::Agent ||
        isProtested(p, trigger, lead))
        return 0;
    const bool after = p.firstToken > trigger.last;
    const std::size_t distance = after ? p.firstToken - trigger.last : trigger.first - p.lastToken;
    const int near = -std::min(int(distance), kMaxDistancePenalty);
    const std::size_t triggerClause = clauseStart(trigger.first),
                      placeClause = clauseStart(p.firstToken);
    const bool holding =
        trigger.entry->type == EventType::Capture || trigger.entry->type == EventType::Control;
    if (placeClause == triggerClause) {
        if (after && lead.relation == PlaceRelation::Object)
            return kObjectScore + near;
        if (after && lead.relation == PlaceRelation::Locative)
            return kLocativeAfterScore + near;
        if (after && lead.relation == PlaceRelation::Aim)
            return kAimScore + near;
        if (after && lead.relation == PlaceRelation::Goal && !holding && distance <= kGoalReach)
            return kGoalScore + near;
        if (!after && lead.relation == PlaceRelation::Locative)
            return kLocativeBeforeScore + near;
        if (!after && !m_lexicon.is(trigger.first, WordClass::VictimVerb)) { // "X was shelled"
            std::size_t i = p.lastToken + 1;
            while (i < trigger.first && m_lexicon.is(i, WordClass::Auxiliary))
                ++i;
            if (i == trigger.first && i > p.lastToken + 1)
                return kPassiveSubjectScore;
        }
        return 0;
    }
    const bool locative =
        (lead.relation == PlaceRelation::Locative || lead.relation == PlaceRelation::Object ||
         lead.relation == PlaceRelation::OtherObject) &&
        !locatesAnother(p);
    // "In the northern city of X on Saturday, a man was shot": a locative that opens the sentence.
    if (!after && placeClause == 0 && lead.relation == PlaceRelation::Locative && lead.word == 0)
        return kFrontedScore;
    // "gunmen invaded villages in X, killing five (and wounding ten)": a participle clause's
    // acts are the main clause's.
    const bool participleClause = m_facts[triggerClause].inTrigger &&
                                  key(triggerClause).ends_with("ing") &&
                                  key(trigger.first).ends_with("ing");
    if (!after && participleClause && placeClause < triggerClause &&
        clauseEnd(p.lastToken) + 1 == triggerClause && locative)
        return kMainClauseScore + near;
    // "was killed on Saturday, near X", "killed a student, ..., in X": a later clause that is a
    // locative.
    if (after && lead.relation == PlaceRelation::Locative && lead.word == placeClause)
        return kLocativeClauseScore + near;
    // "destroyed skyscrapers, homes and offices in X": a list's commas do not end the act's
    // words, when no other act is told between.
    if (after && lead.relation == PlaceRelation::Locative && distance <= kListReach &&
        !triggerBetween(trigger.last, p.firstToken))
        return kListedClauseScore + near;
    // "After prayers in a mosque in X, ten people were killed": a locative in the opening clause.
    if (!after && placeClause == 0 && lead.relation == PlaceRelation::Locative && triggerClause > 0)
        return kOpeningClauseScore + near;
    return 0;
}

int SentenceEvents::placeOfAct(const Trigger &trigger, int origin, const PlaceWords **where) const
{
    const PlaceWords *best = nullptr;
    int bestScore = kMinScore - 1;
    for (const PlaceWords &p : m_places) {
        // The place of an act is named within reach of its words; looking further would make
        // a sentence of thousands of words and acts cost their square.
        const std::size_t gap = p.firstToken > trigger.last
                                    ? p.firstToken - trigger.last
                                    : trigger.first - std::min(trigger.first, p.lastToken);
        if (p.place == origin || gap > kMaxActReach)
            continue;
        const PlaceLead lead = leadOf(p, trigger);
        const int score = positionScore(p, trigger, lead);
        if (score > bestScore && !isCitedPlace(p, lead) &&
            (p.firstToken < trigger.first || isOwnObject(p, trigger))) {
            best = &p;
            bestScore = score;
        }
    }
    if (!best)
        return -1;
    best = innerOfArea(*best, trigger, origin);
    best = partNamedAfter(*best, trigger);
    *where = best;
    return best->place;
}

// "the X region of Y", "the X area of Y": X is the region, Y the larger place around it.
bool SentenceEvents::namesAreaOf(const PlaceWords &p) const
{
    const std::size_t noun = p.lastToken + 1;
    return noun + 1 < m_words.tokens().size() && word(noun + 1) == "of"_w &&
           (key(noun) == "region" || key(noun) == "area" || word(noun) == "areas"_w);
}

// The most specific of a chain when the best place is an area: "the Y city of X" and "X, Y"
// are X; "Y's Z region" is Z.
const PlaceWords *SentenceEvents::innerOfArea(const PlaceWords &best, const Trigger &trigger,
                                              int origin) const
{
    const Place &chosen = m_geoparse.places[best.place];
    if (chosen.isPoint() || namesAreaOf(best))
        return &best;
    for (const PlaceWords &p : m_places) {
        const std::size_t gap = p.firstToken > best.lastToken
                                    ? p.firstToken - best.lastToken
                                    : best.firstToken - std::min(best.firstToken, p.lastToken);
        const Place &other = m_geoparse.places[p.place];
        const bool inner = other.isPoint() ||
                           (chosen.kind == PlaceKind::Country && other.kind != PlaceKind::Country &&
                            other.countryCode == chosen.countryCode);
        // One phrase: no punctuation between, but for "X, Y" with X right before.
        const bool linked = p.firstToken > best.lastToken
                                ? !hasBoundary(best.lastToken + 1, p.firstToken)
                                : p.lastToken + 1 == best.firstToken ||
                                      !hasBoundary(p.lastToken + 1, best.firstToken);
        if (&p != &best && gap <= kChainGap && inner && linked && p.place != origin &&
            isOfAct(p, trigger))
            return &p;
    }
    return &best;
}

// The part a place's own words name after it: "Y's X district" (after a possessive),
// "Baghdad's neighbourhood of X", "the Y city of X" (after "of", not "west of").
const PlaceWords *SentenceEvents::partNamedAfter(const PlaceWords &best,
                                                 const Trigger &trigger) const
{
    const int afterBest = m_words.tokens()[best.lastToken].end;
    const bool possessive =
        afterBest + 1 < m_text.size() &&
        (m_text.at(afterBest) == QLatin1Char('\'') || m_text.at(afterBest) == QChar(0x2019)) &&
        m_text.at(afterBest + 1) == QLatin1Char('s');
    // "Y's capital, X": an apposition after a place noun is no break.
    const auto follows = [&](const PlaceWords &p) {
        const bool apposition = m_facts[p.firstToken].boundaryBefore &&
                                m_lexicon.is(p.firstToken - 1, WordClass::PlaceNoun);
        return p.firstToken > best.lastToken && p.firstToken <= best.lastToken + kChainGap &&
               (!hasBoundary(best.lastToken + 1, p.firstToken) ||
                (apposition && !hasBoundary(best.lastToken + 1, p.firstToken - 1))) &&
               isOfAct(p, trigger);
    };
    if (possessive)
        for (const PlaceWords &p : m_places)
            if (follows(p))
                return partNamedAfter(p, trigger);
    // Only when the first place modifies the noun ("the Y city of X"): in "X area of Y" it is
    // the head, and Y the larger place.
    const bool modifier =
        best.firstToken > 0 && !namesAreaOf(best) &&
        (word(best.firstToken - 1) == "the"_w || word(best.firstToken - 1) == "a"_w);
    for (const PlaceWords &p : m_places)
        if (modifier && follows(p) && word(p.firstToken - 1) == "of"_w &&
            !m_lexicon.is(p.firstToken - 2, WordClass::Compass) &&
            m_geoparse.places[p.place].isPoint())
            return &p;
    return &best;
}

} // namespace frontline
