#include "ControlClaims.h"

#include "gazetteer/Gazetteer.h"
#include "geo/RegionPart.h"

#include <QHash>
#include <QSet>

#include <cstring>
#include <limits>

namespace frontline {
namespace {

// The places of the gazetteer inside a first-level division, as (longitude, latitude).
std::vector<QPointF> placesOfDivision(const Gazetteer &gazetteer, const Place &division)
{
    std::vector<QPointF> points;
    const QByteArray name = division.admin1.toUtf8();
    const QByteArray country = division.countryCode.toLatin1();
    for (const Gazetteer::Place &p : gazetteer.places())
        if (p.kind == gazetteer_format::Kind::PopulatedPlace && std::memcmp(p.countryCode, country.constData(), 2) == 0 &&
            name == gazetteer.text(p.admin1Name))
            points.emplace_back(p.longitude, p.latitude);
    return points;
}

} // namespace

void addControlClaims(const std::vector<SentenceEvent> &events, const GeoparseResult &places,
                      const Gazetteer &gazetteer, RegionPartCache &regionParts, EventsResult &result)
{
    for (const SentenceEvent &e : events) {
        const Event &event = e.event;
        if (event.status == EventStatus::Planned || event.status == EventStatus::Denied ||
            event.actors.isEmpty() || e.target < 0)
            continue;
        ControlClaim claim;
        switch (event.type) {
        case EventType::Control: claim.status = ControlStatus::Held; break;
        case EventType::Capture: claim.status = ControlStatus::Captured; break;
        case EventType::Withdrawal: claim.status = ControlStatus::Lost; break;
        case EventType::Offensive:
            if (!e.into)
                continue;
            claim.status = ControlStatus::Contested;
            break;
        default: continue;
        }
        const Place &place = places.places[e.target];
        if (place.kind == PlaceKind::Country)
            continue; // "territory across Syria and Iraq": too broad to be a claim on the map
        if (!e.areaDirection.isEmpty() && place.kind == PlaceKind::Admin1) {
            const QString key = place.id + QLatin1Char('|') + e.areaDirection;
            auto cached = regionParts.find(key);
            if (cached == regionParts.end())
                cached = regionParts.emplace(key, approximateRegionPart(placesOfDivision(gazetteer, place), e.areaDirection)).first;
            claim.area = cached->second;
            claim.areaDescription = QStringLiteral("%1 of %2").arg(e.areaDirection, place.name);
        }
        if (claim.area.empty())
            claim.place = place.id;
        claim.faction = event.actors.front();
        claim.asOf = event.time;
        claim.claimant = event.claimant;
        claim.article = event.article;
        claim.sentence = event.sentence;
        claim.confidence = event.confidence * (claim.area.empty() ? 1.0 : 0.7);
        result.control.push_back(claim);
    }
}

std::vector<PlaceControl> currentControl(const std::vector<ControlClaim> &claims)
{
    QHash<QString, std::vector<const ControlClaim *>> byPlace;
    QStringList places; // in the order the claims first name them: QHash's order changes per run
    for (const ControlClaim &claim : claims)
        if (!claim.place.isEmpty()) {
            if (!byPlace.contains(claim.place))
                places << claim.place;
            byPlace[claim.place].push_back(&claim);
        }
    std::vector<PlaceControl> control;
    for (const QString &place : places) {
        // Latest first; an undated claim is older than any dated one.
        std::vector<const ControlClaim *> ordered = byPlace.value(place);
        const auto day = [](const ControlClaim *c) {
            return c->asOf.end.isValid() ? c->asOf.end.toJulianDay() : std::numeric_limits<qint64>::min();
        };
        std::stable_sort(ordered.begin(), ordered.end(),
                         [&](const ControlClaim *a, const ControlClaim *b) { return day(a) > day(b); });
        PlaceControl state;
        state.place = place;
        bool contested = false;
        for (const ControlClaim *claim : ordered) {
            if (claim->status == ControlStatus::Lost)
                continue;
            if (!state.factions.contains(claim->faction))
                state.factions << claim->faction;
            contested = contested || claim->status == ControlStatus::Contested;
            if (claim->asOf.isResolved() && !contested && state.factions.size() == 1)
                break; // a dated claim settles it: older ones are history
        }
        if (contested || state.factions.size() > 1) {
            state.status = ControlStatus::Contested; // entered by one while another holds it
            while (state.factions.size() > 2)
                state.factions.removeLast();
        }
        if (!state.factions.isEmpty())
            control.push_back(state);
    }
    return control;
}

std::vector<QString> placesHeldBy(const std::vector<ControlClaim> &claims, const QString &faction)
{
    QSet<QString> places;
    for (const ControlClaim &claim : claims)
        if (claim.faction == faction && !claim.place.isEmpty())
            places.insert(claim.place);
    std::vector<ControlClaim> relevant;
    for (const ControlClaim &claim : claims)
        if (places.contains(claim.place))
            relevant.push_back(claim);
    std::vector<QString> held;
    for (const PlaceControl &state : currentControl(relevant))
        if (state.factions.contains(faction))
            held.push_back(state.place);
    return held;
}

} // namespace frontline
