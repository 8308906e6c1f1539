#include "SentenceEvents.h"

#include "Casualties.h"
#include "SentenceRules.h"

#include <algorithm>
#include <optional>
#include <ranges>

namespace frontline {

using namespace sentence_rules;

namespace {

// "took place", "held talks": the trigger word in another sense.
bool isIdiom(RuleWord trigger, RuleWord next)
{
    if (trigger == "took"_w || trigger == "taken"_w || trigger == "take"_w ||
        trigger == "seized"_w || trigger == "seize"_w || trigger == "takes"_w ||
        trigger == "taking"_w || trigger == "seizing"_w)
        return next == "place"_w || next == "part"_w || next == "over"_w || next == "refuge"_w ||
               next == "cover"_w || next == "power"_w || next == "office"_w || next == "hold"_w ||
               next == "charge"_w || next == "responsibility"_w;
    if (trigger == "held"_w || trigger == "hold"_w || trigger == "holding"_w ||
        trigger == "holds"_w)
        return next == "talks"_w || next == "a"_w || next == "an"_w || next == "meeting"_w ||
               next == "elections"_w || next == "hostage"_w || next == "hostages"_w ||
               next == "responsible"_w || next == "accountable"_w || next == "in"_w ||
               next == "on"_w || next == "at"_w || next == "during"_w; // "protests were held in"
    if (trigger == "control"_w)
        return next == "room"_w || next == "tower"_w;
    if (trigger == "launch"_w)
        return next == "site"_w || next == "sites"_w || next == "pad"_w || next == "pads"_w ||
               next == "vehicle"_w || next == "positions"_w || next == "tubes"_w;
    return false;
}

} // namespace

// "the assault", "a blast", "Israeli artillery": the act told by a noun (its determiner or its
// actor before it), which a verb beside it may tell again.
bool SentenceEvents::isNounTelling(const Trigger &trigger) const
{
    if (trigger.first == 0)
        return false;
    const RuleWord before = word(trigger.first - 1);
    return before == "the"_w || before == "a"_w || before == "an"_w || before == "its"_w ||
           before == "their"_w || before == "this"_w || before == "his"_w ||
           factionAt(trigger.first - 1) != nullptr;
}

// Whether a place after the trigger, in its clause, relates to it as `relation`.
bool SentenceEvents::placeRelatedAfter(const Trigger &trigger, PlaceRelation relation) const
{
    const std::size_t end = clauseEnd(trigger.last);
    for (const PlaceWords &p : m_places)
        if (p.firstToken > trigger.last && p.firstToken <= end &&
            leadOf(p, trigger).relation == relation)
            return true;
    return false;
}

// "He was captured", "were captured in X": a passive taking whose subject is no place.
bool SentenceEvents::isPassivePersonCapture(const Trigger &trigger) const
{
    if (!isPassive(trigger))
        return false;
    constexpr std::size_t kSubjectReach = 3; // "X, the capital, was captured" is another clause
    for (const PlaceWords &p : m_places)
        if (p.lastToken < trigger.first && p.lastToken + kSubjectReach >= trigger.first)
            return false; // "the town was captured", "X was captured"
    for (std::size_t i = clauseStart(trigger.first); i < trigger.first; ++i)
        if (m_lexicon.is(i, WordClass::PlaceAnaphor))
            return false;
    return true;
}

// "police captured Henao", "captured him": a person right after the verb (a capitalised name
// that is no place or faction, or a personal pronoun).
bool SentenceEvents::namesPersonAfter(const Trigger &trigger) const
{
    const std::size_t next = trigger.last + 1;
    const auto &tokens = m_words.tokens();
    if (next >= tokens.size() || m_facts[next].boundaryBefore)
        return false;
    const RuleWord object = word(next);
    if (object == "him"_w || object == "her"_w || object == "them"_w)
        return true;
    // "A U.S. soldier captured in Iraq": the person before a verb with no object.
    if (trigger.first > 0 && m_lexicon.is(trigger.first - 1, WordClass::PersonNoun) &&
        (m_lexicon.is(next, WordClass::Locative) || object == "by"_w))
        return true;
    return tokens[next].capitalised && !placeAt(next) && !factionAt(next);
}

// "an operation in Jenin and Tulkarm", "shelled the villages of X, Y, Z and W": the same act
// in each place of the list that names its place.
void SentenceEvents::tellInEachListed(std::vector<SentenceEvent> &events, std::size_t told) const
{
    const int target = events[told].target;
    const Place &targetPlace = m_geoparse.places[target];
    const PlaceWords *listEnd = nullptr; // the last place of the list that holds the target
    const auto added =
        [&](int place) { // already told in this list (no allocation: most lists are short)
            return std::any_of(events.begin() + std::ptrdiff_t(told), events.end(),
                               [place](const SentenceEvent &e) { return e.target == place; });
        };
    for (const PlaceWords &p : m_places) {
        // A comma between (one word on), or "and", "or" (two).
        const std::size_t gap = listEnd ? p.firstToken - listEnd->lastToken : 0;
        const bool listed =
            listEnd &&
            ((gap == 1 && m_facts[p.firstToken].boundaryBefore) ||
             (gap == 2 && (word(p.firstToken - 1) == "and"_w || word(p.firstToken - 1) == "or"_w)));
        const Place &place = m_geoparse.places[p.place];
        const bool alike = place.isPoint() || place.kind == targetPlace.kind;
        if (listed && alike && !added(p.place)) {
            SentenceEvent also = events[told];
            also.target = p.place;
            events.push_back(std::move(also));
        }
        listEnd = listed || p.place == target ? &p : nullptr;
    }
}

// Its ACLED subtype and its actors as the text names them.
void SentenceEvents::describe(const Trigger &trigger, SentenceEvent &e) const
{
    for (const QString &id : e.event.actors)
        e.event.actorNames << nameOf(id, trigger, e.actor);
    if (e.event.actors.isEmpty())
        if (const QString unnamed = unnamedActor(trigger); !unnamed.isEmpty())
            e.event.actorNames << unnamed;
    e.event.subtype = subtypeFor(trigger, e.event.type, e.actor);
}

// The subtypes, actor names and tolls of the sentence's events that may be kept: an event with
// neither place nor actor, in a sentence that places none, is dropped (EventExtractor), so its
// words are not read (what they cost is most of an event's).
void SentenceEvents::describeKept(std::vector<SentenceEvent> &events, std::size_t first) const
{
    const auto sentence = std::ranges::subrange(events.begin() + first, events.end());
    const bool placed = std::any_of(sentence.begin(), sentence.end(),
                                    [](const SentenceEvent &e) { return e.target >= 0; });
    const auto violent = [](EventType t) {
        return t == EventType::Attack || t == EventType::Explosion || t == EventType::Airstrike ||
               t == EventType::Shelling || t == EventType::Clash || t == EventType::Riot ||
               t == EventType::Offensive || t == EventType::Capture;
    };
    std::optional<SentenceToll> toll; // the sentence's dead and wounded, read once if needed
    for (SentenceEvent &e : sentence) {
        if (!placed && e.event.actors.isEmpty() && e.event.type != EventType::Offensive)
            continue;
        describe(m_triggers[std::size_t(e.triggerIndex)], e);
        // The toll belongs to each act that can kill ("a bomb exploded, killing 8": the
        // explosion's and the killing's).
        if (!violent(e.event.type))
            continue;
        if (!toll)
            toll = sentenceToll(m_words, m_lexicon, m_text);
        e.event.fatalities = toll->fatalities;
        e.event.injured = toll->injured;
    }
}

// "has not been captured", "never entered": an act told as not done.
bool SentenceEvents::isNegated(const Trigger &trigger) const
{
    constexpr std::size_t kNegationReach = 3; // "had not yet been"
    const std::size_t from =
        std::max(clauseStart(trigger.first),
                 trigger.first > kNegationReach ? trigger.first - kNegationReach : 0);
    for (std::size_t i = from; i < trigger.first; ++i)
        if (word(i) == "not"_w || word(i) == "never"_w)
            return true;
    return false;
}

// "was killed", "have been captured": an auxiliary of the passive right before the trigger.
bool SentenceEvents::isPassive(const Trigger &trigger) const
{
    if (trigger.first == 0)
        return false;
    return m_lexicon.is(trigger.first - 1, WordClass::PassiveAuxiliary);
}

SentenceEvents::SentenceEvents(const WordTokens &words, const SentenceLexicon &lexicon,
                               QStringView text, const std::vector<FactionMention> &factions,
                               const std::vector<PlaceWords> &places,
                               const std::vector<TimeSpan> &times, const GeoparseResult &geoparse,
                               const Discourse &discourse, Buffers &buffers)
    : m_words(words), m_lexicon(lexicon), m_text(text), m_factions(factions), m_places(places),
      m_times(times), m_geoparse(geoparse), m_discourse(discourse), m_facts(buffers.facts),
      m_triggers(buffers.triggers)
{
    const auto &tokens = words.tokens();
    m_facts.assign(tokens.size(), WordFacts());
    for (const PlaceWords &p : places)
        for (std::size_t t = p.firstToken; t <= p.lastToken && t < tokens.size(); ++t)
            m_facts[t].place = &p;
    for (const FactionMention &f : factions)
        for (std::size_t t = f.firstToken; t <= f.lastToken && t < tokens.size(); ++t)
            m_facts[t].faction = &f;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (tokens[i].spaceBefore)
            continue; // most words: one space from the last, no punctuation
        for (int c = tokens[i - 1].end; c < tokens[i].start; ++c) {
            const QChar ch = text.at(c);
            if (ch == QLatin1Char(',') || ch == QLatin1Char(';') || ch == QLatin1Char(':') ||
                ch == QChar(0x2014) || ch == QLatin1Char('"') || ch == QChar(0x201C) ||
                ch == QChar(0x201D))
                m_facts[i].boundaryBefore = true;
        }
    }
    // Each word's clause, worked out once: the rules ask it for every trigger.
    for (std::size_t i = 0, start = 0; i < tokens.size(); ++i) {
        if (m_facts[i].boundaryBefore)
            start = i;
        m_facts[i].clauseStart = std::uint32_t(start);
    }
    for (std::size_t i = tokens.size(), end = tokens.size(); i-- > 0;) {
        m_facts[i].clauseEnd = std::uint32_t(end - 1);
        if (m_facts[i].boundaryBefore)
            end = i;
    }
    findTriggers();
    m_claimant = findClaimant();
    for (const Trigger &trigger : m_triggers)
        for (std::size_t i = trigger.first; i <= trigger.last; ++i)
            m_facts[i].inTrigger = true;
}

