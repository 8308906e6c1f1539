#include "Document.h"

#include "Coarsening.h"
#include "events/EventExtractor.h"
#include "geo/Coordinates.h"
#include "geoparse/Geoparser.h"

#include <algorithm>
#include <cmath>

namespace frontline {
namespace {

qint64 sentenceKey(int article, int sentence)
{
    return qint64(article) << 32 | quint32(sentence);
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent), m_geoparse(std::make_shared<GeoparseResult>()),
      m_events(std::make_shared<EventsResult>())
{
    // First of the slots on changed(): whoever reads the merged events next reads new ones.
    connect(this, &Document::changed, this, [this] { m_mergedEventsValid = false; });
}

Document::Document(const DocumentCopy &copy, QObject *parent) : Document(parent)
{
    m_articles = copy.articles;
    // Shared with the document copied: changed only once detached (detachedGeoparse).
    m_geoparse = std::const_pointer_cast<GeoparseResult>(copy.geoparse);
    m_events = std::const_pointer_cast<EventsResult>(copy.events);
    m_viewFilter = copy.viewFilter;
    m_keptApart = copy.keptApart;
}

DocumentCopy Document::copy() const
{
    return {m_articles, m_geoparse, m_events, m_viewFilter, m_keptApart};
}

const std::vector<MergedEvent> &Document::mergedEvents() const
{
    if (!m_mergedEventsValid) {
        m_mergedEvents = mergeEventReports(m_articles, *m_geoparse, *m_events, m_keptApart);
        m_mergedEventsValid = true;
    }
    return m_mergedEvents;
}

ArticleInfo Document::articleInfo(int article) const
{
    const Article &a = m_articles.at(std::size_t(article));
    return {a.title, a.source, a.date};
}

void Document::setArticleInfo(int article, const ArticleInfo &info)
{
    Article &a = m_articles.at(std::size_t(article));
    a.title = info.title;
    a.source = info.source;
    a.date = info.date;
    Q_EMIT changed();
}

void Document::coarsen(int km)
{
    coarsenCoordinates(detachedGeoparse(), detachedEvents(), km);
    Q_EMIT changed();
}

void Document::setViewFilter(const ViewFilter &filter)
{
    if (filter == m_viewFilter)
        return;
    m_viewFilter = filter;
    Q_EMIT viewFilterChanged();
}

bool Document::isShown(const MergedEvent &event) const
{
    const Event &first = m_events->events[event.representative()];
    const QDate articleDate = first.article >= 0 && first.article < int(m_articles.size())
                                  ? m_articles[first.article].date
                                  : QDate();
    return m_viewFilter.showsTime(first.time, articleDate) &&
           std::any_of(event.reports.begin(), event.reports.end(), [&](int report) {
               return m_viewFilter.showsArticle(m_events->events[report].article);
           });
}

void Document::setKeptApart(const QString &eventId, bool apart)
{
    if (apart)
        m_keptApart.insert(eventId);
    else
        m_keptApart.remove(eventId);
    Q_EMIT changed();
}

// A snapshot handed to another thread keeps its copy: change a copy of our own.
GeoparseResult &Document::detachedGeoparse()
{
    if (m_geoparse.use_count() > 1)
        m_geoparse = std::make_shared<GeoparseResult>(*m_geoparse);
    return *m_geoparse;
}

EventsResult &Document::detachedEvents()
{
    if (m_events.use_count() > 1)
        m_events = std::make_shared<EventsResult>(*m_events);
    return *m_events;
}

int Document::addArticle(Article article, const Geoparser &geoparser, const EventExtractor *events)
{
    const int index = int(m_articles.size());
    std::vector<WordTokens> words;
    geoparser.parse(article, index, detachedGeoparse(), &words);
    if (events)
        events->extract(article, index, *m_geoparse, detachedEvents(), &words);
    m_articles.push_back(std::move(article));
    applyAnalystEdits(false);
    Q_EMIT changed();
    return index;
}

void Document::addAnalysedArticles(std::vector<Article> articles,
                                   std::shared_ptr<GeoparseResult> geoparse,
                                   std::shared_ptr<EventsResult> events)
{
    for (Article &article : articles)
        m_articles.push_back(std::move(article));
    m_geoparse = std::move(geoparse); // ours, extended: the mentions indexed stay as they were
    m_events = std::move(events);
    applyAnalystEdits(false);
    Q_EMIT changed();
}

void Document::clear()
{
    m_undoStack.clear(); // first: its commands refer to what follows
    m_articles.clear();
    m_geoparse = std::make_shared<GeoparseResult>();
    m_events = std::make_shared<EventsResult>();
    m_analystPlacements.clear();
    m_nameDecisions = NameDecisions();
    m_eventCorrections.clear();
    m_keptApart.clear();
    forgetMentionIndex();
    ++m_readings; // views holding mentions hold none of these
    m_viewFilter = ViewFilter();
    Q_EMIT changed();
    Q_EMIT viewFilterChanged();
}

void Document::reanalyse(const Geoparser &geoparser, const EventExtractor *events)
{
    m_geoparse = std::make_shared<GeoparseResult>();
    m_events = std::make_shared<EventsResult>();
    std::vector<WordTokens> words;
    for (int i = 0; i < int(m_articles.size()); ++i) {
        geoparser.parse(m_articles[i], i, *m_geoparse, &words);
        if (events)
            events->extract(m_articles[i], i, *m_geoparse, *m_events, &words);
    }
    forgetMentionIndex();
    ++m_readings;
    applyAnalystEdits(true);
    Q_EMIT changed();
}

void Document::applyAnalystEdits(bool fresh)
{
    if (!m_nameDecisions.isEmpty() &&
        (fresh || m_nameDecisions.appliesTo(m_articles, *m_geoparse))) {
        m_nameDecisions.applyAll(m_articles, detachedGeoparse(), detachedEvents(), fresh);
        forgetMentionIndex();
    }
    applyAnalystPlacements();
    applyEventCorrections(m_eventCorrections);
}

void Document::mentionsEdited()
{
    forgetMentionIndex();
    ++m_mentionEdits;
}

void Document::choosePlace(const NameInArticle &name, const Place &chosen)
{
    const QStringList names =
        m_nameDecisions.decide(name, chosen, m_articles, detachedGeoparse(), detachedEvents());
    mentionsEdited();
    applyAnalystPlacements(); // the chosen place may be one the analyst placed
    Q_EMIT nameChosen(chosen.id, names, true);
    Q_EMIT changed();
    Q_EMIT nameMoved(name.placeId, chosen.id);
}

void Document::dismissPlace(const NameInArticle &name)
{
    m_nameDecisions.decide(name, std::nullopt, m_articles, detachedGeoparse(), detachedEvents());
    mentionsEdited();
    Q_EMIT changed();
}

void Document::forgetNameDecision(const NameInArticle &name)
{
    const std::optional<NameDecisions::Taken> taken =
        m_nameDecisions.forget(name, m_articles, detachedGeoparse(), detachedEvents());
    if (!taken)
        return;
    mentionsEdited();
    if (taken->chosen)
        Q_EMIT nameChosen(taken->chosen->id, taken->names, false);
    Q_EMIT changed();
    if (taken->chosen)
        Q_EMIT nameMoved(taken->chosen->id, name.placeId);
}

// The analyst's word outlives every reading of the articles: keyed by place id, never by
// position in a list that the next reading rebuilds.
void Document::applyAnalystPlacements()
{
    for (auto it = m_analystPlacements.cbegin(); it != m_analystPlacements.cend(); ++it) {
        const int index = m_geoparse->findPlace(it.key());
        if (index < 0)
            continue;
        Place &place = detachedGeoparse().places[index];
        place.latitude = it->latitude;
        place.longitude = it->longitude;
        place.confidence = it->confidence;
        place.setByAnalyst = true;
        place.setByAnalystAt = it->setAt;
    }
}

EventCorrection Document::eventCorrection(const QString &eventId) const
{
    for (const Event &event : m_events->events)
        if (event.id == eventId)
            return correctionOf(event);
    return m_eventCorrections.value(eventId);
}

void Document::setEventCorrections(const QHash<QString, EventCorrection> &corrections)
{
    for (auto it = corrections.cbegin(); it != corrections.cend(); ++it) {
        if (it->setByAnalyst)
            m_eventCorrections.insert(it.key(), *it);
        else
            m_eventCorrections.remove(it.key());
    }
    applyEventCorrections(corrections);
    Q_EMIT changed();
}

// Like the analyst's placements: keyed by event id, never by position in a list that the next
// reading rebuilds.
void Document::applyEventCorrections(const QHash<QString, EventCorrection> &corrections)
{
    if (corrections.isEmpty())
        return;
    for (Event &event : detachedEvents().events)
        if (const auto found = corrections.constFind(event.id); found != corrections.cend())
            applyCorrection(*found, event);
}

PlaceLocation Document::placeLocation(const QString &placeId) const
{
    const int index = m_geoparse->findPlace(placeId);
    if (index < 0)
        return m_analystPlacements.value(placeId);
    const Place &place = m_geoparse->places[index];
    return {place.latitude, place.longitude, place.confidence, place.setByAnalyst,
            place.setByAnalystAt};
}

bool Document::setPlaceLocation(const QString &placeId, const PlaceLocation &location)
{
    // NaN is how an unlisted place without coordinates goes back to having none (an undo).
    const bool unplaced = std::isnan(location.latitude) && std::isnan(location.longitude);
    if (!unplaced && !offTheGlobe(location.latitude, location.longitude).isEmpty())
        return false;
    if (location.setByAnalyst)
        m_analystPlacements.insert(placeId, location);
    else
        m_analystPlacements.remove(placeId);
    const int index = m_geoparse->findPlace(placeId);
    if (index >= 0) {
        Place &place = detachedGeoparse().places[index];
        place.latitude = location.latitude;
        place.longitude = location.longitude;
        place.confidence = location.confidence;
        place.setByAnalyst = location.setByAnalyst;
        place.setByAnalystAt = location.setAt;
    }
    Q_EMIT placeEdited(placeId);
    Q_EMIT changed();
    return true;
}

void Document::forgetMentionIndex()
{
    m_mentionsByPlace.clear();
    m_mentionsBySentence.clear();
    m_mentionsIndexed = 0;
}

void Document::indexMentions() const
{
    m_mentionsByPlace.resize(m_geoparse->places.size());
    for (int i = int(m_mentionsIndexed); i < int(m_geoparse->mentions.size()); ++i) {
        const Mention &mention = m_geoparse->mentions[i];
        if (mention.place >= 0 && mention.place < int(m_mentionsByPlace.size()))
            m_mentionsByPlace[mention.place].push_back(i);
        m_mentionsBySentence[sentenceKey(mention.article, mention.sentence)].push_back(i);
    }
    m_mentionsIndexed = m_geoparse->mentions.size();
}

const std::vector<int> &Document::mentionsOfPlace(int place) const
{
    indexMentions();
    static const std::vector<int> kNone;
    return place >= 0 && place < int(m_mentionsByPlace.size()) ? m_mentionsByPlace[place] : kNone;
}

const std::vector<int> &Document::mentionsInSentence(SentenceRef sentence) const
{
    indexMentions();
    static const std::vector<int> kNone;
    const auto found =
        m_mentionsBySentence.constFind(sentenceKey(sentence.article, sentence.sentence));
    return found == m_mentionsBySentence.cend() ? kNone : *found;
}

SentenceRef Document::sentenceOfMention(int mention) const
{
    const Mention &m = m_geoparse->mentions.at(mention);
    return {m.article, m.sentence};
}

} // namespace frontline
