#include "EventExtractor.h"

#include "ArrowBuilder.h"
#include "ControlClaims.h"
#include "FactionMatcher.h"
#include "SentenceEvents.h"
#include "TimeExpressions.h"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <span>

namespace frontline {
namespace {

// Outlines of parts of provinces ("the far west of Anbar", a hundred points each) and arrow
// tails ("faction|objective") kept at most: past this they are forgotten and worked out again.
constexpr std::size_t kMostRegionParts = 256;
constexpr std::size_t kMostHomeTails = 4096;
// Alias matchers kept at most (2 KB each): a feed's articles meet the theatres in thousands of
// combinations (a place in one, a demonym of another), most of them once.
constexpr std::size_t kMostTheatreSets = 64;

bool isLocativeWord(RuleWord word)
{
    return word == "in"_w || word == "of"_w || word == "to"_w || word == "from"_w ||
           word == "across"_w || word == "between"_w || word == "into"_w || word == "near"_w ||
           word == "at"_w || word == "on"_w;
}

const Faction *governmentOf(const QString &country, const std::vector<const Faction *> &factions)
{
    for (const Faction *f : factions)
        if (f->government == country)
            return f;
    return nullptr;
}

// "Russian artillery", "Israeli jets", "Israel struck": a country's forces, by its demonym
// before a force noun, or by its name as the subject of the sentence.
void addCountryForces(const WordTokens &words, const SentenceLexicon &lexicon,
                      const GeoparseResult &geoparse,
                      std::span<const Mention *const> sentenceMentions,
                      const std::vector<const Faction *> &factions,
                      std::vector<FactionMention> &mentions)
{
    const auto &tokens = words.tokens();
    for (const Mention *mention : sentenceMentions) {
        const Mention &m = *mention;
        const Place &place = geoparse.places[m.place];
        if (place.kind != PlaceKind::Country)
            continue;
        const Faction *government = governmentOf(place.countryCode, factions);
        std::size_t at = words.firstEndingAfter(m.range.start);
        if (at < tokens.size() && tokens[at].start != m.range.start)
            at = tokens.size();
        if (!government || at >= tokens.size() || FactionMatcher::covers(mentions, at))
            continue;
        const bool forces = at + 1 < tokens.size() && lexicon.is(at + 1, WordClass::ForceNoun);
        const RuleWord before = at > 0 ? lexicon.word(at - 1) : 0;
        // A country that opens its sentence acts ("Israel struck"); elsewhere it is a place.
        const bool subject = m.role == MentionRole::Name && !isLocativeWord(before) &&
                             at + 1 < tokens.size() && tokens[at].sentenceInitial;
        if (m.role == MentionRole::Demonym ? forces : (forces || subject))
            mentions.push_back({at, forces ? at + 1 : at, government});
    }
}

// "authorities", "the army", "troops" of a country the sentence names: its government's
// faction ("In neighbouring Iraq, authorities declared ...").
void addGovernmentMentions(const WordTokens &words, const SentenceLexicon &lexicon,
                           const std::vector<PlaceWords> &places, const GeoparseResult &geoparse,
                           const std::vector<const Faction *> &factions,
                           const QString &articleCountry, std::vector<FactionMention> &mentions)
{
    if (!lexicon.names(WordClass::GovernmentNoun))
        return;
    QString country;
    for (const PlaceWords &p : places)
        if (geoparse.places[p.place].kind == PlaceKind::Country) {
            country = geoparse.places[p.place].countryCode;
            break;
        }
    if (country.isEmpty())
        country = articleCountry;
    const Faction *government = nullptr;
    for (const Faction *f : factions)
        if (f->government == country)
            government = f;
    if (!government)
        return;
    const auto afterRegion = [&](std::size_t i) { // "Amhara forces": a region's, not the state's
        for (const PlaceWords &p : places)
            if (p.lastToken + 1 == i && geoparse.places[p.place].kind != PlaceKind::Country)
                return true;
        return false;
    };
    // "Amhara forces", "Kurdish forces": a capitalised word before names someone else's.
    const auto afterOtherName = [&](std::size_t i) {
        const WordToken &previous = words.tokens()[i - 1];
        const bool countryOrPlace =
            std::any_of(places.begin(), places.end(),
                        [i](const PlaceWords &p) { return p.lastToken + 1 == i; });
        return words.tokens()[i].spaceBefore && previous.capitalised && !previous.sentenceInitial &&
               !FactionMatcher::covers(mentions, i - 1) && !countryOrPlace;
    };
    for (std::size_t i = 0; i < words.tokens().size(); ++i)
        if (lexicon.is(i, WordClass::GovernmentNoun) && !FactionMatcher::covers(mentions, i) &&
            !afterRegion(i) && !(i > 0 && afterOtherName(i)))
            mentions.push_back({i, i, government});
}

// The faction a sentence quotes ("said NSA spokesman ..."), or null: the mention nearest
// the start of the four words either side of a verb of saying.
const Faction *quotedFaction(const WordTokens &words, const SentenceLexicon &lexicon,
                             const std::vector<FactionMention> &mentions)
{
    if (!lexicon.names(WordClass::Saying))
        return nullptr;
    for (std::size_t i = 0; i < words.tokens().size() && !mentions.empty(); ++i) {
        const RuleWord word = lexicon.word(i);
        if (word != "said"_w && word != "says"_w && word != "according"_w && word != "announced"_w)
            continue;
        const std::size_t first = i >= 4 ? i - 4 : 0, last = i + 4;
        const FactionMention *quoted = nullptr;
        for (const FactionMention &m : mentions)
            if (m.lastToken >= first && m.firstToken <= last &&
                (!quoted || std::max(m.firstToken, first) < std::max(quoted->firstToken, first)))
                quoted = &m;
        if (quoted)
            return quoted->faction;
    }
    return nullptr;
}

// "a3-e2": the third event of article 3, numbered within its article so that an article
// read alone (a feed's, streamed) gives its events the ids they have among others. Made for
// every event, so digits written straight, without printf's parsing
// or QString arithmetic's temporaries.
QString eventId(int article, std::size_t index)
{
    char text[48] = {'a'}; // room for both numbers: neither has more than 20 digits
    char *end = std::to_chars(text + 1, text + 24, article).ptr;
    end[0] = '-';
    end[1] = 'e';
    end = std::to_chars(end + 2, text + sizeof text, index).ptr;
    return QString::fromLatin1(text, end - text);
}

// The countries an article is about, most named first.
QStringList articleCountries(std::vector<Mention>::const_iterator first,
                             std::vector<Mention>::const_iterator last,
                             const GeoparseResult &geoparse)
{
    std::vector<std::pair<QString, int>> counts; // an article names a few countries
    for (auto m = first; m != last; ++m) {
        const QString &country = geoparse.places[m->place].countryCode;
        const auto known = std::find_if(counts.begin(), counts.end(),
                                        [&](const auto &c) { return c.first == country; });
        if (known == counts.end())
            counts.emplace_back(country, 1);
        else
            ++known->second;
    }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList countries;
    for (const auto &[country, count] : counts)
        countries << country;
    return countries;
}

// An operation told in several sentences: later mentions without an actor take the
// previous offensive's, and an actor's offensives share the objective, origin and time
// that one of them states.
void linkOperations(std::vector<SentenceEvent> &events)
{
    const SentenceEvent *previousOffensive = nullptr;
    for (SentenceEvent &e : events) {
        if (e.event.type != EventType::Offensive)
            continue;
        if (e.generic)
            continue;
        if (e.event.actors.isEmpty() && previousOffensive) {
            e.event.actors = previousOffensive->event.actors;
            e.actor = previousOffensive->actor;
        }
        previousOffensive = &e;
    }
    for (SentenceEvent &e : events) {
        if (e.event.type != EventType::Offensive || e.event.actors.isEmpty())
            continue;
        for (const SentenceEvent &other : events) {
            if (&other == &e || other.event.type != EventType::Offensive ||
                other.event.actors.isEmpty() ||
                other.event.actors.front() != e.event.actors.front())
                continue;
            if (e.target < 0 && other.target >= 0) {
                e.target = other.target;
                e.event.geoPrecision = other.event.geoPrecision;
            }
            if (e.origin < 0 && other.origin >= 0 && other.origin != e.target)
                e.origin = other.origin;
            if (!e.event.time.isResolved() && other.event.time.isResolved() &&
                other.event.status != EventStatus::Planned)
                e.event.time = other.event.time;
        }
    }
}

// An act without a place of its own ("locked in clashes", "with air cover") happened where
// the other act of its sentence did: near it (ACLED geo-precision 2).
void placeWithSentence(std::vector<SentenceEvent> &events)
{
    for (SentenceEvent &e : events) {
        if (e.target >= 0)
            continue;
        for (const SentenceEvent &other : events)
            if (&other != &e && other.target >= 0 && other.event.article == e.event.article &&
                other.event.sentence == e.event.sentence) {
                e.target = other.target;
                e.event.geoPrecision = std::max(2, other.event.geoPrecision);
                break;
            }
    }
}

// One act told several times ("launched an offensive ... the offensive ... the push") is one
// event: same type, same actor, same place, both done or both planned. The first telling keeps
// its sentence and gains what later ones add. "The operation" with an actor that already
// acted is a retelling of that act, whatever its type ("took Kidal ... hailed the operation").
void mergeRetellings(std::vector<SentenceEvent> &events)
{
    std::size_t kept = 0; // events[0, kept) are the tellings kept so far (compacted in place)
    for (std::size_t i = 0; i < events.size(); ++i) {
        SentenceEvent &e = events[i];
        // A retelling merges with one of the last acts kept: an article tells an act again
        // within a few dozen others, and looking further would cost thousands of acts their square.
        constexpr std::size_t kRecentActs = 64;
        const auto merged =
                       events.begin() + std::ptrdiff_t(kept > kRecentActs ? kept - kRecentActs : 0),
                   mergedEnd = events.begin() + std::ptrdiff_t(kept);
        // "Egypt warned that the operation ...": a retelling with nobody named is no new act.
        if (e.definiteNominal && e.event.actors.isEmpty())
            continue;
        if (e.definiteNominal && !e.event.actors.isEmpty()) {
            const auto earlier =
                std::find_if(std::make_reverse_iterator(mergedEnd),
                             std::make_reverse_iterator(merged), [&](const SentenceEvent &m) {
                                 return !m.event.actors.isEmpty() &&
                                        m.event.actors.front() == e.event.actors.front() &&
                                        m.event.status != EventStatus::Planned;
                             });
            if (earlier != std::make_reverse_iterator(merged)) {
                if (!earlier->event.time.isResolved())
                    earlier->event.time = e.event.time;
                if (earlier->origin < 0)
                    earlier->origin = e.origin;
                continue;
            }
        }
        const auto same = std::find_if(merged, mergedEnd, [&](const SentenceEvent &m) {
            const bool planned = e.event.status == EventStatus::Planned,
                       mPlanned = m.event.status == EventStatus::Planned;
            // Violence told by two verbs of one sentence ("attacked X, killing five") is two
            // tellings the reader sees apart; the map's own acts merge.
            const bool sameSentence =
                m.event.article == e.event.article && m.event.sentence == e.event.sentence;
            const EventType t = e.event.type;
            const bool mapAct = t == EventType::Offensive || t == EventType::Capture ||
                                t == EventType::Control || t == EventType::Withdrawal;
            return m.event.type == e.event.type && m.target == e.target && e.target >= 0 &&
                   (mapAct || !sameSentence) && m.event.actors == e.event.actors &&
                   !e.event.actors.isEmpty() && planned == mPlanned && m.into == e.into;
        });
        if (same == mergedEnd) {
            if (kept != i)
                events[kept] = std::move(e);
            ++kept;
            continue;
        }
        if (same->origin < 0 && e.origin != same->target)
            same->origin = e.origin;
        if (!same->event.time.isResolved())
            same->event.time = e.event.time;
        if (same->event.direction.isEmpty())
            same->event.direction = e.event.direction;
        if (same->event.status == EventStatus::Planned && e.event.status != EventStatus::Planned) {
            same->event.status = e.event.status;
            same->event.claimant = e.event.claimant;
        }
        same->event.confidence = std::min(1.0, same->event.confidence + 0.05);
    }
    events.erase(events.begin() + std::ptrdiff_t(kept), events.end());
}

// An article's mentions, sentence by sentence: sentence s's are bySentence[starts[s],
// starts[s + 1]) (a counting sort; the geoparser adds mentions article by article).
struct MentionsBySentence
{
    std::vector<std::size_t> starts;
    std::vector<const Mention *> bySentence;