void SentenceEvents::findTriggers()
{
    m_triggers.clear();
    const std::size_t size = m_words.tokens().size();
    std::size_t next = 0; // words before it are part of a trigger already found
    for (const std::uint32_t start : m_lexicon.triggerStarts()) {
        const std::size_t i = start;
        // A trigger may end a faction's alias ("coalition airstrikes"), not a place's name, nor
        // be a capital amid lower-case words ("the town of Hit"; a title's "Rebels Capture" may).
        const auto &tokens = m_words.tokens();
        const bool name = tokens[i].capitalised && !tokens[i].sentenceInitial && i > 0 &&
                          !tokens[i - 1].capitalised && !factionAt(i);
        if (i < next || placeAt(i) || name)
            continue;
        for (const TriggerEntry *candidate : m_lexicon.triggersAt(i)) {
            const TriggerEntry &entry = *candidate;
            const std::size_t n = entry.words.size();
            if (i + n > size)
                continue;
            bool matches = true;
            for (std::size_t w = 0; w < n && matches; ++w)
                matches = key(i + w) == entry.words[w];
            if (!matches || (i + n < size && isIdiom(word(i + n - 1), word(i + n))))
                continue;
            m_triggers.push_back({i, i + n - 1, &entry, i, i + n - 1});
            next = i + n;
            break;
        }
    }
    if (m_lexicon.names(WordClass::Aspectual))
        joinAspectuals();
}

