#include "GeoparseWriter.h"

#include "CsvField.h"
#include "JsonWriter.h"
#include "events/Findings.h"

namespace frontline {
namespace {

const char *roleName(MentionRole role)
{
    switch (role) {
    case MentionRole::Demonym:
        return "demonym";
    case MentionRole::Modifier:
        return "modifier";
    case MentionRole::Name:
        break;
    }
    return "name";
}

void writePlaceFields(JsonWriter &json, const Place &place)
{
    json.key("id").value(place.id);
    json.key("name").value(place.name);
    json.key("kind").value(placeKindName(place.kind));
    json.key("lat").value(place.latitude);
    json.key("lon").value(place.longitude);
    json.key("country").value(place.countryCode);
    json.key("admin1").value(place.admin1);
    json.key("population").value(static_cast<long long>(place.population));
    json.key("confidence").value(place.confidence);
    json.key("candidates").beginArray();
    for (const PlaceCandidate &c : place.candidates) {
        json.beginObject();
        json.key("id").value(c.id);
        json.key("name").value(c.name);
        json.key("lat").value(c.latitude);
        json.key("lon").value(c.longitude);
        json.key("country").value(c.countryCode);
        json.key("score").value(c.score);
        json.endObject();
    }
    json.endArray();
}

void writeMention(JsonWriter &json, const Findings &findings, const Mention &mention)
{
    const Article &article = findings.article(mention.article);
    json.beginObject();
    json.key("place").value(findings.geoparse.places[mention.place].id);
    json.key("text").value(mention.text);
    json.key("role").value(roleName(mention.role));
    json.key("article").value(mention.article);
    json.key("sentence").value(mention.sentence);
    json.key("start").value(article.toCodePoint(mention.range.start));
    json.key("end").value(article.toCodePoint(mention.range.end));
    json.endObject();
}

} // namespace

bool parseDataFormat(const QString &name, DataFormat *format)
{
    if (name == QLatin1String("json"))
        *format = DataFormat::Json;
    else if (name == QLatin1String("geojson"))
        *format = DataFormat::GeoJson;
    else if (name == QLatin1String("csv"))
        *format = DataFormat::Csv;
    else
        return false;
    return true;
}

QByteArray geoparseJson(const Findings &findings)
{
    JsonWriter json;
    json.beginObject();
    writeGeoparseMembers(json, findings);
    json.endObject();
    return json.take();
}

void writeGeoparseMembers(JsonWriter &json, const Findings &findings)
{
    json.key("articles").beginArray();
    for (const Article &article : findings.articles) {
        json.beginObject();
        json.key("title").value(article.title);
        json.key("source").value(article.source); // its file: what a feed's lines join on
        json.key("date").value(article.date);
        json.key("sentences").beginArray();
        for (const TextRange &s : article.sentences) {
            json.beginObject();
            json.key("start").value(article.toCodePoint(s.start));
            json.key("end").value(article.toCodePoint(s.end));
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("places").beginArray();
    for (const Place &place : findings.geoparse.places) {
        json.beginObject();
        writePlaceFields(json, place);
        json.endObject();
    }
    json.endArray();
    json.key("mentions").beginArray();
    for (const Mention &mention : findings.geoparse.mentions)
        writeMention(json, findings, mention);
    json.endArray();
}

QByteArray geoparseGeoJson(const Findings &findings)
{
    // Mentions grouped by place, in one pass.
    const auto &places = findings.geoparse.places;
    const auto &mentions = findings.geoparse.mentions;
    std::vector<std::vector<int>> mentionsOf(places.size());
    for (int m = 0; m < int(mentions.size()); ++m)
        mentionsOf[mentions[m].place].push_back(m);

    JsonWriter json;
    json.beginObject();
    json.key("type").value("FeatureCollection");
    json.key("features").beginArray();
    for (std::size_t i = 0; i < places.size(); ++i) {
        json.beginObject();
        json.key("type").value("Feature");
        json.key("id").value(places[i].id);
        json.key("geometry");
        if (places[i].hasCoordinates()) {
            json.beginObject();
            json.key("type").value("Point");
            json.key("coordinates").beginArray(); // GeoJSON: longitude first
            json.value(places[i].longitude);
            json.value(places[i].latitude);
            json.endArray();
            json.endObject();
        } else {
            json.null(); // an unlisted place the analyst has yet to place (RFC 7946, 3.2)
        }
        json.key("properties").beginObject();
        writePlaceFields(json, places[i]);
        json.key("mentions").beginArray();
        for (int m : mentionsOf[i])
            writeMention(json, findings, mentions[m]);
        json.endArray();
        json.endObject();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

QByteArray geoparseCsvHeader()
{
    return "place,name,kind,lat,lon,country,admin1,confidence,text,role,article,sentence,start,"
           "end\n";
}

void appendGeoparseCsvRows(QByteArray &out, const Findings &findings)
{
    for (const Mention &mention : findings.geoparse.mentions) {
        const Place &place = findings.geoparse.places[mention.place];
        const Article &article = findings.article(mention.article);
        appendCsvField(out, place.id);
        out.append(',');
        appendCsvField(out, place.name);
        out.append(',').append(placeKindName(place.kind).toUtf8());
        // An unlisted place without coordinates leaves its cells empty.
        out.append(',').append(place.hasCoordinates() ? QByteArray::number(place.latitude, 'f', 5)
                                                      : QByteArray());
        out.append(',').append(place.hasCoordinates() ? QByteArray::number(place.longitude, 'f', 5)
                                                      : QByteArray());
        out.append(',').append(place.countryCode.toUtf8()).append(',');
        appendCsvField(out, place.admin1);
        out.append(',').append(QByteArray::number(place.confidence, 'f', 3)).append(',');
        appendCsvField(out, mention.text);
        out.append(',').append(roleName(mention.role));
        out.append(',').append(QByteArray::number(mention.article));
        out.append(',').append(QByteArray::number(mention.sentence));
        out.append(',').append(QByteArray::number(article.toCodePoint(mention.range.start)));
        out.append(',').append(QByteArray::number(article.toCodePoint(mention.range.end)));
        out.append('\n');
    }
}

QByteArray geoparseCsv(const Findings &findings)
{
    QByteArray out = geoparseCsvHeader();
    appendGeoparseCsvRows(out, findings);
    return out;
}

QByteArray writeGeoparse(const Findings &findings, DataFormat format)
{
    switch (format) {
    case DataFormat::Json:
        return geoparseJson(findings);
    case DataFormat::GeoJson:
        return geoparseGeoJson(findings);
    case DataFormat::Csv:
        return geoparseCsv(findings);
    }
    return {};
}

} // namespace frontline
