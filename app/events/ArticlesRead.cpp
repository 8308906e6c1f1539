#include "ArticlesRead.h"

#include "EventExtractor.h"
#include "geoparse/Geoparser.h"
#include "geoparse/WordTokens.h"

namespace frontline {

void ArticlesRead::add(Article article, const Geoparser &geoparser, const EventExtractor *extractor)
{
    const int number = m_firstArticle + int(m_articles.size());
    // The geoparser's words of every sentence, handed on so that the events need not tokenise
    // again; kept only for them (a long text's words are many times its size).
    std::vector<WordTokens> words;
    geoparser.parse(article, number, m_geoparse, extractor ? &words : nullptr);
    if (extractor)
        extractor->extract(article, number, m_geoparse, m_events, &words);
    m_articles.push_back(std::move(article));
}

} // namespace frontline
