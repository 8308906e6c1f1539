#include "SentenceEvents.h"

#include <algorithm>
#include <ranges>

namespace frontline {
namespace {

constexpr std::size_t kTargetReach = 9;  // words after a trigger its object may lie within
constexpr std::size_t kCueReach = 3;     // words before a trigger a planning cue may lie within

bool isLocativePreposition(RuleWord word)
{
    return word == "in"_w || word == "near"_w || word == "of"_w || word == "outside"_w || word == "around"_w;
}

// "took place", "held talks": the trigger word in another sense.
bool isIdiom(RuleWord trigger, RuleWord next)
{
    if (trigger == "took"_w || trigger == "taken"_w || trigger == "take"_w || trigger == "seized"_w || trigger == "seize"_w ||
        trigger == "takes"_w || trigger == "taking"_w || trigger == "seizing"_w)
        return next == "place"_w || next == "part"_w || next == "over"_w || next == "refuge"_w || next == "cover"_w ||
               next == "power"_w || next == "office"_w || next == "hold"_w || next == "charge"_w || next == "responsibility"_w;
    if (trigger == "held"_w || trigger == "hold"_w || trigger == "holding"_w || trigger == "holds"_w)
        return next == "talks"_w || next == "a"_w || next == "an"_w || next == "meeting"_w || next == "elections"_w ||
               next == "hostage"_w || next == "hostages"_w || next == "responsible"_w || next == "accountable"_w ||
               next == "in"_w || next == "on"_w || next == "at"_w || next == "during"_w; // "protests were held in"
    if (trigger == "control"_w)
        return next == "room"_w || next == "tower"_w;
    if (trigger == "launch"_w)
        return next == "site"_w || next == "sites"_w || next == "pad"_w || next == "pads"_w || next == "vehicle"_w ||
               next == "positions"_w || next == "tubes"_w;
    return false;
}

bool isHoldingNoun(RuleWord word)
{
    return word == "stronghold"_w || word == "strongholds"_w || word == "bastion"_w || word == "bastions"_w;
}

} // namespace

SentenceEvents::SentenceEvents(const WordTokens &words, const SentenceLexicon &lexicon, QStringView text,
                               const std::vector<FactionMention> &factions,
                               const std::vector<PlaceWords> &places, const std::vector<TimeSpan> &times,
                               const GeoparseResult &geoparse, const Discourse &discourse, Buffers &buffers)
    : m_words(words), m_lexicon(lexicon), m_text(text), m_factions(factions), m_places(places), m_times(times),
      m_geoparse(geoparse), m_discourse(discourse), m_facts(buffers.facts), m_triggers(buffers.triggers)
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
                ch == QChar(0x2014) || ch == QLatin1Char('"') || ch == QChar(0x201C) || ch == QChar(0x201D))
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
        if (i < next || placeAt(i)) // a trigger may end a faction's alias ("coalition airstrikes"), not a name
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
            m_triggers.push_back({i, i + n - 1, &entry});
            next = i + n;
            break;
        }
    }
}