    std::span<const Mention *const> of(int sentence) const
    {
        return {bySentence.data() + starts[sentence], bySentence.data() + starts[sentence + 1]};
    }
};

MentionsBySentence mentionsBySentence(std::vector<Mention>::const_iterator first,
                                      std::vector<Mention>::const_iterator last, int sentenceCount)
{
    MentionsBySentence result;
    result.starts.assign(sentenceCount + 1, 0);
    for (auto m = first; m != last; ++m)
        if (m->sentence >= 0 && m->sentence < sentenceCount)
            ++result.starts[m->sentence + 1];
    std::partial_sum(result.starts.begin(), result.starts.end(), result.starts.begin());
    result.bySentence.resize(result.starts.back());
    std::vector<std::size_t> next(result.starts.begin(), result.starts.end() - 1);
    for (auto m = first; m != last; ++m)
        if (m->sentence >= 0 && m->sentence < sentenceCount)
            result.bySentence[next[m->sentence]++] = &*m;
    return result;
}

// The words of each place a sentence names (places only, not demonyms or modifiers, and not
// words a faction's name already took).
void placeWords(const WordTokens &words, std::span<const Mention *const> mentions,
                const std::vector<FactionMention> &factionMentions, std::vector<PlaceWords> &places)
{
    const auto &tokens = words.tokens();
    places.clear();
    for (const Mention *mention : mentions) {
        const Mention &m = *mention;
        if (m.role != MentionRole::Name)
            continue;
        const std::size_t first = words.firstEndingAfter(m.range.start);
        if (first == tokens.size() || tokens[first].start >= m.range.end)
            continue;
        std::size_t last = first;
        while (last + 1 < tokens.size() && tokens[last + 1].start < m.range.end)
            ++last;
        if (!FactionMatcher::covers(factionMentions, first))
            places.push_back({first, last, m.place});
    }
}

// What a sentence leaves for the next ones to refer to: the faction and group last named, the
// faction quoted, the place last named, and features named ("the Kakhovka dam" for "the dam").
void rememberSentence(const WordTokens &words, const SentenceLexicon &lexicon,
                      const std::vector<FactionMention> &factionMentions,
                      const std::vector<PlaceWords> &places, const GeoparseResult &geoparse,
                      Discourse &discourse)
{
    constexpr std::size_t kFeatureNounReach = 3; // "the Zaporizhzhia nuclear power plant"
    if (!factionMentions.empty())
        discourse.lastFaction = factionMentions.back().faction;
    for (const FactionMention &f : factionMentions)
        if (f.faction->government.isEmpty())
            discourse.lastGroup = f.faction;
    if (const Faction *speaker = quotedFaction(words, lexicon, factionMentions))
        discourse.lastSpeaker = speaker;
    for (const PlaceWords &p : places) {
        discourse.lastPlace = p.place;
        if (geoparse.places[p.place].isPoint())
            discourse.lastPointPlace = p.place;
        for (std::size_t t = p.lastToken + 1;
             t < words.tokens().size() && t <= p.lastToken + kFeatureNounReach; ++t)
            if (lexicon.is(t, WordClass::FeatureNoun)) {
                discourse.featurePlaces[std::string(words.key(t))] = p.place;
                discourse.lastFeaturePlace = p.place;
                discourse.featurePlaces["site"] = p.place;
                discourse.featurePlaces["facility"] = p.place;
                break;
            }
    }
}

// The article's events as kept: a holding of a whole country is no claim, and an act with
// neither actor nor place, or a taking of no place, is noise.
void dropUnplaced(std::vector<SentenceEvent> &events, const GeoparseResult &geoparse)
{
    // Whole countries are not held in a sentence's sense ("control of the frontier with
    // Bangladesh"): such a reading is a missed place, not a claim. A taking in a country ("captured
    // a third of X", "captured a major city in X's north") is kept: the map claims no country.
    for (SentenceEvent &e : events)
        if (e.event.type == EventType::Control && e.target >= 0 &&
            geoparse.places[e.target].kind == PlaceKind::Country && e.areaDirection.isEmpty())
            e.target = -1;
    std::erase_if(events, [](const SentenceEvent &e) {
        const bool holding =
            e.event.type == EventType::Control || e.event.type == EventType::Capture;
        return e.target < 0 && (e.event.actors.isEmpty() || holding);
    });
}

} // namespace

const EventExtractor::TheatreFactions &
EventExtractor::factionsFor(const QStringList &countries) const
{
    std::vector<const Faction *> factions = m_catalog.factionsFor(countries);
    if (m_theatres.size() >= kMostTheatreSets && !m_theatres.contains(factions))
        m_theatres.clear();
    TheatreFactions &known = m_theatres[factions];
    if (!known.matcher) {
        known.matcher = std::make_unique<FactionMatcher>(factions);
        known.factions = std::move(factions);
    }
    return known;
}

void EventExtractor::extract(const Article &article, int articleIndex,
                             const GeoparseResult &geoparse, EventsResult &result,
                             const std::vector<WordTokens> *sentenceWords) const
{
    const auto [firstMention, lastMention] =
        std::equal_range(geoparse.mentions.begin(), geoparse.mentions.end(), articleIndex,
                         [](const auto &a, const auto &b) {
                             if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Mention>)
                                 return a.article < b;
                             else
                                 return a < b.article;
                         });
    const MentionsBySentence mentions =
        mentionsBySentence(firstMention, lastMention, int(article.sentences.size()));
    const QStringList countries = articleCountries(firstMention, lastMention, geoparse);
    const TheatreFactions &theatre = factionsFor(countries);
    TimeResolver times(article.date);
    Discourse discourse;
    std::vector<SentenceEvent> &events = m_scratch.events;
    events.clear();
    for (int s = 0; s < int(article.sentences.size()); ++s) {
        if (!sentenceWords)
            m_scratch.words.tokenize(article.text, article.sentences[s]);
        const WordTokens &words = sentenceWords ? (*sentenceWords)[s] : m_scratch.words;
        const std::size_t first = events.size();
        readSentence(article, words, mentions.of(s), geoparse, theatre, countries, times, discourse,
                     events);
        for (std::size_t e = first; e < events.size(); ++e) {
            events[e].event.article = articleIndex;
            events[e].event.sentence = s;
        }
    }
    linkOperations(events);
    placeWithSentence(events);
    mergeRetellings(events);
    dropUnplaced(events, geoparse);
    addToResult(article, articleIndex, geoparse, events, result);
}

