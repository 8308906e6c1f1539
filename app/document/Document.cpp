#include "Document.h"

#include "events/EventExtractor.h"
#include "geoparse/Geoparser.h"

namespace frontline {

Document::Document(QObject *parent) : QObject(parent) {}

int Document::addArticle(Article article, const Geoparser &geoparser, const EventExtractor *events)
{
    const int index = int(m_articles.size());
    std::vector<WordTokens> words;
    geoparser.parse(article, index, m_geoparse, &words);
    if (events)
        events->extract(article, index, m_geoparse, m_events, &words);
    m_articles.push_back(std::move(article));
    Q_EMIT changed();
    return index;
}

void Document::reanalyse(const Geoparser &geoparser, const EventExtractor *events)
{
    const GeoparseResult previous = std::move(m_geoparse);
    m_geoparse = GeoparseResult();
    m_events = EventsResult();
    std::vector<WordTokens> words;
    for (int i = 0; i < int(m_articles.size()); ++i) {
        geoparser.parse(m_articles[i], i, m_geoparse, &words);
        if (events)
            events->extract(m_articles[i], i, m_geoparse, m_events, &words);
    }
    // Keep where the analyst moved places.
    for (Place &place : m_geoparse.places) {
        const int before = previous.findPlace(place.id);
        if (before >= 0 && previous.places[before].confidence == 1.0) {
            place.latitude = previous.places[before].latitude;
            place.longitude = previous.places[before].longitude;
        }
    }
    Q_EMIT changed();
}

void Document::setPlaceLocation(int place, double latitude, double longitude)
{
    Place &edited = m_geoparse.places.at(place);
    edited.latitude = latitude;
    edited.longitude = longitude;
    edited.confidence = 1.0; // the analyst's own word
    Q_EMIT changed();
}

std::vector<int> Document::mentionsOfPlace(int place) const
{
    std::vector<int> found;
    for (int i = 0; i < int(m_geoparse.mentions.size()); ++i)
        if (m_geoparse.mentions[i].place == place)
            found.push_back(i);
    return found;
}

std::vector<int> Document::mentionsInSentence(SentenceRef sentence) const
{
    std::vector<int> found;
    for (int i = 0; i < int(m_geoparse.mentions.size()); ++i)
        if (sentenceOfMention(i) == sentence)
            found.push_back(i);
    return found;
}

SentenceRef Document::sentenceOfMention(int mention) const
{
    const Mention &m = m_geoparse.mentions.at(mention);
    return {m.article, m.sentence};
}

} // namespace frontline
