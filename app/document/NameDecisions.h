#pragma once

#include "events/EventsResult.h"
#include "geoparse/GeoparseResult.h"
#include "text/Article.h"

#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace frontline {

// A name of one article as the analyst points at it: the article, and the place a reading
// resolved the name to. Ids, never positions: it means the same after a new reading.
struct NameInArticle
{
    QString articleId;
    QString placeId;
    bool operator==(const NameInArticle &) const = default;
};

// The analyst's word on names of articles, kept through every reading: "Use this one" (the
// mentions of a place in an article name another reading of it, and so do the events and
// control claims read there) and "Not a place" (the mentions go, and with them the events'
// place, the control claims and the arrows read there). Decisions are applied in the order
// made, to every new reading, and each keeps what it set aside so that taking it back puts
// exactly that back.
class NameDecisions
{
public:
    using Articles = std::vector<Article>;

    bool isEmpty() const { return m_decisions.empty(); }
    // `chosen` the reading to use (with the place's candidates), or none: not a place. Replaces
    // an earlier decision on the same name. Returns the mentions' texts it applied to.
    QStringList decide(const NameInArticle &name, std::optional<Place> chosen,
                       const Articles &articles, GeoparseResult &geoparse, EventsResult &events);
    // Takes a decision back and restores what it changed. Returns it (none if there was none).
    struct Taken
    {
        std::optional<Place> chosen;
        QStringList names;
    };
    std::optional<Taken> forget(const NameInArticle &name, const Articles &articles,
                                GeoparseResult &geoparse, EventsResult &events);
    // Applies every decision again to results that may not show them (new articles, a batch
    // analysed from an older copy); `fresh`: a new reading of every article, whose mentions
    // nothing was set aside from yet.
    void applyAll(const Articles &articles, GeoparseResult &geoparse, EventsResult &events,
                  bool fresh);
    // Whether any decision would change these results (so a shared copy need not be detached).
    bool appliesTo(const Articles &articles, const GeoparseResult &geoparse) const;

private:
    struct SetAside
    {
        std::vector<Mention> mentions;                      // Not a place
        QHash<QString, std::pair<QString, QString>> places; // event id -> target, origin before
        std::vector<ControlClaim> claims;                   // Not a place
        std::vector<Arrow> arrows;                          // Not a place
        QSet<qint64> retargetedClaims; // Use this one: article << 32 | sentence
    };
    struct Decision
    {
        NameInArticle name;
        std::optional<Place> chosen;
        Place read;        // the place the name was read as, to return to
        QStringList names; // the mentions' texts when it was made
        SetAside setAside;
    };
    QStringList apply(Decision &decision, const Articles &articles, GeoparseResult &geoparse,
                      EventsResult &events) const;
    void applyToEvents(Decision &decision, const QSet<int> &inArticle, EventsResult &events) const;
    void putBack(Decision &decision, const Articles &articles, GeoparseResult &geoparse,
                 EventsResult &events) const;

    std::vector<Decision> m_decisions; // in the order made
};

} // namespace frontline
