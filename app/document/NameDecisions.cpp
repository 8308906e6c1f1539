#include "NameDecisions.h"

#include <algorithm>

namespace frontline {
namespace {

qint64 sentenceKey(int article, int sentence)
{
    return qint64(article) << 32 | quint32(sentence);
}

// The articles a name's decision is about: every open copy of the article.
QSet<int> articlesWithId(const NameDecisions::Articles &articles, const QString &id)
{
    QSet<int> found;
    for (int i = 0; i < int(articles.size()); ++i)
        if (articles[i].id == id)
            found.insert(i);
    return found;
}

// Puts `item` back before the first item further on in the text: results are in text order
// (article, then sentence or position), more or less; exactness matters to no reader.
template <typename T, typename Position>
void insertInTextOrder(std::vector<T> &items, const T &item, Position position)
{
    const auto at = std::find_if(items.begin(), items.end(),
                                 [&](const T &other) { return position(item) < position(other); });
    items.insert(at, item);
}

// Adds `item` to what was set aside unless it is there already (applied again to results
// that did not show the decision yet).
template <typename T, typename Same> void setAside(std::vector<T> &aside, const T &item, Same same)
{
    if (std::none_of(aside.begin(), aside.end(), [&](const T &kept) { return same(kept, item); }))
        aside.push_back(item);
}

bool sameMention(const Mention &a, const Mention &b)
{
    return a.article == b.article && a.range.start == b.range.start;
}

bool sameClaim(const ControlClaim &a, const ControlClaim &b)
{
    return a.article == b.article && a.sentence == b.sentence && a.faction == b.faction &&
           a.status == b.status;
}

bool sameArrow(const Arrow &a, const Arrow &b)
{
    return a.event == b.event && a.article == b.article;
}

auto textOrder(const Mention &mention)
{
    return std::pair(mention.article, mention.range.start);
}

template <typename T> auto sentenceOrder(const T &item)
{
    return std::pair(item.article, item.sentence);
}

} // namespace

bool NameDecisions::appliesTo(const Articles &articles, const GeoparseResult &geoparse) const
{
    for (const Decision &decision : m_decisions) {
        const int place = geoparse.findPlace(decision.name.placeId);
        if (place < 0)
            continue;
        const QSet<int> inArticle = articlesWithId(articles, decision.name.articleId);
        for (const Mention &mention : geoparse.mentions)
            if (mention.place == place && inArticle.contains(mention.article))
                return true;
    }
    return false;
}

QStringList NameDecisions::decide(const NameInArticle &name, std::optional<Place> chosen,
                                  const Articles &articles, GeoparseResult &geoparse,
                                  EventsResult &events)
{
    forget(name, articles, geoparse, events);
    const int read = geoparse.findPlace(name.placeId);
    if (read < 0)
        return {};
    m_decisions.push_back({name, std::move(chosen), geoparse.places[read], {}, {}});
    Decision &decision = m_decisions.back();
    decision.names = apply(decision, articles, geoparse, events);
    return decision.names;
}

std::optional<NameDecisions::Taken> NameDecisions::forget(const NameInArticle &name,
                                                          const Articles &articles,
                                                          GeoparseResult &geoparse,
                                                          EventsResult &events)
{
    const auto found = std::find_if(m_decisions.begin(), m_decisions.end(),
                                    [&](const Decision &d) { return d.name == name; });
    if (found == m_decisions.end())
        return std::nullopt;
    putBack(*found, articles, geoparse, events);
    Taken taken{std::move(found->chosen), std::move(found->names)};
    m_decisions.erase(found);
    return taken;
}

void NameDecisions::applyAll(const Articles &articles, GeoparseResult &geoparse,
                             EventsResult &events, bool fresh)
{
    for (Decision &decision : m_decisions) {
        if (fresh)
            decision.setAside = {};
        apply(decision, articles, geoparse, events);
    }
}

// Moves (or, with no choice, removes) the place's mentions in the article, then what was read
// from them there. Applying it again changes nothing more.
QStringList NameDecisions::apply(Decision &decision, const Articles &articles,
                                 GeoparseResult &geoparse, EventsResult &events) const
{
    const int from = geoparse.findPlace(decision.name.placeId);
    if (from < 0)
        return {};
    const QSet<int> inArticle = articlesWithId(articles, decision.name.articleId);
    const int to = decision.chosen ? geoparse.addPlace(*decision.chosen) : -1;
    QStringList names;
    std::vector<Mention> kept;
    kept.reserve(geoparse.mentions.size());
    for (Mention &mention : geoparse.mentions) {
        if (mention.place == from && inArticle.contains(mention.article)) {
            names << mention.text;
            if (to < 0) {
                setAside(decision.setAside.mentions, mention, sameMention);
                continue;
            }
            mention.place = to;
        }
        kept.push_back(std::move(mention));
    }
    geoparse.mentions = std::move(kept);
    applyToEvents(decision, inArticle, events);
    names.removeDuplicates();
    return names;
}

// Events read at the place take the chosen reading, or lose their place; control claims
// follow them, or are set aside with the arrows of offensives toward it.
void NameDecisions::applyToEvents(Decision &decision, const QSet<int> &inArticle,
                                  EventsResult &events) const
{
    const QString &from = decision.name.placeId;
    const QString to = decision.chosen ? decision.chosen->id : QString();
    SetAside &aside = decision.setAside;
    for (Event &event : events.events) {
        if (!inArticle.contains(event.article) || (event.target != from && event.origin != from))
            continue;
        if (!aside.places.contains(event.id))
            aside.places.insert(event.id, {event.target, event.origin});
        if (event.target == from)
            event.target = to;
        if (event.origin == from)
            event.origin = to;
    }
    std::vector<ControlClaim> claims;
    for (ControlClaim &claim : events.control) {
        if (claim.place == from && inArticle.contains(claim.article)) {
            if (!decision.chosen) {
                setAside(aside.claims, claim, sameClaim);
                continue;
            }
            claim.place = to;
            aside.retargetedClaims.insert(sentenceKey(claim.article, claim.sentence));
        }
        claims.push_back(std::move(claim));
    }
    events.control = std::move(claims);
    if (decision.chosen)
        return;
    std::erase_if(events.arrows, [&](const Arrow &arrow) {
        if (!inArticle.contains(arrow.article) || !aside.places.contains(arrow.event))
            return false;
        setAside(aside.arrows, arrow, sameArrow);
        return true;
    });
}

void NameDecisions::putBack(Decision &decision, const Articles &articles, GeoparseResult &geoparse,
                            EventsResult &events) const
{
    const QSet<int> inArticle = articlesWithId(articles, decision.name.articleId);
    SetAside &aside = decision.setAside;
    // The place read before, even where a new reading took the choice from the analyst's
    // gazetteer and never read that place.
    const int read = geoparse.addPlace(decision.read);
    if (decision.chosen) {
        const int chosen = geoparse.findPlace(decision.chosen->id);
        for (Mention &mention : geoparse.mentions)
            if (mention.place == chosen && inArticle.contains(mention.article) &&
                decision.names.contains(mention.text))
                mention.place = read;
        for (ControlClaim &claim : events.control)
            if (claim.place == decision.chosen->id && inArticle.contains(claim.article) &&
                aside.retargetedClaims.contains(sentenceKey(claim.article, claim.sentence)))
                claim.place = decision.read.id;
    }
    for (Mention mention : aside.mentions) {
        mention.place = read;
        insertInTextOrder(geoparse.mentions, mention, textOrder);
    }
    for (Event &event : events.events)
        if (const auto before = aside.places.constFind(event.id); before != aside.places.cend()) {
            event.target = before->first;
            event.origin = before->second;
        }
    for (const ControlClaim &claim : aside.claims)
        insertInTextOrder(events.control, claim, sentenceOrder<ControlClaim>);
    for (const Arrow &arrow : aside.arrows)
        insertInTextOrder(events.arrows, arrow, sentenceOrder<Arrow>);
    aside = {};
}

} // namespace frontline
