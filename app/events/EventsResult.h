#pragma once

#include "geo/GeoRings.h"
#include "text/Article.h"

#include <QDate>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace frontline {

// DESIGN.md's event types; ACLED's map onto them.
enum class EventType
{
    Offensive,
    Capture,
    Control,
    Clash,
    Airstrike,
    Shelling,
    Explosion,
    Attack,
    Arrest,
    Protest,
    Riot,
    Withdrawal,
    Patrol,
    Other
};
QString eventTypeName(EventType type);
// The name as a list or a table shows it: "Airstrike".
QString eventTypeTitle(EventType type);

enum class EventStatus
{
    Reported,
    Planned,
    Claimed,
    Denied
};
QString eventStatusName(EventStatus status);

// A time expression of the text, resolved against the article's date where it can be.
struct TimeSpan
{
    QDate start, end; // null when unresolved: never invented
    QString text;     // the words it came from ("on Tuesday", "in mid-2014")
    TextRange range;
    bool isResolved() const { return start.isValid(); }
};

// A count of people as the text gives it: "at least 12" is min 12 and no max; "dozens" keeps
// only its words. Absent (empty text) when the text gives none; never invented.
struct Casualties
{
    std::optional<qint64> min, max;
    QString text; // the words it came from ("at least 12 people")
    bool isEmpty() const { return text.isEmpty(); }
};

struct Event
{
    QString id;
    EventType type = EventType::Other;
    TextRange trigger; // the verb or noun it came from
    QString triggerText;
    QString subtype;        // ACLED's sub-event type in ACLED's words, where one fits
    QStringList actors;     // faction ids
    QStringList actorNames; // as the text names them ("New Syrian Army", "gunmen")
    Casualties fatalities, injured;
    QString claimant;  // who says so, when the text attributes it
    QString target;    // place id or empty
    QString origin;    // place id or empty
    QString direction; // "northeast", ...
    EventStatus status = EventStatus::Reported;
    TimeSpan time;
    int geoPrecision = 1; // ACLED: 1 the place itself, 2 near it or part of a region, 3 a region
    int article = 0;
    int sentence = 0;
    double confidence = 0;
    bool setByAnalyst = false; // corrected by the analyst (EditEventCommand), and when
    QDateTime setByAnalystAt;
};

enum class ControlStatus
{
    Held,
    Captured,
    Contested,
    Lost
};
QString controlStatusName(ControlStatus status);

struct ControlClaim
{
    QString place;           // place id, or empty when the claim is about an area
    GeoRings area;           // the area in longitude/latitude when the text names one
    QString areaDescription; // "west of Anbar"
    QString faction;
    ControlStatus status = ControlStatus::Held;
    TimeSpan asOf;
    QString claimant;
    int article = 0;
    int sentence = 0;
    double confidence = 0;
};

// An offensive drawn on the map: from its origin to its objective.
struct Arrow
{
    QString faction;
    QString event;                    // the event's id
    std::vector<QGeoCoordinate> path; // from tail to head
    bool originInferred = false;
    int article = 0;
    int sentence = 0;
};

struct EventsResult
{
    std::vector<Event> events;
    std::vector<ControlClaim> control;
    std::vector<Arrow> arrows;
    QStringList factions; // ids of the factions that appear
};

} // namespace frontline
