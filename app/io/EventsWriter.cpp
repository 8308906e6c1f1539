#include "EventsWriter.h"

#include "CsvField.h"
#include "JsonWriter.h"
#include "events/FactionCatalog.h"
#include "events/Findings.h"

namespace frontline {
namespace {

void writeOptionalString(JsonWriter &json, const char *name, const QString &value)
{
    json.key(name);
    if (value.isEmpty())
        json.null();
    else
        json.value(value);
}

void writeDate(JsonWriter &json, const char *name, const QDate &date)
{
    json.key(name).value(date);
}

void writeRings(JsonWriter &json, const GeoRings &rings)
{
    json.beginObject();
    json.key("type").value("Polygon");
    json.key("coordinates").beginArray();
    for (const auto &ring : rings) {
        json.beginArray();
        for (const QPointF &p : ring) {
            json.beginArray();
            json.value(p.x());
            json.value(p.y());
            json.endArray();
        }
        json.endArray();
    }
    json.endArray();
    json.endObject();
}

// {"min","max","text"}, or null when the text gives no count.
void writeCasualties(JsonWriter &json, const char *name, const Casualties &count)
{
    json.key(name);
    if (count.isEmpty()) {
        json.null();
        return;
    }
    json.beginObject();
    json.key("min");
    if (count.min)
        json.value(static_cast<long long>(*count.min));
    else
        json.null();
    json.key("max");
    if (count.max)
        json.value(static_cast<long long>(*count.max));
    else
        json.null();
    json.key("text").value(count.text);
    json.endObject();
}

void writeEventFields(JsonWriter &json, const Findings &findings, const Event &event)
{
    const Article &article = findings.article(event.article);
    json.key("id").value(event.id);
    json.key("type").value(eventTypeName(event.type));
    writeOptionalString(json, "subtype", event.subtype);
    json.key("trigger").beginObject();
    json.key("start").value(article.toCodePoint(event.trigger.start));
    json.key("end").value(article.toCodePoint(event.trigger.end));
    json.key("text").value(event.triggerText);
    json.endObject();
    json.key("actors").beginArray();
    for (const QString &actor : event.actors)
        json.value(actor);
    json.endArray();
    json.key("actor_names").beginArray();
    for (const QString &name : event.actorNames)
        json.value(name);
    json.endArray();
    writeCasualties(json, "fatalities", event.fatalities);
    writeCasualties(json, "injured", event.injured);
    writeOptionalString(json, "claimant", event.claimant);
    writeOptionalString(json, "target", event.target);
    writeOptionalString(json, "origin", event.origin);
    writeOptionalString(json, "direction", event.direction);
    json.key("status").value(eventStatusName(event.status));
    json.key("time").beginObject();
    writeDate(json, "start", event.time.start);
    writeDate(json, "end", event.time.end);
    writeOptionalString(json, "text", event.time.text);
    json.endObject();
    json.key("geo_precision").value(event.geoPrecision);
    json.key("article").value(event.article);
    json.key("sentence").value(event.sentence);
    json.key("confidence").value(event.confidence);
}

void writeClaimFields(JsonWriter &json, const ControlClaim &claim)
{
    writeOptionalString(json, "place", claim.place);
    json.key("area");
    if (claim.area.empty())
        json.null();
    else
        writeRings(json, claim.area);
    writeOptionalString(json, "area_description", claim.areaDescription);
    json.key("faction").value(claim.faction);
    json.key("status").value(controlStatusName(claim.status));
    writeDate(json, "as_of", claim.asOf.end);
    writeOptionalString(json, "as_of_text", claim.asOf.text);
    writeOptionalString(json, "claimant", claim.claimant);
    json.key("article").value(claim.article);
    json.key("sentence").value(claim.sentence);
    json.key("confidence").value(claim.confidence);
}

void writeArrowFields(JsonWriter &json, const Arrow &arrow)
{
    json.key("faction").value(arrow.faction);
    json.key("event").value(arrow.event);
    json.key("origin_inferred").value(arrow.originInferred);
    json.key("article").value(arrow.article);
    json.key("sentence").value(arrow.sentence);
}

QByteArray eventsJson(const Findings &findings, const FactionCatalog &catalog)
{
    const EventsResult &events = findings.events;
    JsonWriter json;
    json.beginObject();
    writeGeoparseMembers(json, findings);
    json.key("factions").beginArray();
    for (const QString &id : events.factions)
        if (const Faction *faction = catalog.find(id)) {
            json.beginObject();
            json.key("id").value(faction->id);
            json.key("name").value(faction->name);
            json.key("aliases").beginArray();
            for (const QString &alias : faction->aliases)
                json.value(alias);
            json.endArray();
            json.key("color").value(faction->style.color.name());
            json.key("theatre").value(faction->theatre);
            json.endObject();
        }
    json.endArray();
    json.key("events").beginArray();
    for (const Event &event : events.events) {
        json.beginObject();
        writeEventFields(json, findings, event);
        json.endObject();
    }
    json.endArray();
    json.key("control").beginArray();
    for (const ControlClaim &claim : events.control) {
        json.beginObject();
        writeClaimFields(json, claim);
        json.endObject();
    }
    json.endArray();
    json.key("arrows").beginArray();
    for (const Arrow &arrow : events.arrows) {
        json.beginObject();
        writeArrowFields(json, arrow);
        json.key("path").beginArray(); // [lat, lon] from tail to head
        for (const QGeoCoordinate &c : arrow.path) {
            json.beginArray();
            json.value(c.latitude());
            json.value(c.longitude());
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

// A place's point, or a null geometry for one the analyst has yet to place (RFC 7946, 3.2).
void writePoint(JsonWriter &json, const Place &place)
{
    if (!place.hasCoordinates()) {
        json.null();
        return;
    }
    json.beginObject();
    json.key("type").value("Point");
    json.key("coordinates").beginArray();
    json.value(place.longitude);
    json.value(place.latitude);
    json.endArray();
    json.endObject();
}

// A GeoJSON Feature: `geometry` writes its geometry, `fields` its properties after "feature",
// the kind of thing it is.
template <typename Geometry, typename Fields>
void writeFeature(JsonWriter &json, const char *kind, const Geometry &geometry,
                  const Fields &fields)
{
    json.beginObject();
    json.key("type").value("Feature");
    json.key("geometry");
    geometry();
    json.key("properties").beginObject();
    json.key("feature").value(kind);
    fields();
    json.endObject();
    json.endObject();
}

void writeEventFeature(JsonWriter &json, const Findings &findings, const Event &event)
{
    const GeoparseResult &geoparse = findings.geoparse;
    const int target = event.target.isEmpty() ? -1 : geoparse.findPlace(event.target);
    writeFeature(
        json, "event",
        [&] {
            if (target >= 0)
                writePoint(json, geoparse.places[target]);
            else
                json.null();
        },
        [&] { writeEventFields(json, findings, event); });
}

void writeClaimFeature(JsonWriter &json, const GeoparseResult &geoparse, const ControlClaim &claim)
{
    const int place = claim.place.isEmpty() ? -1 : geoparse.findPlace(claim.place);
    writeFeature(
        json, "control",
        [&] {
            if (!claim.area.empty())
                writeRings(json, claim.area);
            else if (place >= 0)
                writePoint(json, geoparse.places[place]);
            else
                json.null();
        },
        [&] { writeClaimFields(json, claim); });
}

void writeArrowFeature(JsonWriter &json, const Arrow &arrow)
{
    const auto line = [&] {
        json.beginObject();
        json.key("type").value("LineString");
        json.key("coordinates").beginArray();
        for (const QGeoCoordinate &c : arrow.path) {
            json.beginArray();
            json.value(c.longitude());
            json.value(c.latitude());
            json.endArray();
        }
        json.endArray();
        json.endObject();
    };
    writeFeature(json, "arrow", line, [&] { writeArrowFields(json, arrow); });
}

} // namespace

QByteArray eventsCsvHeader()
{
    return "id,type,subtype,trigger,actors,actor_names,fatalities,injured,target,origin,"
           "direction,status,claimant,time_start,time_end,time_text,geo_precision,article,"
           "sentence,confidence\n";
}

void appendEventsCsvRows(QByteArray &out, const Findings &findings)
{
    const auto field = [&out](const QString &value) {
        appendCsvField(out, value);
        out.append(',');
    };
    for (const Event &event : findings.events.events) {
        field(event.id);
        field(eventTypeName(event.type));
        field(event.subtype);
        field(event.triggerText);
        field(event.actors.join(QLatin1Char(';')));
        field(event.actorNames.join(QLatin1Char(';')));
        field(event.fatalities.text);
        field(event.injured.text);
        field(event.target);
        field(event.origin);
        field(event.direction);
        field(eventStatusName(event.status));
        field(event.claimant);
        field(event.time.start.toString(Qt::ISODate));
        field(event.time.end.toString(Qt::ISODate));
        field(event.time.text);
        field(QString::number(event.geoPrecision));
        field(QString::number(event.article));
        field(QString::number(event.sentence));
        out.append(QByteArray::number(event.confidence, 'f', 2)).append('\n');
    }
}

QByteArray eventsGeoJsonOpening()
{
    return R"({"type":"FeatureCollection","features":[)";
}

QByteArray eventsGeoJsonClosing()
{
    return "]}\n";
}

QByteArray eventsGeoJsonFeatures(const Findings &findings)
{
    // Each list holds its articles' items in article order: an article's events, claims and
    // arrows are written together, as a feed of one article at a time writes them.
    const EventsResult &events = findings.events;
    std::size_t event = 0, claim = 0, arrow = 0;
    JsonWriter json; // the features side by side, commas between
    const int end = findings.firstArticle + int(findings.articles.size());
    for (int article = findings.firstArticle; article < end; ++article) {
        for (; event < events.events.size() && events.events[event].article <= article; ++event)
            writeEventFeature(json, findings, events.events[event]);
        for (; claim < events.control.size() && events.control[claim].article <= article; ++claim)
            writeClaimFeature(json, findings.geoparse, events.control[claim]);
        for (; arrow < events.arrows.size() && events.arrows[arrow].article <= article; ++arrow)
            writeArrowFeature(json, events.arrows[arrow]);
    }
    QByteArray features = json.take();
    features.chop(1); // the line break take() ends a whole text with: the closing has it
    return features;
}

QByteArray writeEvents(const Findings &findings, const FactionCatalog &catalog, DataFormat format)
{
    switch (format) {
    case DataFormat::Json:
        return eventsJson(findings, catalog);
    case DataFormat::GeoJson:
        return eventsGeoJsonOpening() + eventsGeoJsonFeatures(findings) + eventsGeoJsonClosing();
    case DataFormat::Csv: {
        QByteArray out = eventsCsvHeader();
        appendEventsCsvRows(out, findings);
        return out;
    }
    }
    return {};
}

} // namespace frontline
