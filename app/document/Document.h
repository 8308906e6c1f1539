#pragma once

#include "EventCorrection.h"
#include "EventMerging.h"
#include "NameDecisions.h"
#include "ViewFilter.h"
#include "events/EventsResult.h"
#include "events/Findings.h"
#include "geoparse/GeoparseResult.h"
#include "text/Article.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>
#include <memory>
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

// Where a place is and on whose word: what an edit changes and its undo restores.
struct PlaceLocation
{
    double latitude = 0;
    double longitude = 0;
    double confidence = 0;
    bool setByAnalyst = false;
    QDateTime setAt;
};

// What the analyst may correct about an article: its title, its source and its date (the day
// of the events it does not date itself).
struct ArticleInfo
{
    QString title;
    QString source;
    QDate date;
    bool operator==(const ArticleInfo &) const = default;
};

// What another thread needs to stand in for a document (a snapshot drawn while the analyst
// goes on): the articles, the results (shared: the document copies them before a change) and
// what the view shows.
struct DocumentCopy
{
    std::vector<Article> articles;
    std::shared_ptr<const GeoparseResult> geoparse;
    std::shared_ptr<const EventsResult> events;
    ViewFilter viewFilter;
    QSet<QString> keptApart;
};

// The analyst's workspace: the articles and everything found in them. It owns the truth;
// the map, the source panel and every export are views of it. Its results are shared with
// readers on other threads as snapshots and copied before a change (copy on write).
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    // A document of a copy, made on the thread that uses it (a QObject belongs to one). It
    // has no undo history and no analyst's decisions of its own: its results carry them.
    explicit Document(const DocumentCopy &copy, QObject *parent = nullptr);

    DocumentCopy copy() const;

    const std::vector<Article> &articles() const { return m_articles; }
    const GeoparseResult &geoparse() const { return *m_geoparse; }
    const EventsResult &events() const { return *m_events; }
    // Everything read, for the writers (io/).
    Findings findings() const { return {m_articles, *m_geoparse, *m_events}; }
    std::shared_ptr<const GeoparseResult> geoparseSnapshot() const { return m_geoparse; }
    std::shared_ptr<const EventsResult> eventsSnapshot() const { return m_events; }
    QUndoStack *undoStack() { return &m_undoStack; }
    const QUndoStack *undoStack() const { return &m_undoStack; }
    bool isEmpty() const { return m_articles.empty(); }
    // How many times every article has been read again (reanalyse): the mentions are new.
    int readings() const { return m_readings; }

    // Adds an article, the places it names and, given an extractor, what happens in it;
    // returns its index.
    int addArticle(Article article, const Geoparser &geoparser,
                   const EventExtractor *events = nullptr);
    // Adds articles analysed elsewhere (ArticleLoader): `geoparse` and `events` are this
    // document's results extended with theirs. The analyst's placements are kept.
    void addAnalysedArticles(std::vector<Article> articles,
                             std::shared_ptr<GeoparseResult> geoparse,
                             std::shared_ptr<EventsResult> events);

    // Edits go through undoable commands (MovePlaceCommand) that call these, by place id. A
    // point off the globe (geo/Coordinates.h) is refused: false, and nothing changes.
    PlaceLocation placeLocation(const QString &placeId) const;
    bool setPlaceLocation(const QString &placeId, const PlaceLocation &location);

    // The analyst's word on a name of an article (NameDecisions.h), through undoable commands
    // (ChoosePlaceCommand, NotAPlaceCommand): "Use this one", "Not a place", and taking either
    // back. Kept through every reading, like the placements.
    void choosePlace(const NameInArticle &name, const Place &chosen);
    void dismissPlace(const NameInArticle &name);
    void forgetNameDecision(const NameInArticle &name);
    // How many times those decisions have changed the mentions: views marking them mark again.
    int mentionEdits() const { return m_mentionEdits; }

    // The analyst's corrections of events go through EditEventCommand, by event id; they hold
    // through re-reading the articles, for the session. A correction not set by the analyst
    // (an undo) puts back what the reading said.
    EventCorrection eventCorrection(const QString &eventId) const;
    void setEventCorrections(const QHash<QString, EventCorrection> &corrections);

    // Back to no articles, no edits and an empty undo history: a project opened anew.
    void clear();

    // Reads every article again (new factions, a new gazetteer); the analyst's placements
    // and decisions are kept.
    void reanalyse(const Geoparser &geoparser, const EventExtractor *events);

    // The events as one per real event: the reports of one event across articles merged
    // (EventMerging.h), worked out when first asked after a change.
    const std::vector<MergedEvent> &mergedEvents() const;
    // The analyst splits a report off the event it was merged into (SplitEventCommand), or
    // takes that back.
    bool isKeptApart(const QString &eventId) const { return m_keptApart.contains(eventId); }
    void setKeptApart(const QString &eventId, bool apart);

    ArticleInfo articleInfo(int article) const;
    // Through EditArticleCommand, so that it can be undone.
    void setArticleInfo(int article, const ArticleInfo &info);

    // The days and articles the map shows (the timeline, the articles dock). A view, not an
    // edit: setting it emits viewFilterChanged, not changed.
    const ViewFilter &viewFilter() const { return m_viewFilter; }
    void setViewFilter(const ViewFilter &filter);
    // Every point moved to a grid `km` wide, for a sensitive snapshot (Coarsening.h).
    void coarsen(int km);
    // Whether the map shows a merged event: one of its reports is in a shown article, and its
    // days meet the range.
    bool isShown(const MergedEvent &event) const;

    const std::vector<int> &mentionsOfPlace(int place) const;
    const std::vector<int> &mentionsInSentence(SentenceRef sentence) const;
    SentenceRef sentenceOfMention(int mention) const;

