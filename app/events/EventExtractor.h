#pragma once

#include "ArrowBuilder.h"
#include "EventsResult.h"
#include "FactionCatalog.h"
#include "FactionMatcher.h"
#include "SentenceEvents.h"
#include "TimeExpressions.h"
#include "geoparse/GeoparseResult.h"

#include <map>
#include <memory>
#include <span>

namespace frontline {

class Gazetteer;

// Who did what, where and when, sentence by sentence: factions by alias (and "its fighters",
// "the authorities" of a country named), triggers of DESIGN.md's event types, the place each
// act is aimed at ("towards X", "the town"), where it comes from ("from X"), its time, and
// whether it was done, planned ("aiming to", "if ... manage to"), claimed ("said X") or denied.
// A discourse pass then gives an operation's later mentions ("the operation launched on
// Tuesday") the actor and objective of its earlier ones. Control claims and offensive
// arrows follow from the events (ControlClaims.h, ArrowBuilder.h).
// One EventExtractor serves one thread (it caches alias matchers).
class EventExtractor
{
public:
    EventExtractor(const FactionCatalog &catalog, const Gazetteer &gazetteer)
        : m_catalog(catalog), m_gazetteer(gazetteer)
    {
    }

    // Adds the events of one article, whose places `places` already holds. `sentenceWords`
    // are the words of its sentences as the geoparser tokenised them; without them, the
    // article is tokenised here.
    void extract(const Article &article, int articleIndex, const GeoparseResult &places,
                 EventsResult &result,
                 const std::vector<WordTokens> *sentenceWords = nullptr) const;

private:
    // The factions of the theatres of an article's countries, and their alias matcher.
    struct TheatreFactions
    {
        std::vector<const Faction *> factions;
        std::unique_ptr<FactionMatcher> matcher;
    };
    const TheatreFactions &factionsFor(const QStringList &countries) const;
    void readSentence(const Article &article, const WordTokens &words,
                      std::span<const Mention *const> mentions, const GeoparseResult &geoparse,
                      const TheatreFactions &theatre, const QStringList &countries,
                      TimeResolver &times, Discourse &discourse,
                      std::vector<SentenceEvent> &events) const;
    void addToResult(const Article &article, int articleIndex, const GeoparseResult &geoparse,
                     std::vector<SentenceEvent> &events, EventsResult &result) const;

    const FactionCatalog &m_catalog;
    const Gazetteer &m_gazetteer;
    // One alias matcher per set of theatres met: building one tokenises every alias. Kept by
    // the theatres' factions, not by the countries that chose them (far more combinations),
    // and a bounded number of them.
    mutable std::map<std::vector<const Faction *>, TheatreFactions> m_theatres;
    mutable std::map<QString, std::vector<std::vector<QPointF>>> m_regionParts;
    mutable HomeTailCache m_homeTails;
    // Working storage, kept from article to article so that its buffers are not allocated
    // afresh for each (a thousand articles a second is the pace).
    struct Scratch
    {
        SentenceLexicon lexicon;
        WordTokens words; // for articles whose words the caller does not give
        std::vector<FactionMention> factionMentions; // a sentence's
        std::vector<PlaceWords> places;              // a sentence's
        SentenceEvents::Buffers sentence;
        std::vector<SentenceEvent> events; // the article's
    };
    mutable Scratch m_scratch;
};

} // namespace frontline