const Faction *SentenceEvents::actorFor(const Trigger &trigger) const
{
    const std::size_t begin = clauseStart(trigger.first);
    const auto &tokens = m_words.tokens();
    if (const FactionMention *inside = factionAt(trigger.last))
        return inside->faction; // "coalition airstrikes"
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
    if (isHoldingNoun(word(trigger.first))) {
        for (std::size_t i = trigger.first; i-- > 0 && i + 4 >= trigger.first;) {
            if (const FactionMention *f = factionAt(i))
                return f->faction;
            if (m_lexicon.is(i, WordClass::GroupWord))
                return m_discourse.lastGroup;
            if (word(i) == "the"_w || word(i) == "its"_w || word(i) == "their"_w)
                break;
        }
        return nullptr;
    }
    // "held by the jihadists", "airstrikes from the coalition", "air cover by warplanes".
    const auto after = [&]() -> const Faction * {
        for (std::size_t i = trigger.last + 1; i < tokens.size() && i <= trigger.last + 4; ++i) {
            if (const FactionMention *f = factionAt(i); f && trigger.entry->passive && i <= trigger.last + 2)
                return f->faction;
            if (word(i) != "by"_w && word(i) != "from"_w && word(i) != "to"_w)
                continue;
            for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j)
                if (const FactionMention *f = factionAt(j))
                    return f->faction;
        }
        return nullptr;
    };
    // A passive with words between: "have been held for years by FARC dissidents".
    bool passive = trigger.entry->passive;
    if (!passive && (word(trigger.first) == "held"_w || word(trigger.first) == "controlled"_w ||
                     word(trigger.first) == "captured"_w || word(trigger.first) == "seized"_w))
        for (std::size_t i = trigger.last + 1; i < tokens.size() && i <= trigger.last + 4 && !m_facts[i].boundaryBefore; ++i)
            passive = passive || word(i) == "by"_w;
    if (passive || trigger.entry->type == EventType::Airstrike) {
        if (const Faction *f = after())
            return f;
        // "held by Masalit fighters": an agent the catalogue does not know, not the subject.
        for (std::size_t i = trigger.last; passive && i < tokens.size() && i <= trigger.last + 4; ++i)
            if (word(i) == "by"_w)
                return nullptr;
    }
    // The subject: the nearest faction before the trigger in its clause; a pronoun means the
    // nearest earlier in the sentence, else the last of the article; "we" in a quote, the
    // faction quoted.
    // A faction after "from", "against", "with" is what is acted on, not who acts.
    // So is one right after an act's verb ("pushed the paramilitaries out"), or after "by".
    const auto isObject = [&](const FactionMention &f) {
        for (std::size_t i = f.firstToken >= 2 ? f.firstToken - 2 : 0; i < f.firstToken; ++i)
            if (word(i) == "from"_w || word(i) == "against"_w || word(i) == "with"_w || word(i) == "on"_w ||
                word(i) == "by"_w || m_facts[i].inTrigger) // "troops backed by Russian allies"
                return true;
        return false;
    };
    // "rebels who have held the town": the relative pronoun stands for the faction before it.
    for (std::size_t r = trigger.first; r-- > begin;)
        if (word(r) == "who"_w && r > 0)
            if (const FactionMention *f = factionAt(r - 1))
                return f->faction;
    const FactionMention *nearest = nullptr;
    for (const FactionMention &f : m_factions)
        if (f.lastToken < trigger.first && !isObject(f) && (!nearest || f.lastToken > nearest->lastToken))
            nearest = &f;
    bool pronoun = false, firstPerson = false; // "we", "our", "us" are pronouns of the class too
    for (std::size_t i = begin; i < trigger.first && m_lexicon.names(WordClass::FactionPronoun); ++i) {
        pronoun = pronoun || m_lexicon.is(i, WordClass::FactionPronoun);
        firstPerson = firstPerson || word(i) == "we"_w || word(i) == "our"_w || word(i) == "us"_w;
    }
    if (nearest && nearest->lastToken >= begin)
        return nearest->faction;
    if (firstPerson && m_discourse.lastSpeaker)
        return m_discourse.lastSpeaker;
    if (pronoun && nearest)
        return nearest->faction;
    // "the group", "the rebels", "the insurgents": an armed group, never a government.
    const bool groupNamed = m_lexicon.names(WordClass::GroupWord);
    bool groupWord = false;
    for (std::size_t i = begin; i < trigger.first && groupNamed; ++i)
        groupWord = groupWord || (m_lexicon.is(i, WordClass::GroupWord) && !factionAt(i));
    if (groupWord && !nearest && m_discourse.lastGroup)
        return m_discourse.lastGroup;
    if (groupWord && m_discourse.lastGroup)
        return m_discourse.lastGroup;
    // "The rebels, who ..., said they aimed to": a group named earlier in the sentence.
    bool groupEarlier = false;
    for (std::size_t i = 0; i < trigger.first && groupNamed; ++i)
        groupEarlier = groupEarlier || (m_lexicon.is(i, WordClass::GroupWord) && !factionAt(i));
    if (pronoun && groupEarlier && m_discourse.lastGroup)
        return m_discourse.lastGroup;
    if (pronoun && m_discourse.lastFaction)
        return m_discourse.lastFaction;
    if (nearest)
        return nearest->faction;
    if (const Faction *f = after())
        return f;
    return nullptr;
}

