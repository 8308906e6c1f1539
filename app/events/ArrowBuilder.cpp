#include "ArrowBuilder.h"

#include "ControlClaims.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/NameKey.h"

#include <GeographicLib/Geodesic.hpp>

#include <QHash>

#include <cstring>

namespace frontline {
namespace {

constexpr double kSideLengthMetres = 40000;     // the tail of an arrow from "the Iraqi side"
constexpr double kMaxHomeDistanceMetres = 300000; // further homes give a direction, not a tail
constexpr double kDefaultBearing = 225;         // from the south-west, when nothing else says

std::optional<QGeoCoordinate> homeOf(const Faction &faction, const Gazetteer &gazetteer)
{
    if (faction.homePlace.isEmpty())
        return std::nullopt;
    const Gazetteer::Place *best = nullptr;
    for (const Gazetteer::Key &key : gazetteer.find(nameKey(faction.homePlace)))
        if (!best || gazetteer.place(key.place).population > best->population)
            best = &gazetteer.place(key.place);
    if (!best)
        return std::nullopt;
    return QGeoCoordinate(best->latitude, best->longitude);
}

QGeoCoordinate along(const QGeoCoordinate &from, double bearing, double metres)
{
    double lat = 0, lon = 0;
    GeographicLib::Geodesic::WGS84().Direct(from.latitude(), from.longitude(), bearing, metres, lat, lon);
    return QGeoCoordinate(lat, lon);
}

double bearingAndDistance(const QGeoCoordinate &from, const QGeoCoordinate &to, double *metres)
{
    double s12 = 0, azi1 = 0, azi2 = 0;
    GeographicLib::Geodesic::WGS84().Inverse(from.latitude(), from.longitude(), to.latitude(), to.longitude(),
                                             s12, azi1, azi2);
    *metres = s12;
    return azi1;
}

} // namespace

void addArrows(const std::vector<SentenceEvent> &events, const GeoparseResult &places,
               const std::vector<ControlClaim> &claims, const FactionCatalog &catalog,
               const Gazetteer &gazetteer, HomeTailCache &homeTails, EventsResult &result)
{
    QHash<QString, int> arrowOf; // "faction|target" -> index in result.arrows

    for (const SentenceEvent &e : events) {
        const Event &event = e.event;
        if (event.type != EventType::Offensive || e.target < 0 || event.actors.isEmpty() ||
            event.status == EventStatus::Denied || !places.places[e.target].isPoint())
            continue;
        const Faction *faction = catalog.find(event.actors.front());
        if (!faction)
            continue;
        const QString key = faction->id + QLatin1Char('|') + places.places[e.target].id;
        const Place &target = places.places[e.target];
        const QGeoCoordinate head(target.latitude, target.longitude);
        const auto existing = arrowOf.constFind(key);
        if (existing != arrowOf.cend() && (!result.arrows[*existing].originInferred || e.origin < 0))
            continue; // one arrow an offensive; an origin read from the text replaces a guess

        Arrow arrow;
        arrow.faction = faction->id;
        arrow.event = event.id;
        arrow.article = event.article;
        arrow.sentence = event.sentence;
        std::optional<QGeoCoordinate> tail;
        if (e.origin >= 0 && e.origin != e.target) {
            tail = QGeoCoordinate(places.places[e.origin].latitude, places.places[e.origin].longitude);
        } else {
            arrow.originInferred = true;
            const auto known = homeTails.find(key);
            const std::optional<QGeoCoordinate> home =
                known == homeTails.end() ? homeOf(*faction, gazetteer) : std::nullopt;
            double metres = 0;
            if (known != homeTails.end()) {
                tail = known->second;
            } else if (home && !faction->government.isEmpty() && target.countryCode != faction->government) {
                // From the faction's own side of the border.
                tail = along(head, bearingAndDistance(head, *home, &metres), kSideLengthMetres);
                homeTails.emplace(key, *tail);
            } else if (home) {
                const double bearing = bearingAndDistance(head, *home, &metres);
                tail = metres <= kMaxHomeDistanceMetres ? *home : along(head, bearing, kSideLengthMetres);
                homeTails.emplace(key, *tail);
            } else {
                // The nearest place the faction holds, else a fixed bearing.
                double nearest = INFINITY;
                for (const QString &heldPlace : placesHeldBy(claims, faction->id)) {
                    const int index = places.findPlace(heldPlace);
                    if (index < 0 || index == e.target)
                        continue;
                    const QGeoCoordinate held(places.places[index].latitude, places.places[index].longitude);
                    bearingAndDistance(head, held, &metres);
                    if (metres < nearest) {
                        nearest = metres;
                        tail = held;
                    }
                }
                if (!tail)
                    tail = along(head, kDefaultBearing, kSideLengthMetres);
            }
        }
        arrow.path = {*tail, head};
        if (existing != arrowOf.cend())
            result.arrows[*existing] = arrow;
        else {
            arrowOf.insert(key, int(result.arrows.size()));
            result.arrows.push_back(arrow);
        }
    }
}

} // namespace frontline
