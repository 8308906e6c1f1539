#pragma once

#include "events/EventsResult.h"
#include "geoparse/GeoparseResult.h"
#include "text/Article.h"

#include <QObject>
#include <QUndoStack>

#include <vector>

namespace frontline {

class EventExtractor;
class Geoparser;

// Identifies one sentence of one article of the document.
struct SentenceRef
{
    int article = -1;
    int sentence = -1;
    bool isValid() const { return article >= 0 && sentence >= 0; }
    bool operator==(const SentenceRef &) const = default;
};

// The analyst's workspace: the articles and everything found in them. It owns the truth;
// the map, the source panel and every export are views of it.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const std::vector<Article> &articles() const { return m_articles; }
    const GeoparseResult &geoparse() const { return m_geoparse; }
    const EventsResult &events() const { return m_events; }
    QUndoStack *undoStack() { return &m_undoStack; }
    bool isEmpty() const { return m_articles.empty(); }

    // Adds an article, the places it names and, given an extractor, what happens in it;
    // returns its index.
    int addArticle(Article article, const Geoparser &geoparser, const EventExtractor *events = nullptr);

    // Edits go through undoable commands (MovePlaceCommand) that call these.
    void setPlaceLocation(int place, double latitude, double longitude);

    // Reads every article again (new factions, a new gazetteer); the analyst's edits to
    // places are kept.
    void reanalyse(const Geoparser &geoparser, const EventExtractor *events);

    std::vector<int> mentionsOfPlace(int place) const;
    std::vector<int> mentionsInSentence(SentenceRef sentence) const;
    SentenceRef sentenceOfMention(int mention) const;

Q_SIGNALS:
    void changed();

private:
    std::vector<Article> m_articles;
    GeoparseResult m_geoparse;
    EventsResult m_events;
    QUndoStack m_undoStack;
};

} // namespace frontline