std::vector<const Faction *> SentenceEvents::clashSides(const Trigger &trigger) const
{
    std::vector<const Faction *> sides;
    if (const Faction *subject = actorFor(trigger))
        sides.push_back(subject);
    for (const FactionMention &f : m_factions)
        if (f.firstToken > trigger.last && std::find(sides.begin(), sides.end(), f.faction) == sides.end())
            sides.push_back(f.faction);
    return sides;
}

int SentenceEvents::originFor(const Trigger &trigger) const
{
    const std::size_t end = clauseEnd(trigger.last);
    for (std::size_t i = trigger.last + 1; i <= end && i <= trigger.last + 4; ++i)
        if (word(i) == "from"_w)
            for (std::size_t j = i + 1; j <= end && j <= i + 3; ++j)
                if (const PlaceWords *p = placeAt(j))
                    return p->place;
    return -1;
}

int SentenceEvents::targetFor(const Trigger &trigger, int origin, int *precision, QString *areaDirection) const
{
    const auto &tokens = m_words.tokens();
    const std::size_t end = std::min(clauseEnd(trigger.last), trigger.last + kTargetReach);
    const auto precisionOf = [&](const PlaceWords &p, std::size_t from) {
        const Place &place = m_geoparse.places[p.place];
        if (!place.isPoint())
            return 3;
        for (std::size_t i = from; i < p.firstToken; ++i)
            if (word(i) == "near"_w || word(i) == "outskirts"_w || word(i) == "around"_w || word(i) == "areas"_w)
                return 2;
        return 1;
    };
    // Passive control and capture ("Albu Kamal, a town in ... province mostly held by"): the
    // nearest place before the trigger that is not a locative modifier ("in ... province").
    if (trigger.entry->passive) {
        // "The site has been held by ...": a definite anaphor as the subject.
        for (std::size_t i = clauseStart(trigger.first); i < trigger.first && m_places.empty(); ++i)
            if (m_lexicon.is(i, WordClass::PlaceAnaphor) && i > 0 && word(i - 1) == "the"_w) {
                const auto feature = m_discourse.featurePlaces.find(key(i));
                const int referent = feature != m_discourse.featurePlaces.end() ? feature->second : m_discourse.lastPointPlace;
                if (referent >= 0)
                    return referent;
            }
        for (auto p = m_places.rbegin(); p != m_places.rend(); ++p) {
            if (p->lastToken >= trigger.first)
                continue;
            bool locative = false; // "in the oil-rich eastern Deir Az-Zour province"
            for (std::size_t i = p->firstToken >= 6 ? p->firstToken - 6 : 0; i < p->firstToken; ++i)
                locative = locative || isLocativePreposition(word(i));
            if ((locative && p != m_places.rend() - 1) || m_geoparse.places[p->place].kind == PlaceKind::Country)
                continue;
            *precision = precisionOf(*p, p->firstToken);
            return p->place;
        }
    }
    // "the IS stronghold of Raqa" reads forward; "Marib, the government's last stronghold in
    // northern Yemen" backward, to the place the noun stands beside.
    if (isHoldingNoun(word(trigger.first))) {
        if (trigger.last + 1 < tokens.size() && word(trigger.last + 1) == "of"_w)
            for (std::size_t j = trigger.last + 2; j < tokens.size() && j <= trigger.last + 4; ++j)
                if (const PlaceWords *p = placeAt(j)) {
                    *precision = precisionOf(*p, j);
                    return p->place;
                }
        for (auto p = m_places.rbegin(); p != m_places.rend(); ++p)
            if (p->lastToken < trigger.first && p->lastToken + 5 >= trigger.first &&
                m_geoparse.places[p->place].kind != PlaceKind::Country) {
                *precision = precisionOf(*p, p->firstToken);
                return p->place;
            }
        return -1;
    }
    // "withdrew from Kidal": the place left.
    if (trigger.entry->type == EventType::Withdrawal && origin >= 0)
        return origin;
    // "has controlled it since 2008": the town last named (not the province around it); but
    // in "drove it out of Sanaa" the place follows.
    bool placeFollows = false;
    for (std::size_t i = trigger.last + 2; i < tokens.size() && i <= trigger.last + 5; ++i)
        placeFollows = placeFollows || placeAt(i);
    if (trigger.last + 1 < tokens.size() && word(trigger.last + 1) == "it"_w && !placeFollows) {
        for (auto p = m_places.rbegin(); p != m_places.rend(); ++p)
            if (p->lastToken < trigger.first && m_geoparse.places[p->place].isPoint())
                return p->place;
        if (m_discourse.lastPlace >= 0)
            return m_discourse.lastPlace;
    }
    // The object of taking or holding ends where another phrase begins: "took two hills
    // overlooking the road to Sanaa" names no town taken.
    const bool holding = trigger.entry->type == EventType::Capture || trigger.entry->type == EventType::Control;
    for (std::size_t i = trigger.last + 1; i <= end && i < tokens.size(); ++i) {
        if (word(i) == "from"_w) { // the origin, or the loser of a capture
            i += 2;
            continue;
        }
        if (holding && !placeAt(i) && i > trigger.last + 1 &&
            (word(i) == "to"_w || word(i) == "after"_w || word(i) == "before"_w || word(i) == "since"_w || word(i) == "while"_w ||
             word(i) == "which"_w || word(i) == "who"_w || (key(i).size() > 5 && key(i).ends_with("ing"))))
            break;
        if (const PlaceWords *p = placeAt(i)) {
            if (p->place == origin)
                continue;
            // "into Russia's Kursk region": the place within the country, not the country.
            if (m_geoparse.places[p->place].kind == PlaceKind::Country)
                if (const PlaceWords *inner = placeAt(p->lastToken + 1))
                    if (m_geoparse.places[inner->place].countryCode == m_geoparse.places[p->place].countryCode)
                        p = inner;
            *precision = precisionOf(*p, trigger.last + 1);
            // "areas in Anbar's far west": a part of a region, not its centre.
            const Place &place = m_geoparse.places[p->place];
            if (!place.isPoint())
                for (std::size_t d = p->lastToken + 1; d < tokens.size() && d <= p->lastToken + 2; ++d)
                    if (m_lexicon.is(d, WordClass::Compass) || word(d) == "western"_w || word(d) == "eastern"_w ||
                        word(d) == "northern"_w || word(d) == "southern"_w) {
                        *areaDirection = QString::fromUtf8(key(d).data(), int(key(d).size()));
                        if (word(d - 1) == "far"_w)
                            *areaDirection = QStringLiteral("far ") + *areaDirection;
                        *precision = 3;
                    }
            return p->place;
        }
        // "the town", "the rebel stronghold" (but not "the city of Fallujah", whose name
        // follows, nor "its bastion cities", which names none).
        bool definite = false; // "the town", "the last junta-held town"
        for (std::size_t back = 1; back <= 4 && back <= i; ++back)
            definite = definite || word(i - back) == "the"_w;
        // A plural ("the villages") recalls the place last named, unless a place of its own
        // follows ("the towns and cities of the province").
        bool ofFollows = i + 1 < tokens.size() && word(i + 1) == "of"_w;
        if (key(i).ends_with('s') && word(i) != "there"_w)
            for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j)
                ofFollows = ofFollows || word(j) == "of"_w;
        if (m_lexicon.is(i, WordClass::PlaceAnaphor) && (definite || word(i) == "there"_w) && !ofFollows) {
            int referent = m_discourse.lastPointPlace; // else the last point place of the article
            // "the dam" is the place of "the Kakhovka dam", wherever the article named it.
            const auto feature = m_discourse.featurePlaces.find(key(i));
            if (feature != m_discourse.featurePlaces.end())
                referent = feature->second;
            for (const PlaceWords &p : m_places) // the nearest earlier in this sentence first
                if (p.lastToken < trigger.first && m_geoparse.places[p.place].isPoint())
                    referent = p.place;
            if (referent >= 0) {
                *precision = word(i) == "area"_w ? 2 : 1;
                return referent;
            }
        }
    }
    // "Sittwe, ..., where the junta still holds", "the city, which the LNA captured": the place
    // the relative clause is about.
    const std::size_t begin = clauseStart(trigger.first);
    // In "Sittwe, the capital of Rakhine state, where ..." the clause is about the town.
    if (word(begin) == "where"_w || word(begin) == "which"_w || word(begin) == "that"_w) {
        const PlaceWords *head = nullptr;
        for (auto p = m_places.rbegin(); p != m_places.rend(); ++p)
            if (p->lastToken < begin && (!head || (!m_geoparse.places[head->place].isPoint() &&
                                                   m_geoparse.places[p->place].isPoint() && p->lastToken + 15 >= begin)))
                head = &*p;
        if (head) {
            *precision = precisionOf(*head, head->firstToken);
            return head->place;
        }
    }
    // "Raqa, the IS stronghold" and "a depot in Kharkov with a drone strike": the place
    // before the trigger in its clause.
    const auto isOriginOfAnother = [&](const PlaceWords &p) {
        return p.firstToken >= 2 && (word(p.firstToken - 1) == "from"_w || word(p.firstToken - 2) == "from"_w);
    };
    for (auto p = m_places.rbegin(); p != m_places.rend(); ++p)
        if (p->lastToken < trigger.first && p->firstToken >= begin && p->place != origin && !isOriginOfAnother(*p)) {
            *precision = precisionOf(*p, p->firstToken);
            return p->place;
        }
    // "Taiz, Yemen's third-largest city, ..., with the group holding the hills": holding near the
    // town the sentence is about.
    if (trigger.entry->type == EventType::Control)
        for (const PlaceWords &p : m_places)
            if (p.lastToken < trigger.first && m_geoparse.places[p.place].isPoint()) {
                *precision = 2;
                return p.place;
            }
    return -1;
}

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
        charge = charge || word(i) == "charge"_w || word(i) == "claim"_w || word(i) == "accusation"_w || word(i) == "allegation"_w;
    for (std::size_t i = begin; i <= (charge ? nextEnd : end) && i < m_words.tokens().size(); ++i)
        if (m_lexicon.is(i, WordClass::Denial))
            return EventStatus::Denied;
    return claimant().isEmpty() ? EventStatus::Reported : EventStatus::Claimed;
}

