#include "ArticlesRead.h"

#include "EventExtractor.h"
#include "geoparse/Geoparser.h"
#include "geoparse/WordTokens.h"

namespace frontline {

void ArticlesRead::add(Article article, const Geoparser &geoparser, const EventExtractor *extractor)
{
    const int number = m_firstArticle + int(m_articles.size());
    std::vector<WordTokens> words; // the geoparser's, handed on so the events need not tokenise
    geoparser.parse(article, number, m_geoparse, &words);
    if (extractor)
        extractor->extract(article, number, m_geoparse, m_events, &words);
    m_articles.push_back(std::move(article));
}

} // namespace frontline
