#include "DocumentOverlay.h"

#include "FactionColors.h"
#include "document/Document.h"
#include "document/Selection.h"
#include "events/ControlClaims.h"
#include "events/FactionCatalog.h"
#include "geo/WebMercator.h"

#include <QHash>
#include <algorithm>

namespace frontline {
namespace {

// A region, province, sea or island the text names, labelled as the article spells it.
// Countries are the basemap's to label; an unlisted place without coordinates has no spot.
void addAreaLabel(const Document &document, int index, MapOverlay &overlay)
{
    const Place &place = document.geoparse().places[index];
    if (place.kind == PlaceKind::Country || !place.hasCoordinates())
        return;
    const std::vector<int> &mentions = document.mentionsOfPlace(index);
    MapAreaLabel area;
    area.placeId = place.id;
    area.label = document.geoparse().mentions[mentions.front()].text;
    area.world = mercator::toWorld(place.latitude, place.longitude);
    area.water = place.kind == PlaceKind::Water;
    overlay.areas.push_back(area);
}

FactionStyle styleOf(const Faction &faction, Palette palette)
{
    return palette == Palette::ColorBlindSafe ? faction.colorBlindStyle : faction.style;
}

} // namespace

QSet<QString> selectedPlaceIds(const Document &document, const Selection &selection)
{
    if (!selection.placeId().isEmpty())
        return {selection.placeId()};
    QSet<QString> ids;
    if (selection.sentence().isValid())
        for (int mention : document.mentionsInSentence(selection.sentence()))
            ids.insert(document.geoparse().places[document.geoparse().mentions[mention].place].id);
    return ids;
}

QSet<QString> selectedEventIds(const Document &document, const Selection &selection)
{
    if (selection.eventIds().isEmpty())
        return {};
    const QSet<QString> selected(selection.eventIds().begin(), selection.eventIds().end());
    const std::vector<Event> &events = document.events().events;
    QSet<QString> ids;
    for (const MergedEvent &merged : document.mergedEvents())
        if (std::any_of(merged.reports.begin(), merged.reports.end(),
                        [&](int report) { return selected.contains(events[report].id); }))
            ids.insert(events[merged.representative()].id);
    return ids;
}

MapOverlay overlayForDocument(const Document &document, const FactionCatalog &catalog,
                              const std::vector<ControlZone> &zones, Palette palette)
{
    MapOverlay overlay;
    overlay.shownFrom = document.viewFilter().from;
    overlay.shownTo = document.viewFilter().to;
    QStringList legendIds;
    const auto colorOf = [&](const QString &factionId) {
        const Faction *faction = catalog.find(factionId);
        if (!faction)
            return QColor(Qt::darkGray);
        if (!legendIds.contains(factionId)) {
            legendIds << factionId;
            const FactionStyle style = styleOf(*faction, palette);
            overlay.legend.push_back({faction->name, toQColor(style.color), style.pattern});
        }
        return toQColor(styleOf(*faction, palette).color);
    };

    for (const ControlZone &zone : zones) {
        MapZone mapZone;
        mapZone.contested = zone.contested;
        mapZone.approximate = zone.approximate;
        for (const QString &faction : zone.factions)
            mapZone.colors.push_back(colorOf(faction));
        if (const Faction *first = catalog.find(zone.factions.value(0)))
            mapZone.pattern = styleOf(*first, palette).pattern;
        for (const auto &ring : zone.rings) {
            std::vector<QPointF> world;
            for (const QPointF &lonLat : ring) {
                world.push_back(mercator::toWorld(lonLat.y(), lonLat.x()));
                mapZone.bounds =
                    mapZone.bounds.isNull()
                        ? QRectF(world.back(), QSizeF(1e-12, 1e-12))
                        : mapZone.bounds.united(QRectF(world.back(), QSizeF(1e-12, 1e-12)));
            }
            mapZone.rings.push_back(std::move(world));
        }
        overlay.zones.push_back(std::move(mapZone));
    }

    const EventsResult &events = document.events();
    QHash<QString, const Event *> eventsById;
    if (!events.arrows.empty())
        for (const Event &event : events.events)
            eventsById.insert(event.id, &event);
    const ViewFilter &filter = document.viewFilter();
    for (const Arrow &arrow : events.arrows) {
        if (arrow.path.size() < 2 || !filter.showsArticle(arrow.article))
            continue;
        const Event *event = eventsById.value(arrow.event);
        if (event && !filter.showsTime(event->time, document.articles()[arrow.article].date))
            continue;
        MapArrow mapArrow;
        mapArrow.tail =
            mercator::toWorld(arrow.path.front().latitude(), arrow.path.front().longitude());
        mapArrow.head =
            mercator::toWorld(arrow.path.back().latitude(), arrow.path.back().longitude());
        mapArrow.color = colorOf(arrow.faction);
        mapArrow.dashed = arrow.originInferred;
        if (event) {
            mapArrow.dashed = mapArrow.dashed || event->status == EventStatus::Planned;
            if (event->time.isResolved())
                mapArrow.label = event->time.start.toString(QStringLiteral("d MMM yyyy"));
        }
        overlay.arrows.push_back(mapArrow);
    }

    // Events at their place, coloured by their first actor: one marker per real event, however
    // many articles report it.
    for (const MergedEvent &merged : document.mergedEvents()) {
        if (!document.isShown(merged))
            continue;
        const Event &event = events.events[merged.representative()];
        // A country or a province has no spot to pin an event to: its arrows and zones tell.
        const int target = document.geoparse().findPlace(event.target);
        if (target < 0 || !document.geoparse().places[target].isPoint())
            continue;
        const Place &place = document.geoparse().places[target];
        MapEventMarker marker;
        marker.world = mercator::toWorld(place.latitude, place.longitude);
        marker.type = event.type;
        marker.color =
            event.actors.isEmpty() ? QColor(0x60, 0x60, 0x60) : colorOf(event.actors.front());
        marker.eventId = event.id;
        marker.placeId = place.id;
        marker.article = event.article;
        marker.sentence = event.sentence;
        QStringList actorNames;
        for (const QString &actor : event.actors) {
            const Faction *faction = catalog.find(actor);
            actorNames << (faction ? faction->name : actor);
        }
        marker.description = eventTypeName(event.type);
        marker.description[0] = marker.description[0].toUpper();
        if (!actorNames.isEmpty())
            marker.description += QStringLiteral(" by ") + actorNames.join(QStringLiteral(", "));
        marker.description += (event.type == EventType::Offensive ? QStringLiteral(" toward ")
                                                                  : QStringLiteral(" at ")) +
                              place.name;
        if (event.time.isResolved())
            marker.description +=
                QStringLiteral(", ") + event.time.start.toString(QStringLiteral("d MMM yyyy"));
        if (event.status != EventStatus::Reported)
            marker.description += QStringLiteral(" (%1)").arg(eventStatusName(event.status));
        if (merged.reports.size() > 1)
            marker.description += QStringLiteral(", %1 reports").arg(merged.reports.size());
        overlay.events.push_back(marker);
    }

    QHash<QString, QString> holder; // place -> faction holding it alone
    for (const PlaceControl &state : currentControl(events.control))
        if (state.status != ControlStatus::Contested && !state.factions.isEmpty())
            holder.insert(state.place, state.factions.front());

    const auto &places = document.geoparse().places;
    for (int i = 0; i < int(places.size()); ++i) {
        const Place &place = places[i];
        // No mention names it any more: the analyst said it is not a place, or chose another.
        if (document.mentionsOfPlace(i).empty())
            continue;
        if (!place.isPoint()) {
            addAreaLabel(document, i, overlay);
            continue;
        }
        // Labelled as the article spells it: that is the name the analyst is reading.
        const std::vector<int> &mentions = document.mentionsOfPlace(i);
        if (!filter.hiddenArticles.isEmpty() &&
            std::none_of(mentions.begin(), mentions.end(), [&](int m) {
                return filter.showsArticle(document.geoparse().mentions[m].article);
            }))
            continue;
        MapMarker marker;
        marker.placeId = place.id;
        marker.label = document.geoparse().mentions[mentions.front()].text;
        marker.mentions = int(mentions.size());
        marker.world = mercator::toWorld(place.latitude, place.longitude);
        if (holder.contains(place.id))
            marker.color = colorOf(holder.value(place.id));
        overlay.markers.push_back(marker);
    }
    return overlay;
}

} // namespace frontline