Q_SIGNALS:
    void changed();
    // The days or articles shown changed, nothing in the document did: its merged events and
    // control zones stand, and only what is shown of them is drawn and listed anew.
    void viewFilterChanged();
    void placeEdited(const QString &placeId); // moved or put back, by the analyst or an undo
    // A name now reads as another place (a choice, or its undo): what followed one follows the
    // other.
    void nameMoved(const QString &fromPlaceId, const QString &toPlaceId);
    // The analyst chose the place for these names, or took that back (for their gazetteer).
    void nameChosen(const QString &placeId, const QStringList &names, bool chosen);

private:
    GeoparseResult &detachedGeoparse();
    EventsResult &detachedEvents();
    void applyAnalystPlacements();
    // The decisions on names, then the placements, on results that may not show them yet;
    // `fresh`: every article was just read again.
    void applyAnalystEdits(bool fresh);
    void mentionsEdited(); // the mentions index is stale
    void applyEventCorrections(const QHash<QString, EventCorrection> &corrections);
    // Indexes the mentions not indexed yet, when first asked (headless commands never ask).
    void indexMentions() const;
    void forgetMentionIndex();

    std::vector<Article> m_articles;
    std::shared_ptr<GeoparseResult> m_geoparse;
    std::shared_ptr<EventsResult> m_events;
    QHash<QString, PlaceLocation> m_analystPlacements; // by place id, re-applied after a read
    NameDecisions m_nameDecisions;                     // re-applied after a read
    int m_mentionEdits = 0;
    QHash<QString, EventCorrection> m_eventCorrections; // by event id, re-applied after a read
    mutable std::vector<std::vector<int>> m_mentionsByPlace;
    mutable QHash<qint64, std::vector<int>> m_mentionsBySentence; // key: article << 32 | sentence
    mutable std::size_t m_mentionsIndexed = 0; // results only grow: the rest is indexed on demand
    int m_readings = 0;
    QSet<QString> m_keptApart; // event ids the analyst split off
    ViewFilter m_viewFilter;
    mutable std::vector<MergedEvent> m_mergedEvents;
    mutable bool m_mergedEventsValid = false;
    QUndoStack m_undoStack;
};

} // namespace frontline
