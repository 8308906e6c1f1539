#include "GeoparseWriter.h"

#include "CsvField.h"
#include "JsonWriter.h"
#include "document/Document.h"

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

void writeMention(JsonWriter &json, const Document &document, const Mention &mention)
{
    const Article &article = document.articles()[mention.article];
    json.beginObject();
    json.key("place").value(document.geoparse().places[mention.place].id);
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

QByteArray geoparseJson(const Document &document)
{
    JsonWriter json;
    json.beginObject();
    writeGeoparseMembers(json, document);
    json.endObject();
    return json.take();
}

void writeGeoparseMembers(JsonWriter &json, const Document &document)
{
    json.key("articles").beginArray();
    for (const Article &article : document.articles()) {
        json.beginObject();
        json.key("title").value(article.title);
        json.key("date");
        if (article.date.isValid())
            json.value(article.date.toString(Qt::ISODate));
        else
            json.null();
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
    for (const Place &place : document.geoparse().places) {
        json.beginObject();
        writePlaceFields(json, place);
        json.endObject();
    }
    json.endArray();
    json.key("mentions").beginArray();
    for (const Mention &mention : document.geoparse().mentions)
        writeMention(json, document, mention);
    json.endArray();
}

QByteArray geoparseGeoJson(const Document &document)
{
    // Mentions grouped by place, in one pass.
    const auto &places = document.geoparse().places;
    std::vector<std::vector<int>> mentionsOf(places.size());
    for (int m = 0; m < int(document.geoparse().mentions.size()); ++m)
        mentionsOf[document.geoparse().mentions[m].place].push_back(m);

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
            writeMention(json, document, document.geoparse().mentions[m]);
        json.endArray();
        json.endObject();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

QByteArray geoparseCsv(const Document &document)
{
    QByteArray out(
        "place,name,kind,lat,lon,country,admin1,confidence,text,role,article,sentence,start,end\n");
    for (const Mention &mention : document.geoparse().mentions) {
        const Place &place = document.geoparse().places[mention.place];
        const Article &article = document.articles()[mention.article];
        appendCsvField(out, place.id);
        out.append(',');
        appendCsvField(out, place.name);
        out.append(',').append(placeKindName(place.kind).toUtf8());
        // An unlisted place without coordinates leaves its cells empty.
        out.append(',').append(place.hasCoordinates() ? QByteArray::number(place.latitude, 'f', 5) : QByteArray());
        out.append(',').append(place.hasCoordinates() ? QByteArray::number(place.longitude, 'f', 5) : QByteArray());
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
    return out;
}

QByteArray writeGeoparse(const Document &document, DataFormat format)
{
    switch (format) {
    case DataFormat::Json:
        return geoparseJson(document);
    case DataFormat::GeoJson:
        return geoparseGeoJson(document);
    case DataFormat::Csv:
        return geoparseCsv(document);
    }
    return {};
}

} // namespace frontline