// One sentence: its factions (by alias, a country's forces, a government's), its places and
// times, its events, and what it leaves to the discourse.
void EventExtractor::readSentence(const Article &article, const WordTokens &words,
                                  std::span<const Mention *const> mentions,
                                  const GeoparseResult &geoparse,
                                  const EventExtractor::TheatreFactions &theatre,
                                  const QStringList &countries, TimeResolver &times,
                                  Discourse &discourse, std::vector<SentenceEvent> &events) const
{
    SentenceLexicon &lexicon = m_scratch.lexicon;
    std::vector<FactionMention> &factionMentions = m_scratch.factionMentions;
    std::vector<PlaceWords> &places = m_scratch.places;
    lexicon.read(words, &theatre.matcher->firstWords());
    factionMentions.clear();
    theatre.matcher->find(words, lexicon, factionMentions);
    placeWords(words, mentions, factionMentions, places);
    addCountryForces(words, lexicon, geoparse, mentions, theatre.factions, factionMentions);
    addGovernmentMentions(words, lexicon, places, geoparse, theatre.factions, countries.value(0),
                          factionMentions);
    // In text order, whoever added them.
    std::stable_sort(factionMentions.begin(), factionMentions.end(),
                     [](const FactionMention &a, const FactionMention &b) {
                         return a.firstToken < b.firstToken;
                     });
    // Every sentence's times and names feed the discourse ("that day", "the town"); only one
    // with a trigger can tell an event.
    const std::vector<TimeSpan> sentenceTimes = times.find(article.text, words, lexicon);
    if (lexicon.hasTriggers()) {
        const SentenceEvents reading(words, lexicon, article.text, factionMentions, places,
                                     sentenceTimes, geoparse, discourse, m_scratch.sentence);
        reading.extract(events);
    }
    rememberSentence(words, lexicon, factionMentions, places, geoparse, discourse);
}