// "Clashes erupted", "the blast occurred", "continued their offensive", "staged a protest",
// "carried out raids": the verb tells the act of the event noun beside it, so the act is told
// by both (one event, not two).
void SentenceEvents::joinAspectuals()
{
    constexpr std::size_t kNounBefore = 6;  // "the last large explosions in the centre occurred"
    constexpr std::size_t kSubjectLead = 2; // "Heavy clashes erupted": words before a subject noun
    constexpr std::size_t kNounAfter = 4;   // "continued their wide-scale offensive" (five words)
    constexpr int kLongestTelling = 40;     // code points: one act's words, not a clause's
    const auto &tokens = m_words.tokens();
    const std::size_t size = tokens.size();
    for (std::size_t i = 0; i < size; ++i) {
        if (!m_lexicon.is(i, WordClass::Aspectual))
            continue;
        const auto inTrigger =
            std::find_if(m_triggers.begin(), m_triggers.end(),
                         [i](const Trigger &t) { return i >= t.first && i <= t.last; });
        if (inTrigger != m_triggers.end())
            continue;
        // "broke out", "took place", "carried out": the particle belongs to the verb.
        const std::size_t verbEnd =
            i + 1 < size && (word(i + 1) == "out"_w || word(i + 1) == "place"_w) ? i + 1 : i;
        Trigger *before = nullptr, *after = nullptr;
        for (Trigger &t : m_triggers) {
            // The nearest before, a noun or opening its clause ("Fighting continued", "Heavy
            // clashes erupted"), not another act's verb ("captured X but continued").
            if (t.last < i && t.last + kNounBefore >= i && !hasBoundary(t.last + 1, i) &&
                (isNounTelling(t) || t.first <= clauseStart(t.first) + kSubjectLead))
                before = &t;
            if (!after && t.first > verbEnd && t.first <= verbEnd + kNounAfter &&
                !hasBoundary(verbEnd + 1, t.first))
                after = &t;
        }
        if (before) { // the noun is the subject: "clashes erupted"
            before->spanLast = verbEnd;
            // "the attack against the mayor's convoy occurred": a telling too long to be one
            // act's words is the verb's.
            if (tokens[verbEnd].end - tokens[before->first].start > kLongestTelling)
                before->spanFirst = i;
        } else if (after) { // the noun is the object: "staged a protest"
            after->spanFirst = i;
        }
    }
}

