// How a trigger reads: whether it tells an act here, of which type, and the act's place,
// actors, status and time (SentenceEvents::extract's steps).
#include "SentenceEvents.h"

#include <algorithm>
#include <ranges>

namespace frontline {

// "Israeli jets struck", "drones hit", "launching drones at": a strike from the air.
EventType SentenceEvents::fromTheAir(const Trigger &trigger, EventType type) const
{
    if (type != EventType::Attack && type != EventType::Offensive)
        return type;
    const std::string_view verb = key(trigger.first); // for its stem: "launch...", "strike..."
    const RuleWord verbWord = word(trigger.first);
    const bool strikeVerb = verbWord == "struck"_w || verbWord == "strike"_w ||
                            verbWord == "strikes"_w || verbWord == "hit"_w ||
                            verbWord == "attacked"_w || verb.starts_with("launch") ||
                            verbWord == "fired"_w;
    if (!strikeVerb)
        return type;
    // The aircraft may be far back in the clause ("Aircraft of the coalition carried out at
    // least 23 strikes").
    constexpr std::size_t kAircraftReach = 4;
    const std::size_t from = verb.starts_with("strike")        ? clauseStart(trigger.first)
                             : trigger.first >= kAircraftReach ? trigger.first - kAircraftReach
                                                               : 0;
    const std::size_t size = m_words.tokens().size();
    for (std::size_t i = from; i <= trigger.last + 2 && i < size; ++i)
        if (m_lexicon.is(i, WordClass::AirWord))
            return EventType::Airstrike;
    return type;
}

// Whether the trigger's word tells an act at all here (and its type when its sense says):
// "under its control", "drove to the border", "targeting civilians" with no place, "repelled
// the attack", "has not captured" tell none.
bool SentenceEvents::tellsAnAct(const Trigger &trigger, EventType *type) const
{
    const std::size_t size = m_words.tokens().size();
    const RuleWord verbWord = word(trigger.first);
    // "control" the noun claims a place only as "control of X": not "under its control".
    const RuleWord before = trigger.first > 0 ? word(trigger.first - 1) : 0;
    const bool controlNoun = before == "its"_w || before == "their"_w || before == "under"_w ||
                             before == "for"_w || before == "the"_w || before == "in"_w ||
                             before == "of"_w || before == "his"_w;
    if (verbWord == "control"_w && controlNoun && trigger.last + 1 < size &&
        word(trigger.last + 1) != "of"_w && word(trigger.last + 1) != "over"_w &&
        word(trigger.last + 1) != "to"_w)
        return false;
    // "drove it out of Sanaa": ground taken; "drove to the border" is no act.
    if (verbWord == "drove"_w || verbWord == "driven"_w || verbWord == "drive"_w ||
        verbWord == "forced"_w) {
        if (!outFollows(trigger))
            return false;
        *type = EventType::Capture;
    }
    // "targeting the strategic town of X": aimed at the place; "targeting civilians in X":
    // violence against people there; "the strikes targeted radar sites" only describes another act.
    if (verbWord == "targeted"_w || verbWord == "targeting"_w || verbWord == "aim"_w ||
        verbWord == "aimed"_w || verbWord == "aiming"_w)
        if (!placeRelatedAfter(trigger, PlaceRelation::Object)) {
            if (!placeRelatedAfter(trigger, PlaceRelation::Locative) && !isPassive(trigger))
                return false;
            *type = EventType::Attack;
        }
    if (isOtherSense(trigger))
        return false;
    // "captured her fifth career title", "took the bronze", "was captured on camera": a taking
    // in another sense.
    if (trigger.entry->type == EventType::Capture && takesAPrize(trigger))
        return false;
    // "repelled the attack": the defence is the event, not a second attack.
    for (std::size_t i = trigger.first >= 2 ? trigger.first - 2 : 0; i < trigger.first; ++i)
        if (m_lexicon.is(i, WordClass::Defence))
            return false;
    return !isNegated(trigger);
}

// "prices shot up", "shot back that": no shooting; "Iraq has demonstrated that", "demonstrated
// their flair", "as was demonstrated by": showing, not a protest (which takes no object).
bool SentenceEvents::isOtherSense(const Trigger &trigger) const
{
    const std::size_t size = m_words.tokens().size();
    const RuleWord next = trigger.last + 1 < size ? word(trigger.last + 1) : 0;
    const std::string_view verb = key(trigger.first);
    if (verb == "shot" || verb == "shoot" || verb == "shoots")
        return next == "up"_w || (trigger.last + 1 < size && key(trigger.last + 1) == "back");
    if (trigger.entry->type != EventType::Protest ||
        !key(trigger.first).starts_with("demonstrat") ||
        m_lexicon.is(trigger.first, WordClass::ActNoun) || key(trigger.first).ends_with("ors") ||
        key(trigger.first).ends_with("ion") || key(trigger.first).ends_with("ions"))
        return false;
    return next == "that"_w || next == "the"_w || next == "their"_w || next == "its"_w ||
           next == "his"_w || next == "her"_w || next == "a"_w || next == "an"_w ||
           next == "by"_w || isPassive(trigger);
}

// Whether the object of a taking, within a few words and before any place, is a prize.
bool SentenceEvents::takesAPrize(const Trigger &trigger) const
{
    constexpr std::size_t kObjectReach = 5; // "captured her second career singles title"
    return classAhead(trigger.last, kObjectReach, WordClass::PrizeNoun);
}

// Whether a word of `wordClass` follows word `after` within `reach` words, in its clause and
// before any place.
bool SentenceEvents::classAhead(std::size_t after, std::size_t reach, WordClass wordClass) const
{
    const std::size_t size = m_words.tokens().size();
    for (std::size_t i = after + 1; i < size && i <= after + reach; ++i) {
        if (m_facts[i].boundaryBefore || placeAt(i))
            return false;
        if (m_lexicon.is(i, wordClass))
            return true;
    }
    return false;
}

// "drove them out", "pushed the paramilitaries out of X": "out" within four words.
bool SentenceEvents::outFollows(const Trigger &trigger) const
{
    constexpr std::size_t kOutReach = 4;
    const std::size_t size = m_words.tokens().size();
    for (std::size_t i = trigger.last + 1; i < size && i <= trigger.last + kOutReach; ++i)
        if (word(i) == "out"_w)
            return true;
    return false;
}

// "a hub for the government's offensive against the group", "despite a joint operation
// launched in 2021", "troops fleeing the M23 advance": background, not a new act, unless it
// is aimed at a place ("in preparation for an assault on the city").
bool SentenceEvents::isBackground(const Trigger &trigger) const
{
    constexpr std::size_t kCueWords = 4, kAimWords = 4;
    bool background = false;
    for (std::size_t i = trigger.first >= kCueWords ? trigger.first - kCueWords : 0;
         i < trigger.first; ++i) {
        background = background || m_lexicon.is(i, WordClass::BackgroundCue);
    }
    const std::size_t size = m_words.tokens().size();
    for (std::size_t i = trigger.last + 1; background && i < size && i <= trigger.last + kAimWords;
         ++i)
        if (((word(i - 1) == "on"_w || word(i - 1) == "against"_w) && placeAt(i)) ||
            (word(i - 1) == "on"_w && m_lexicon.is(i, WordClass::PlaceAnaphor)))
            return false;
    return background;
}

// An offensive's words that tell violence against people, an incursion or ground taken:
// "the attack by al-Shabaab targeted officials", "ground raids into", "attacked a police
// station", "pushed the paramilitaries out".
EventType SentenceEvents::offensiveOrAttack(const Trigger &trigger, EventType type) const
{
    const std::size_t size = m_words.tokens().size();
    const std::string_view verb = key(trigger.first);
    const RuleWord verbWord = word(trigger.first);
    const RuleWord before = trigger.first > 0 ? word(trigger.first - 1) : 0;
    const RuleWord next = trigger.last + 1 < size ? word(trigger.last + 1) : 0;
    // "the attack on Bakhmut" pushes for ground; "our attack" is an operation.
    if (type == EventType::Offensive && (verbWord == "attack"_w || verbWord == "attacks"_w) &&
        trigger.last + 2 < size) {
        const bool onPlace =
            (next == "on"_w || next == "against"_w) &&
            (placeAt(trigger.last + 2) || (trigger.last + 3 < size && placeAt(trigger.last + 3)));
        const bool operation = before == "our"_w || before == "its"_w || before == "their"_w;
        if (!onPlace && !operation)
            type = EventType::Attack;
    }
    if (type == EventType::Attack && verb.starts_with("raid") && next == "into"_w)
        return EventType::Offensive;
    // "attacked villagers", "attacked a police station", not "attacked Kharkiv".
    if (type == EventType::Offensive && verb.starts_with("attack") && verbWord != "attack"_w &&
        trigger.last + 1 < size &&
        (next == "a"_w || next == "an"_w || m_lexicon.is(trigger.last + 1, WordClass::PersonNoun)))
        return EventType::Attack;
    if (type == EventType::Offensive && (verb.starts_with("push") || verb.starts_with("dr")) &&
        outFollows(trigger))
        return EventType::Capture;
    return type;
}

// The act a trigger tells, its type and how it is told (a noun, a retelling); false when it
// tells none here.
bool SentenceEvents::readAct(const Trigger &trigger, SentenceEvent &e) const
{
    EventType type = fromTheAir(trigger, trigger.entry->type);
    if (!tellsAnAct(trigger, &type))
        return false;
    e.nominal = m_lexicon.is(trigger.first, WordClass::ActNoun);
    e.nounTelling = e.nominal || isNounTelling(trigger);
    // "The attack occurred in X": an aspectual verb tells it as a deed, not a retelling.
    const bool toldAsDeed = trigger.spanLast > trigger.last || trigger.spanFirst < trigger.first;
    e.definiteNominal = e.nominal && trigger.first > 0 && !toldAsDeed &&
                        (word(trigger.first - 1) == "the"_w || word(trigger.first - 1) == "this"_w);
    if (e.nominal && type == EventType::Offensive && isBackground(trigger))
        return false;
    e.event.type = offensiveOrAttack(trigger, type);
    const auto &tokens = m_words.tokens();
    e.event.trigger = {tokens[trigger.spanFirst].start, tokens[trigger.spanLast].end};
    e.passive = trigger.entry->passive;
    e.into = trigger.entry->into;
    return true;
}

// Where the act happened, where it came from, and how precisely.
void SentenceEvents::placeAct(const Trigger &trigger, SentenceEvent &e) const
{
    e.origin = originFor(trigger);
    int precision = 1;
    e.target = targetFor(trigger, e.origin, &precision, &e.areaDirection);
    e.event.geoPrecision = e.target >= 0 ? precision : 3;
}

// Who acts: both sides of a clash; else the subject ("Soldiers and Wagner mercenaries
// entered", "the army and its Russian allies advanced": both); nobody for "pressure from
// US-backed offensives", which the subject suffers.
void SentenceEvents::actorsOf(const Trigger &trigger, SentenceEvent &e) const
{
    for (std::size_t i = trigger.first >= 3 ? trigger.first - 3 : 0; i < trigger.first; ++i)
        e.generic =
            e.generic || (word(i) == "from"_w && !factionAt(trigger.last) && !factionAt(i + 1));
    if (e.event.type == EventType::Clash) {
        for (const Faction *side : clashSides(trigger))
            e.event.actors << side->id;
    } else if (!e.generic && (e.actor = actorFor(trigger))) {
        e.event.actors << e.actor->id;
        for (const FactionMention &f : m_factions) {
            if (f.faction != e.actor || f.lastToken >= trigger.first || f.firstToken < 2)
                continue;
            std::size_t conjunction = f.firstToken - 1;
            if (word(conjunction) == "its"_w || word(conjunction) == "their"_w)
                --conjunction;
            if (conjunction >= 1 && word(conjunction) == "and"_w)
                if (const FactionMention *other = factionAt(conjunction - 1);
                    other && other->faction != e.actor)
                    e.event.actors.prepend(other->faction->id);
        }
    }
}

// "He was captured in X", "police captured Henao", "captured a JNIM commander near Gao": a
// person taken, an arrest (where is where it happened), not ground.
EventType SentenceEvents::personOrGround(const Trigger &trigger, EventType type) const
{
    if (type != EventType::Capture)
        return type;
    if (isPassivePersonCapture(trigger) || namesPersonAfter(trigger))
        return EventType::Arrest;
    constexpr std::size_t kObjectReach = 4;
    const std::size_t size = m_words.tokens().size();
    for (std::size_t i = trigger.last + 1;
         i < size && i <= trigger.last + kObjectReach && !placeAt(i); ++i)
        if (m_lexicon.is(i, WordClass::PersonNoun))
            return EventType::Arrest;
    return type;
}

// Status, claimant, time, direction and confidence.
void SentenceEvents::circumstances(const Trigger &trigger, SentenceEvent &e) const
{
    Event &event = e.event;
    event.status = statusFor(trigger);
    if (event.status == EventStatus::Claimed || event.status == EventStatus::Denied)
        event.claimant = claimant();
    if (const TimeSpan *time = timeFor(trigger))
        event.time = *time;
    event.direction = directionFor(trigger);
    event.confidence = 0.4 + (event.actors.isEmpty() ? 0 : 0.25) + (e.target >= 0 ? 0.25 : 0) +
                       (event.time.isResolved() ? 0.1 : 0);
}

// One act told twice in a sentence, as a noun and a verb ("the operation launched", "Israeli
// artillery shelled"), or again without a place of its own: one event, told by both when their
// words are near. True when `e` joined an earlier telling of events[first...].
bool SentenceEvents::joinEarlierTelling(std::vector<SentenceEvent> &events, std::size_t first,
                                        const SentenceEvent &e) const
{
    constexpr int kLongestTelling = 40; // code points: one act's words, not a sentence's
    const auto joined = [&](const SentenceEvent &other) {
        return TextRange{std::min(other.event.trigger.start, e.event.trigger.start),
                         std::max(other.event.trigger.end, e.event.trigger.end)};
    };
    // The acts told just before: a telling joins one of them, never one a thousand acts back
    // (a sentence of thousands of acts would cost their square).
    constexpr std::size_t kRecentTellings = 64;
    const std::size_t from =
        std::max(first, events.size() > kRecentTellings ? events.size() - kRecentTellings : 0);
    const auto same = std::find_if(
        events.begin() + std::ptrdiff_t(from), events.end(), [&](const SentenceEvent &other) {
            const bool near = joined(other).length() <= kLongestTelling;
            return other.event.type == e.event.type && (other.target == e.target || e.target < 0) &&
                   (other.event.actors == e.event.actors || e.event.actors.isEmpty()) &&
                   (((other.nounTelling || e.nounTelling) && near) || e.target < 0);
        });
    if (same == events.end())
        return false;
    if (joined(*same).length() <= kLongestTelling)
        same->event.trigger = joined(*same);
    if (same->origin < 0)
        same->origin = e.origin;
    if (!same->event.time.isResolved())
        same->event.time = e.event.time;
    return true;
}

// Strikes in support ("with air cover by coalition warplanes") fall where the sentence's other
// act is aimed.
void SentenceEvents::placeSupportingStrikes(std::vector<SentenceEvent> &events,
                                            std::size_t first) const
{
    const auto kept = std::ranges::subrange(events.begin() + first, events.end());
    for (SentenceEvent &e : kept)
        if (e.target < 0 &&
            (e.event.type == EventType::Airstrike || e.event.type == EventType::Shelling))
            for (const SentenceEvent &other : kept)
                if (other.target >= 0 && &other != &e) {
                    e.target = other.target;
                    e.event.geoPrecision = 2;
                    break;
                }
}

} // namespace frontline
