#include "DataFeatures.h"

#include "document/Document.h"
#include "events/FactionCatalog.h"
#include "map/FactionColors.h"

namespace frontline {
namespace {

using T = QMetaType;

QColor factionColor(const FactionCatalog &catalog, const QString &factionId)
{
    constexpr QRgb kNoFaction = 0x606060;
    const Faction *faction = catalog.find(factionId);
    return faction ? toQColor(faction->style.color) : QColor(kNoFaction);
}

QString sentenceOf(const Document &document, int article, int sentence)
{
    if (article < 0 || article >= int(document.articles().size()))
        return {};
    const Article &a = document.articles()[article];
    return sentence >= 0 && sentence < int(a.sentences.size())
               ? a.slice(a.sentences[sentence]).simplified()
               : QString();
}

QGeoCoordinate pointOf(const Place &place)
{
    return place.hasCoordinates() ? QGeoCoordinate(place.latitude, place.longitude)
                                  : QGeoCoordinate();
}

void addPlaces(const Document &document, std::vector<DataFeature> &out)
{
    const GeoparseResult &result = document.geoparse();
    for (int p = 0; p < int(result.places.size()); ++p) {
        const Place &place = result.places[p];
        DataFeature feature;
        feature.kind = DataKind::Place;
        feature.points = {pointOf(place)};
        feature.name = place.name;
        feature.values = {QStringLiteral("place"),
                          place.id,
                          place.name,
                          placeKindName(place.kind),
                          place.countryCode,
                          place.admin1,
                          place.confidence,
                          int(document.mentionsOfPlace(p).size()),
                          place.setByAnalyst ? QStringLiteral("analyst")
                                             : QStringLiteral("gazetteer")};
        out.push_back(std::move(feature));
    }
    for (const Mention &mention : result.mentions) {
        const Place &place = result.places[mention.place];
        DataFeature feature;
        feature.kind = DataKind::Mention;
        feature.points = {pointOf(place)};
        feature.name = mention.text;
        feature.description = sentenceOf(document, mention.article, mention.sentence);
        feature.values = {QStringLiteral("mention"), place.id,         mention.text,
                          mention.article,           mention.sentence, feature.description};
        out.push_back(std::move(feature));
    }
}

void addEvents(const Document &document, const FactionCatalog &catalog,
               std::vector<DataFeature> &out)
{
    const EventsResult &events = document.events();
    for (const MergedEvent &merged : document.mergedEvents()) {
        const Event &event = events.events[merged.representative()];
        const int target = document.geoparse().findPlace(event.target);
        DataFeature feature;
        feature.kind = DataKind::Event;
        if (target >= 0)
            feature.points = {pointOf(document.geoparse().places[target])};
        feature.color = factionColor(catalog, event.actors.value(0));
        feature.begin =
            event.time.start.isValid() ? event.time.start : document.articles()[event.article].date;
        feature.end = event.time.end.isValid() ? event.time.end : feature.begin;
        feature.name = eventTypeName(event.type);
        feature.description = sentenceOf(document, event.article, event.sentence);
        feature.values = {QStringLiteral("event"),
                          event.id,
                          eventTypeName(event.type),
                          event.subtype,
                          event.actorNames.join(QStringLiteral("; ")),
                          event.fatalities.min ? QVariant(qlonglong(*event.fatalities.min))
                                               : QVariant(),
                          eventStatusName(event.status),
                          event.confidence,
                          int(merged.reports.size()),
                          feature.description};
        out.push_back(std::move(feature));
    }
}

void addControlAndArrows(const Document &document, const FactionCatalog &catalog,
                         std::vector<DataFeature> &out)
{
    const EventsResult &events = document.events();
    for (const ControlClaim &claim : events.control) {
        const int place = document.geoparse().findPlace(claim.place);
        DataFeature feature;
        feature.kind = DataKind::Control;
        if (place >= 0)
            feature.points = {pointOf(document.geoparse().places[place])};
        feature.color = factionColor(catalog, claim.faction);
        feature.begin = feature.end = claim.asOf.start;
        feature.name = claim.faction;
        feature.description = sentenceOf(document, claim.article, claim.sentence);
        feature.values = {QStringLiteral("control"), claim.place, claim.faction,
                          controlStatusName(claim.status), feature.description};
        out.push_back(std::move(feature));
    }
    for (const Arrow &arrow : events.arrows) {
        DataFeature feature;
        feature.kind = DataKind::Arrow;
        feature.points = arrow.path;
        feature.color = factionColor(catalog, arrow.faction);
        feature.name = arrow.faction;
        feature.description = sentenceOf(document, arrow.article, arrow.sentence);
        feature.values = {QStringLiteral("arrow"), arrow.faction, arrow.event,
                          arrow.originInferred ? 1 : 0, feature.description};
        out.push_back(std::move(feature));
    }
}

} // namespace

const char *dataKindName(DataKind kind)
{
    static const char *const kNames[] = {"place", "mention", "event", "control", "zone", "arrow"};
    return kNames[int(kind)];
}

const char *dataLayerName(DataKind kind)
{
    static const char *const kNames[] = {"places",         "mentions", "events",
                                         "control_claims", "zones",    "arrows"};
    return kNames[int(kind)];
}

const std::vector<DataField> &dataFields(DataKind kind)
{
    static const std::vector<DataField> kFields[] = {{{"layer", T::QString},
                                                      {"id", T::QString},
                                                      {"name", T::QString},
                                                      {"kind", T::QString},
                                                      {"country", T::QString},
                                                      {"admin1", T::QString},
                                                      {"confidence", T::Double},
                                                      {"mentions", T::Int},
                                                      {"origin", T::QString}},
                                                     {{"layer", T::QString},
                                                      {"place", T::QString},
                                                      {"text", T::QString},
                                                      {"article", T::Int},
                                                      {"sentence", T::Int},
                                                      {"description", T::QString}},
                                                     {{"layer", T::QString},
                                                      {"id", T::QString},
                                                      {"event_type", T::QString},
                                                      {"sub_event_type", T::QString},
                                                      {"actors", T::QString},
                                                      {"fatalities", T::Int},
                                                      {"status", T::QString},
                                                      {"confidence", T::Double},
                                                      {"sources", T::Int},
                                                      {"description", T::QString}},
                                                     {{"layer", T::QString},
                                                      {"place", T::QString},
                                                      {"faction", T::QString},
                                                      {"status", T::QString},
                                                      {"description", T::QString}},
                                                     {{"layer", T::QString},
                                                      {"factions", T::QString},
                                                      {"contested", T::Int},
                                                      {"approximate", T::Int}},
                                                     {{"layer", T::QString},
                                                      {"faction", T::QString},
                                                      {"event", T::QString},
                                                      {"origin_inferred", T::Int},
                                                      {"description", T::QString}}};
    return kFields[int(kind)];
}

std::vector<DataFeature> dataFeatures(const Document &document, const FactionCatalog &catalog,
                                      const std::vector<ControlZone> &zones)
{
    std::vector<DataFeature> out;
    addPlaces(document, out);
    addEvents(document, catalog, out);
    addControlAndArrows(document, catalog, out);
    for (const ControlZone &zone : zones) {
        DataFeature feature;
        feature.kind = DataKind::Zone;
        feature.rings = zone.rings;
        feature.color = factionColor(catalog, zone.factions.value(0));
        feature.name = zone.factions.join(QStringLiteral(" / "));
        feature.values = {QStringLiteral("zone"), zone.factions.join(QLatin1Char(';')),
                          zone.contested ? 1 : 0, zone.approximate ? 1 : 0};
        out.push_back(std::move(feature));
    }
    return out;
}

} // namespace frontline
