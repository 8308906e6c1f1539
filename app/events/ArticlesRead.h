#pragma once

#include "Findings.h"

namespace frontline {

class EventExtractor;
class Geoparser;

// Articles read one after another and what was found in them: what `frontline geoparse` and
// `events` write, without the analyst's workspace a Document keeps around the same. The first
// article added is number `firstArticle`: a feed's article read alone keeps its number there.
class ArticlesRead
{
public:
    explicit ArticlesRead(int firstArticle = 0) : m_firstArticle(firstArticle) {}

    // The places `article` names and, given an extractor, what happens in it.
    void add(Article article, const Geoparser &geoparser, const EventExtractor *extractor);
    Findings findings() const { return {m_articles, m_geoparse, m_events, m_firstArticle}; }

private:
    int m_firstArticle;
    std::vector<Article> m_articles;
    GeoparseResult m_geoparse;
    EventsResult m_events;
};

} // namespace frontline