// "said Sallum", "the NSA said", "according to the army": who the sentence attributes to.
QString SentenceEvents::findClaimant() const
{
    if (!m_lexicon.names(WordClass::Saying))
        return {};
    const auto &tokens = m_words.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const RuleWord verb = word(i);
        if (verb != "said"_w && verb != "says"_w && verb != "told"_w && verb != "claimed"_w && verb != "according"_w)
            continue;
        // "he told AFP": who is told is the listener, not the source. The source is sought
        // within the clause: not across the quote that ends before "he said".
        const bool listenerFollows = verb == "told"_w;
        bool blockedBefore = false, blockedAfter = listenerFollows;
        for (std::size_t d = 1; d <= 4; ++d) {
            blockedBefore = blockedBefore || i < d || m_facts[i - d + 1].boundaryBefore;
            blockedAfter = blockedAfter || i + d >= tokens.size() || m_facts[i + d].boundaryBefore;
            for (const std::size_t j : {blockedAfter ? tokens.size() : i + d, blockedBefore ? tokens.size() : i - d}) {
                if (j >= tokens.size())
                    continue;
                if (const FactionMention *f = factionAt(j))
                    return f->faction->id;
                if (tokens[j].capitalised && !placeAt(j) && !tokens[j].sentenceInitial)
                    return m_text.mid(tokens[j].start, tokens[j].end - tokens[j].start).toString();
            }
        }
        // "he said": the faction last quoted, else a source the text does not name.
        return m_discourse.lastSpeaker ? m_discourse.lastSpeaker->id : QStringLiteral("unnamed source");
    }
    return {};
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
    for (std::size_t i = trigger.first > 2 ? trigger.first - 2 : 0; i < size && i <= trigger.last + 2; ++i)
        if (m_lexicon.is(i, WordClass::Compass) && !(i + 1 < size && word(i + 1) == "of"_w))
            return QString::fromUtf8(key(i).data(), int(key(i).size()));
    return {};
}

