#pragma once

#include "EventsResult.h"
#include "geoparse/GeoparseResult.h"
#include "text/Article.h"

#include <vector>

namespace frontline {

// What reading articles found: the articles, the places they name and what happens in them
// (nothing for a geoparse). What the writers (io/) take: a Document's whole state, or a feed's
// articles one at a time (ArticlesRead). Mentions, events, claims and arrows carry the number
// of their article; `firstArticle` is the number of articles[0].
struct Findings
{
    const std::vector<Article> &articles;
    const GeoparseResult &geoparse;
    const EventsResult &events;
    int firstArticle = 0;

    const Article &article(int number) const { return articles[number - firstArticle]; }
};

} // namespace frontline