// The kept events into the result, with their ids, trigger words and places' ids, then the
// control claims and arrows they make.
void EventExtractor::addToResult(const Article &article, int articleIndex,
                                 const GeoparseResult &geoparse, std::vector<SentenceEvent> &events,
                                 EventsResult &result) const
{
    const std::size_t firstOfArticle = result.events.size();
    for (SentenceEvent &e : events) {
        e.event.id = eventId(articleIndex, result.events.size() - firstOfArticle);
        // The trigger's words, for the events kept only (a fifth of the readings are not).
        e.event.triggerText = article.text.mid(e.event.trigger.start, e.event.trigger.length());
        e.event.target = e.target >= 0 ? geoparse.places[e.target].id : QString();
        e.event.origin =
            e.origin >= 0 && e.origin != e.target ? geoparse.places[e.origin].id : QString();
        for (const QString &actor : e.event.actors)
            if (!result.factions.contains(actor))
                result.factions << actor;
        result.events.push_back(e.event);
    }
    // Outlines and arrow tails worked out before are kept for the next articles, within bounds:
    // a feed names ever more provinces and objectives, and memory must stay flat.
    if (m_regionParts.size() >= kMostRegionParts)
        m_regionParts.clear();
    if (m_homeTails.size() >= kMostHomeTails)
        m_homeTails.clear();
    const std::size_t firstClaim = result.control.size();
    addControlClaims(events, geoparse, m_gazetteer, m_regionParts, result);
    const std::vector<ControlClaim> articleClaims(result.control.begin() + firstClaim,
                                                  result.control.end());
    addArrows(events, geoparse, articleClaims, m_catalog, m_gazetteer, m_homeTails, result);
}

} // namespace frontline