void SentenceEvents::extract(std::vector<SentenceEvent> &events) const
{
    const std::size_t first = events.size(); // this sentence's events: [first, events.size())
    for (const Trigger &trigger : m_triggers) {
        SentenceEvent e;
        Event &event = e.event;
        event.type = trigger.entry->type;
        const std::size_t size = m_words.tokens().size();
        const std::string_view verb = key(trigger.first); // for its stem: "launch...", "attack..."
        const RuleWord verbWord = word(trigger.first);
        // "Israeli jets struck", "drones hit", "launching drones at": a strike from the air.
        if (event.type == EventType::Attack || event.type == EventType::Offensive) {
            const bool strikeVerb = verbWord == "struck"_w || verbWord == "strike"_w || verbWord == "strikes"_w || verbWord == "hit"_w ||
                                    verbWord == "attacked"_w || verb.starts_with("launch") || verbWord == "fired"_w;
            // The aircraft may be far back in the clause ("Aircraft of the coalition carried
            // out at least 23 strikes").
            const std::size_t from = verb.starts_with("strike") ? clauseStart(trigger.first)
                                                                 : (trigger.first >= 4 ? trigger.first - 4 : 0);
            for (std::size_t i = from; strikeVerb && i <= trigger.last + 2 && i < size; ++i)
                if (m_lexicon.is(i, WordClass::AirWord))
                    event.type = EventType::Airstrike;
        }
        // "control" the noun claims a place only as "control of X": not "under its control".
        const RuleWord before = trigger.first > 0 ? word(trigger.first - 1) : 0;
        const bool controlNoun = before == "its"_w || before == "their"_w || before == "under"_w || before == "for"_w ||
                                 before == "the"_w || before == "in"_w || before == "of"_w || before == "his"_w;
        if (verbWord == "control"_w && controlNoun && trigger.last + 1 < size && word(trigger.last + 1) != "of"_w &&
            word(trigger.last + 1) != "over"_w && word(trigger.last + 1) != "to"_w)
            continue;
        // "drove it out of Sanaa": ground taken; "drove to the border" is no act.
        if (verbWord == "drove"_w || verbWord == "driven"_w || verbWord == "drive"_w || verbWord == "forced"_w) {
            bool out = false;
            for (std::size_t i = trigger.last + 1; i < size && i <= trigger.last + 4; ++i)
                out = out || word(i) == "out"_w;
            if (!out)
                continue;
            event.type = EventType::Capture;
        }
        // "targeting Albu Kamal" aims at a place; "targeting civilians", "the strikes targeted
        // radar sites" only describe another act.
        if (verbWord == "targeted"_w || verbWord == "targeting"_w || verbWord == "aim"_w || verbWord == "aimed"_w || verbWord == "aiming"_w) {
            bool placeFollows = false;
            for (std::size_t i = trigger.last + 1; i < size && i <= trigger.last + 2; ++i)
                placeFollows = placeFollows || placeAt(i);
            if (!placeFollows)
                continue;
        }
        e.nominal = verbWord == "operation"_w || verbWord == "operations"_w || verbWord == "offensive"_w || verbWord == "assault"_w ||
                    verbWord == "attack"_w || verbWord == "advance"_w || verbWord == "push"_w || verbWord == "siege"_w ||
                    verbWord == "capture"_w || verbWord == "seizure"_w || verbWord == "fall"_w;
        e.definiteNominal = e.nominal && trigger.first > 0 &&
                            (word(trigger.first - 1) == "the"_w || word(trigger.first - 1) == "this"_w);
        // "a hub for the government's offensive against the group", "despite a joint operation
        // launched in 2021", "troops fleeing the M23 advance": background, not a new act, unless
        // it is aimed at a place ("in preparation for an assault on the city").
        if (e.nominal && event.type == EventType::Offensive) {
            bool background = false;
            for (std::size_t i = trigger.first >= 4 ? trigger.first - 4 : 0; i < trigger.first; ++i) {
                const RuleWord w = word(i);
                background = background || w == "for"_w || w == "despite"_w || w == "during"_w || w == "amid"_w ||
                             w == "calling"_w || w == "fleeing"_w || w == "ended"_w || w == "since"_w;
            }
            bool aimed = false;
            for (std::size_t i = trigger.last + 1; i < size && i <= trigger.last + 4; ++i)
                aimed = aimed || ((word(i - 1) == "on"_w || word(i - 1) == "against"_w) && placeAt(i)) ||
                        (word(i - 1) == "on"_w && m_lexicon.is(i, WordClass::PlaceAnaphor));
            if (background && !aimed)
                continue;
        }
        // "the attack on Bakhmut" pushes for ground; "the attack by al-Shabaab targeted
        // officials" is violence against people.
        if (event.type == EventType::Offensive && (verbWord == "attack"_w || verbWord == "attacks"_w) && trigger.last + 2 < size) {
            const RuleWord next = word(trigger.last + 1);
            const bool onPlace = (next == "on"_w || next == "against"_w) &&
                                 (placeAt(trigger.last + 2) || (trigger.last + 3 < size && placeAt(trigger.last + 3)));
            const RuleWord before = trigger.first > 0 ? word(trigger.first - 1) : 0;
            const bool operation = before == "our"_w || before == "its"_w || before == "their"_w; // "our attack"
            if (!onPlace && !operation)
                event.type = EventType::Attack;
        }
        // "ground raids into southern Lebanon": an incursion, not a raid on a target.
        if (event.type == EventType::Attack && verb.starts_with("raid") && trigger.last + 1 < size &&
            word(trigger.last + 1) == "into"_w)
            event.type = EventType::Offensive;
        // "attacked villagers", "attacked a police station": violence against people or a
        // building, not a push for ground ("attacked Kharkiv", "an attack on Bakhmut").
        if (event.type == EventType::Offensive && verb.starts_with("attack") && verbWord != "attack"_w && trigger.last + 1 < size) {
            const RuleWord object = word(trigger.last + 1);
            if (object == "a"_w || object == "an"_w || m_lexicon.is(trigger.last + 1, WordClass::PersonNoun))
                event.type = EventType::Attack;
        }
        // "pushed the paramilitaries out of Omdurman", "drove them out": ground taken.
        if (event.type == EventType::Offensive && (verb.starts_with("push") || verb.starts_with("dr")))
            for (std::size_t i = trigger.last + 1; i < size && i <= trigger.last + 4; ++i)
                if (word(i) == "out"_w)
                    event.type = EventType::Capture;
        // "repelled the attack": the defence is the event, not a second attack.
        bool repelled = false;
        for (std::size_t i = trigger.first >= 2 ? trigger.first - 2 : 0; i < trigger.first; ++i)
            repelled = repelled || word(i) == "repelled"_w || word(i) == "repulsed"_w || word(i) == "thwarted"_w ||
                       word(i) == "foiled"_w;
        if (repelled)
            continue;
        const auto &tokens = m_words.tokens();
        event.trigger = {tokens[trigger.first].start, tokens[trigger.last].end};
        e.passive = trigger.entry->passive;
        e.into = trigger.entry->into;
        e.origin = originFor(trigger);
        int precision = 1;
        e.target = targetFor(trigger, e.origin, &precision, &e.areaDirection);
        event.geoPrecision = e.target >= 0 ? precision : 3;
        // "pressure from US-backed offensives": the subject suffers them, nobody named acts.
        for (std::size_t i = trigger.first >= 3 ? trigger.first - 3 : 0; i < trigger.first; ++i)
            e.generic = e.generic || (word(i) == "from"_w && !factionAt(trigger.last) && !factionAt(i + 1));
        if (event.type == EventType::Clash) {
            for (const Faction *side : clashSides(trigger))
                event.actors << side->id;
        } else if (!e.generic && (e.actor = actorFor(trigger))) {
            event.actors << e.actor->id;
            // "Soldiers and Wagner mercenaries entered", "the army and its Russian allies
            // advanced": both act.
            for (const FactionMention &f : m_factions) {
                if (f.faction != e.actor || f.lastToken >= trigger.first || f.firstToken < 2)
                    continue;
                std::size_t conjunction = f.firstToken - 1;
                if (word(conjunction) == "its"_w || word(conjunction) == "their"_w)
                    --conjunction;
                if (conjunction >= 1 && word(conjunction) == "and"_w)
                    if (const FactionMention *other = factionAt(conjunction - 1); other && other->faction != e.actor)
                        event.actors.prepend(other->faction->id);
            }
        }
        // "captured a JNIM commander near Gao": a person taken (where, is where it happened).
        if (event.type == EventType::Capture)
            for (std::size_t i = trigger.last + 1; i < tokens.size() && i <= trigger.last + 4 && !placeAt(i); ++i)
                if (m_lexicon.is(i, WordClass::PersonNoun))
                    event.type = EventType::Arrest;
        event.status = statusFor(trigger);
        if (event.status == EventStatus::Claimed || event.status == EventStatus::Denied)
            event.claimant = claimant();
        if (const TimeSpan *time = timeFor(trigger))
            event.time = *time;
        event.direction = directionFor(trigger);
        event.confidence = 0.4 + (event.actors.isEmpty() ? 0 : 0.25) + (e.target >= 0 ? 0.25 : 0) +
                           (event.time.isResolved() ? 0.1 : 0);

        // One act told twice in a sentence ("the operation launched"): keep the first telling.
        const auto same = std::find_if(events.begin() + first, events.end(), [&](const SentenceEvent &other) {
            return other.event.type == event.type && (other.target == e.target || e.target < 0) &&
                   (other.event.actors == event.actors || event.actors.isEmpty());
        });
        if (same != events.end()) {
            if (same->origin < 0)
                same->origin = e.origin;
            if (!same->event.time.isResolved())
                same->event.time = event.time;
            continue;
        }
        const int target = e.target;
        const std::size_t told = events.size();
        events.push_back(std::move(e));
        // "an operation in Jenin and Tulkarm": the same act in each place named.
        if (target >= 0)
            for (const PlaceWords &p : m_places)
                if (m_geoparse.places[p.place].isPoint() && p.firstToken >= 2 && word(p.firstToken - 1) == "and"_w &&
                    placeAt(p.firstToken - 2) && placeAt(p.firstToken - 2)->place == target) {
                    SentenceEvent also = events[told];
                    also.target = p.place;
                    events.push_back(std::move(also));
                }
    }
    // "An airstrike killed five": the killing is the strike's toll, not another act.
    const auto found = std::ranges::subrange(events.begin() + first, events.end());
    const bool violentAct = std::any_of(found.begin(), found.end(), [](const SentenceEvent &e) {
        const EventType t = e.event.type;
        return t == EventType::Airstrike || t == EventType::Shelling || t == EventType::Explosion ||
               t == EventType::Clash || t == EventType::Offensive || t == EventType::Capture;
    });
    if (violentAct)
        events.erase(std::remove_if(found.begin(), found.end(),
                                    [](const SentenceEvent &e) { return e.event.type == EventType::Attack; }),
                     events.end());
    // Strikes in support ("with air cover by coalition warplanes") fall where the sentence's
    // other act is aimed.
    const auto kept = std::ranges::subrange(events.begin() + first, events.end());
    for (SentenceEvent &e : kept)
        if (e.target < 0 && (e.event.type == EventType::Airstrike || e.event.type == EventType::Shelling))
            for (const SentenceEvent &other : kept)
                if (other.target >= 0 && &other != &e) {
                    e.target = other.target;
                    e.event.geoPrecision = 2;
                    break;
                }
}

} // namespace frontline
