// Where an act happened and where it came from.
#include "SentenceEvents.h"
#include "SentenceRules.h"

#include <algorithm>

namespace frontline {

using namespace sentence_rules;

int SentenceEvents::originFor(const Trigger &trigger) const
{
    const std::size_t end = clauseEnd(trigger.last);
    for (std::size_t i = trigger.last + 1; i <= end && i <= trigger.last + 4; ++i)
        if (word(i) == "from"_w)
            for (std::size_t j = i + 1; j <= end && j <= i + 3; ++j)
                if (const PlaceWords *p = placeAt(j))
                    return namesBuilding(*p) ? -1 : p->place; // "from a X theater": X is no origin
    return -1;
}

// "areas in Anbar's far west": a part of a region, not its centre.
void SentenceEvents::noteAreaDirection(const PlaceWords &p, int *precision,
                                       QString *areaDirection) const
{
    if (m_geoparse.places[p.place].isPoint())
        return;
    const std::size_t size = m_words.tokens().size();
    for (std::size_t d = p.lastToken + 1; d < size && d <= p.lastToken + 2; ++d)
        if (m_lexicon.is(d, WordClass::Compass) || word(d) == "western"_w ||
            word(d) == "eastern"_w || word(d) == "northern"_w || word(d) == "southern"_w) {
            *areaDirection = QString::fromUtf8(key(d).data(), int(key(d).size()));
            if (word(d - 1) == "far"_w)
                *areaDirection = QStringLiteral("far ") + *areaDirection;
            *precision = 3;
        }
}

// ACLED's geo-precision of a place as the words from `from` to it put it: 1 the place itself,
// 2 near it, 3 only a region.
int SentenceEvents::precisionOf(const PlaceWords &p, std::size_t from) const
{
    const Place &place = m_geoparse.places[p.place];
    if (!place.isPoint())
        return 3;
    for (std::size_t i = from; i < p.firstToken; ++i)
        if (word(i) == "near"_w || word(i) == "outskirts"_w || word(i) == "around"_w ||
            word(i) == "areas"_w)
            return 2;
    return 1;
}

// The place of a passive taking or holding ("Albu Kamal, a town in ... province mostly held
// by"): the nearest place before the trigger that is not a locative modifier ("in ... province").
int SentenceEvents::passiveTarget(const Trigger &trigger, int *precision) const
{
    // "The site has been held by ...": a definite anaphor as the subject.
    for (std::size_t i = clauseStart(trigger.first); i < trigger.first && m_places.empty(); ++i)
        if (m_lexicon.is(i, WordClass::PlaceAnaphor) && i > 0 && word(i - 1) == "the"_w) {
            const auto feature = m_discourse.featurePlaces.find(key(i));
            const int referent = feature != m_discourse.featurePlaces.end()
                                     ? feature->second
                                     : m_discourse.lastPointPlace;
            if (referent >= 0)
                return referent;
        }
    constexpr std::size_t kLocativeReach = 6; // "in the oil-rich eastern Deir Az-Zour province"
    for (auto p = m_places.rbegin(); p != m_places.rend(); ++p) {
        if (p->lastToken >= trigger.first)
            continue;
        bool locative = false;
        for (std::size_t i = p->firstToken >= kLocativeReach ? p->firstToken - kLocativeReach : 0;
             i < p->firstToken; ++i)
            locative = locative || isLocativePreposition(word(i));
        if ((locative && p != m_places.rend() - 1) ||
            m_geoparse.places[p->place].kind == PlaceKind::Country)
            continue;
        *precision = precisionOf(*p, p->firstToken);
        return p->place;
    }
    return -1;
}

// "the IS stronghold of Raqa" reads forward; "Marib, the government's last stronghold in
// northern Yemen" backward, to the place the noun stands beside.
int SentenceEvents::holdingNounTarget(const Trigger &trigger, int *precision) const
{
    const auto &tokens = m_words.tokens();
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

// "has controlled it since 2008": the town last named (not the province around it); but in
// "drove it out of Sanaa" the place follows.
int SentenceEvents::pronounTarget(const Trigger &trigger) const
{
    const auto &tokens = m_words.tokens();
    if (trigger.last + 1 >= tokens.size() || word(trigger.last + 1) != "it"_w)
        return -1;
    for (std::size_t i = trigger.last + 2; i < tokens.size() && i <= trigger.last + 5; ++i)
        if (placeAt(i))
            return -1;
    for (auto p = m_places.rbegin(); p != m_places.rend(); ++p)
        if (p->lastToken < trigger.first && m_geoparse.places[p->place].isPoint())
            return p->place;
    return m_discourse.lastPlace;
}

// Where the act's words put it (ActPlace.cpp), with its precision.
int SentenceEvents::actPlaceTarget(const Trigger &trigger, int origin, int *precision,
                                   QString *areaDirection) const
{
    const PlaceWords *where = nullptr;
    if (placeOfAct(trigger, origin, &where) < 0)
        return -1;
    constexpr std::size_t kLeadWords = 4; // "near the town of X": the words that may say "near"
    const std::size_t from = where->firstToken > trigger.last ? trigger.last + 1
                             : where->firstToken > kLeadWords ? where->firstToken - kLeadWords
                                                              : 0;
    *precision = precisionOf(*where, from);
    noteAreaDirection(*where, precision, areaDirection);
    return where->place;
}

// "the town", "the rebel stronghold" at word `i` (but not "the city of Fallujah", whose name
// follows, nor "its bastion cities", which names none): the place it recalls, or -1.
int SentenceEvents::anaphorReferent(const Trigger &trigger, std::size_t i, int *precision) const
{
    const auto &tokens = m_words.tokens();
    if (!m_lexicon.is(i, WordClass::PlaceAnaphor))
        return -1;
    bool definite = false; // "the town", "the last junta-held town"
    for (std::size_t back = 1; back <= 4 && back <= i; ++back)
        definite = definite || word(i - back) == "the"_w;
    // A plural ("the villages") recalls the place last named, unless a place of its own
    // follows ("the towns and cities of the province").
    bool ofFollows = i + 1 < tokens.size() && word(i + 1) == "of"_w;
    if (key(i).ends_with('s') && word(i) != "there"_w)
        for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j)
            ofFollows = ofFollows || word(j) == "of"_w;
    if (!(definite || word(i) == "there"_w) || ofFollows)
        return -1;
    int referent = m_discourse.lastPointPlace; // else the last point place of the article
    // "the dam" is the place of "the Kakhovka dam", wherever the article named it.
    const auto feature = m_discourse.featurePlaces.find(key(i));
    if (feature != m_discourse.featurePlaces.end())
        referent = feature->second;
    for (const PlaceWords &p : m_places) // the nearest earlier in this sentence first
        if (p.lastToken < trigger.first && m_geoparse.places[p.place].isPoint())
            referent = p.place;
    if (referent >= 0)
        *precision = word(i) == "area"_w ? 2 : 1;
    return referent;
}

// The object of the trigger: the first place after it in its clause (for taking and holding,
// `placesToo`), or a place anaphor ("the town"). The object of taking or holding ends where
// another phrase begins: "took two hills overlooking the road to Sanaa" names no town taken.
int SentenceEvents::objectTarget(const Trigger &trigger, int origin, bool placesToo, int *precision,
                                 QString *areaDirection) const
{
    const auto &tokens = m_words.tokens();
    const std::size_t end = std::min(clauseEnd(trigger.last), trigger.last + kTargetReach);
    for (std::size_t i = trigger.last + 1; i <= end && i < tokens.size(); ++i) {
        if (word(i) == "from"_w) { // the origin, or the loser of a capture
            i += 2;
            continue;
        }
        if (placesToo && !placeAt(i) && i > trigger.last + 1 &&
            (word(i) == "to"_w || word(i) == "after"_w || word(i) == "before"_w ||
             word(i) == "since"_w || word(i) == "while"_w || word(i) == "which"_w ||
             word(i) == "who"_w || (key(i).size() > 5 && key(i).ends_with("ing"))))
            break;
        if (const PlaceWords *p = placeAt(i); p && placesToo) {
            if (p->place == origin || isCitedPlace(*p, leadOf(*p, trigger))) {
                i = p->lastToken;
                continue;
            }
            // "into Russia's Kursk region": the place within the country, not the country.
            if (m_geoparse.places[p->place].kind == PlaceKind::Country)
                if (const PlaceWords *inner = placeAt(p->lastToken + 1))
                    if (m_geoparse.places[inner->place].countryCode ==
                        m_geoparse.places[p->place].countryCode)
                        p = inner;
            *precision = precisionOf(*p, trigger.last + 1);
            noteAreaDirection(*p, precision, areaDirection);
            return p->place;
        }
        if (const int referent = anaphorReferent(trigger, i, precision); referent >= 0)
            return referent;
    }
    return -1;
}

// "Sittwe, ..., where the junta still holds", "the city, which the LNA captured": the place the
// relative clause is about. In "Sittwe, the capital of Rakhine state, where ..." the town.
int SentenceEvents::relativeClauseTarget(const Trigger &trigger, int *precision) const
{
    constexpr std::size_t kHeadReach = 15; // words back to a town the relative clause may be about
    const std::size_t begin = clauseStart(trigger.first);
    if (word(begin) != "where"_w && word(begin) != "which"_w && word(begin) != "that"_w)
        return -1;
    const PlaceWords *head = nullptr;
    for (auto p = m_places.rbegin(); p != m_places.rend(); ++p)
        if (p->lastToken < begin && (!head || (!m_geoparse.places[head->place].isPoint() &&
                                               m_geoparse.places[p->place].isPoint() &&
                                               p->lastToken + kHeadReach >= begin)))
            head = &*p;
    if (!head)
        return -1;
    *precision = precisionOf(*head, head->firstToken);
    return head->place;
}

// "Raqa, the IS stronghold" and "a depot in Kharkov with a drone strike": the place before the
// trigger in its clause; else, for holding, "Taiz, Yemen's third-largest city, ..., with the
// group holding the hills": holding near the town the sentence is about.
int SentenceEvents::clauseTarget(const Trigger &trigger, int origin, int *precision) const
{
    const std::size_t begin = clauseStart(trigger.first);
    const auto isOriginOfAnother = [&](const PlaceWords &p) {
        return p.firstToken >= 2 &&
               (word(p.firstToken - 1) == "from"_w || word(p.firstToken - 2) == "from"_w);
    };
    // A country before the act is its actor ("Israel captured"), not its place.
    const auto isCountry = [&](const PlaceWords &p) {
        return m_geoparse.places[p.place].kind == PlaceKind::Country;
    };
    for (auto p = m_places.rbegin(); p != m_places.rend(); ++p)
        if (p->lastToken < trigger.first && p->firstToken >= begin && p->place != origin &&
            !isOriginOfAnother(*p) && !isCountry(*p) && isOfAct(*p, trigger)) {
            *precision = precisionOf(*p, p->firstToken);
            return p->place;
        }
    if (trigger.entry->type == EventType::Control)
        for (const PlaceWords &p : m_places)
            if (p.lastToken < trigger.first && m_geoparse.places[p.place].isPoint()) {
                *precision = 2;
                return p.place;
            }
    return -1;
}

int SentenceEvents::targetFor(const Trigger &trigger, int origin, int *precision,
                              QString *areaDirection) const
{
    if (trigger.entry->passive)
        if (const int place = passiveTarget(trigger, precision); place >= 0)
            return place;
    if (isHoldingNoun(word(trigger.first)))
        return holdingNounTarget(trigger, precision);
    // "withdrew from Kidal": the place left.
    if (trigger.entry->type == EventType::Withdrawal && origin >= 0)
        return origin;
    if (const int place = pronounTarget(trigger); place >= 0)
        return place;
    // Taking and holding name their place as the object ("took full control of X"); other acts
    // by where their words put them, before a place anaphor.
    const EventType type = trigger.entry->type;
    const bool holding = type == EventType::Capture || type == EventType::Control;
    if (!holding)
        if (const int place = actPlaceTarget(trigger, origin, precision, areaDirection); place >= 0)
            return place;
    if (const int place = objectTarget(trigger, origin, holding, precision, areaDirection);
        place >= 0)
        return place;
    if (holding)
        if (const int place = actPlaceTarget(trigger, origin, precision, areaDirection); place >= 0)
            return place;
    if (const int place = relativeClauseTarget(trigger, precision); place >= 0)
        return place;
    // The map's own acts may lean on the clause's subject; others need a locative.
    if (holding || type == EventType::Offensive || type == EventType::Withdrawal)
        return clauseTarget(trigger, origin, precision);
    return -1;
}

} // namespace frontline
