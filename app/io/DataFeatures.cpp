#include "DataFeatures.h"

#include "document/Document.h"
#include "events/FactionCatalog.h"
#include "map/FactionColors.h"

#include <QSet>

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

QDate articleDate(const Document &document, int article)
{
    return article >= 0 && article < int(document.articles().size())
               ? document.articles()[article].date
               : QDate();
}

// The latest day of the articles that name a place.
QDate latestNaming(const Document &document, int place)
{
    QDate latest;
    for (int mention : document.mentionsOfPlace(place))
        latest =
            std::max(latest, articleDate(document, document.geoparse().mentions[mention].article));
    return latest;
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
        feature.key = QStringLiteral("place:") + place.id;
        feature.articleDate = latestNaming(document, p);
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
        feature.key = QStringLiteral("mention:%1:%2").arg(mention.article).arg(mention.range.start);
        feature.articleDate = articleDate(document, mention.article);
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
        feature.key = QStringLiteral("event:") + event.id;
        feature.articleDate = articleDate(document, event.article);
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
        feature.key = QStringLiteral("control:%1:%2:%3:%4")
                          .arg(claim.article)
                          .arg(claim.sentence)
                          .arg(claim.place, claim.faction);
        feature.articleDate = articleDate(document, claim.article);
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
        feature.key = QStringLiteral("arrow:") + arrow.event;
        feature.articleDate = articleDate(document, arrow.article);
        feature.values = {QStringLiteral("arrow"), arrow.faction, arrow.event,
                          arrow.originInferred ? 1 : 0, feature.description};
        out.push_back(std::move(feature));
    }
}

// Zones are drawn from every claim at once: they carry the latest article's day.
void addZones(const Document &document, const FactionCatalog &catalog,
              const std::vector<ControlZone> &zones, std::vector<DataFeature> &out)
{
    QDate latest;
    for (const Article &article : document.articles())
        latest = std::max(latest, article.date);
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const ControlZone &zone = zones[z];
        DataFeature feature;
        feature.kind = DataKind::Zone;
        feature.rings = zone.rings;
        feature.color = factionColor(catalog, zone.factions.value(0));
        feature.name = zone.factions.join(QStringLiteral(" / "));
        feature.values = {QStringLiteral("zone"), zone.factions.join(QLatin1Char(';')),
                          zone.contested ? 1 : 0, zone.approximate ? 1 : 0};
        feature.key = QStringLiteral("zone:%1").arg(z);
        feature.articleDate = latest;
        out.push_back(std::move(feature));
    }
}

// Two claims or arrows of one sentence may share their natural key: the later ones are
// numbered ("#2"), so that every key is one row's.
void makeKeysUnique(std::vector<DataFeature> &features)
{
    QSet<QString> used;
    for (DataFeature &feature : features) {
        const QString natural = feature.key;
        for (int repeat = 2; used.contains(feature.key); ++repeat)
            feature.key = natural + QStringLiteral("#%1").arg(repeat);
        used.insert(feature.key);
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
    addZones(document, catalog, zones, out);
    makeKeysUnique(out);
    return out;
}

} // namespace frontline