bool SentenceEvents::hasBoundary(std::size_t from, std::size_t to) const
{
    // The clause of word `to` starts at the last boundary at or before it (clauseStart): one
    // look, not a walk, since the rules ask this for every trigger and place.
    if (m_facts.empty() || from >= m_facts.size() || from > to)
        return false;
    const std::size_t start = m_facts[std::min(to, m_facts.size() - 1)].clauseStart;
    return start >= from && m_facts[start].boundaryBefore;
}

void SentenceEvents::extract(std::vector<SentenceEvent> &events) const
{
    const std::size_t first = events.size(); // this sentence's events: [first, events.size())
    for (const Trigger &trigger : m_triggers) {
        SentenceEvent e;
        if (!readAct(trigger, e))
            continue;
        e.triggerIndex = int(&trigger - m_triggers.data());
        placeAct(trigger, e);
        actorsOf(trigger, e);
        e.event.type = personOrGround(trigger, e.event.type);
        circumstances(trigger, e);
        if (joinEarlierTelling(events, first, e))
            continue;
        const int target = e.target;
        const std::size_t told = events.size();
        events.push_back(std::move(e));
        if (target >= 0)
            tellInEachListed(events, told);
    }
    placeSupportingStrikes(events, first);
    describeKept(events, first);
}

} // namespace frontline
