#include "GeoparseWriter.h"

#include "document/Document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace frontline {
namespace {

QJsonObject placeJson(const Place &place)
{
    QJsonArray candidates;
    for (const PlaceCandidate &c : place.candidates)
        candidates.append(QJsonObject{{"id", c.id},
                                      {"name", c.name},
                                      {"lat", c.latitude},
                                      {"lon", c.longitude},
                                      {"country", c.countryCode},
                                      {"score", c.score}});
    return QJsonObject{{"id", place.id},
                       {"name", place.name},
                       {"kind", placeKindName(place.kind)},
                       {"lat", place.latitude},
                       {"lon", place.longitude},
                       {"country", place.countryCode},
                       {"admin1", place.admin1},
                       {"population", double(place.population)},
                       {"confidence", place.confidence},
                       {"candidates", candidates}};
}

QJsonObject mentionJson(const Document &document, const Mention &mention)
{
    const Article &article = document.articles()[mention.article];
    return QJsonObject{{"place", document.geoparse().places[mention.place].id},
                       {"text", mention.text},
                       {"role", mention.role == MentionRole::Demonym ? "demonym" : "name"},
                       {"article", mention.article},
                       {"sentence", mention.sentence},
                       {"start", article.toCodePoint(mention.range.start)},
                       {"end", article.toCodePoint(mention.range.end)}};
}

QString csvField(QString value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')))
        value = QLatin1Char('"') + value.replace(QLatin1String("\""), QLatin1String("\"\"")) +
                QLatin1Char('"');
    return value;
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
    QJsonArray articles;
    for (const Article &article : document.articles()) {
        QJsonArray sentences;
        for (const TextRange &s : article.sentences)
            sentences.append(QJsonObject{{"start", article.toCodePoint(s.start)},
                                         {"end", article.toCodePoint(s.end)}});
        articles.append(QJsonObject{{"title", article.title},
                                    {"date", article.date.isValid()
                                                 ? QJsonValue(article.date.toString(Qt::ISODate))
                                                 : QJsonValue()},
                                    {"sentences", sentences}});
    }
    QJsonArray places, mentions;
    for (const Place &place : document.geoparse().places)
        places.append(placeJson(place));
    for (const Mention &mention : document.geoparse().mentions)
        mentions.append(mentionJson(document, mention));
    return QJsonDocument(QJsonObject{{"articles", articles},
                                     {"places", places},
                                     {"mentions", mentions}})
        .toJson(QJsonDocument::Indented);
}

QByteArray geoparseGeoJson(const Document &document)
{
    QJsonArray features;
    const auto &places = document.geoparse().places;
    for (int i = 0; i < int(places.size()); ++i) {
        QJsonObject properties = placeJson(places[i]);
        QJsonArray mentions;
        for (int m : document.mentionsOfPlace(i))
            mentions.append(mentionJson(document, document.geoparse().mentions[m]));
        properties.insert("mentions", mentions);
        const QJsonObject geometry{
            {"type", "Point"},
            {"coordinates", QJsonArray{places[i].longitude, places[i].latitude}}};
        features.append(QJsonObject{{"type", "Feature"},
                                    {"id", places[i].id},
                                    {"geometry", geometry},
                                    {"properties", properties}});
    }
    return QJsonDocument(QJsonObject{{"type", "FeatureCollection"}, {"features", features}})
        .toJson(QJsonDocument::Indented);
}

QByteArray geoparseCsv(const Document &document)
{
    QString out = QStringLiteral(
        "place,name,kind,lat,lon,country,admin1,confidence,text,role,article,sentence,start,end\n");
    for (const Mention &mention : document.geoparse().mentions) {
        const Place &place = document.geoparse().places[mention.place];
        const Article &article = document.articles()[mention.article];
        const QStringList row{place.id,
                              csvField(place.name),
                              placeKindName(place.kind),
                              QString::number(place.latitude, 'f', 5),
                              QString::number(place.longitude, 'f', 5),
                              place.countryCode,
                              csvField(place.admin1),
                              QString::number(place.confidence, 'f', 3),
                              csvField(mention.text),
                              mention.role == MentionRole::Demonym ? QStringLiteral("demonym")
                                                                   : QStringLiteral("name"),
                              QString::number(mention.article),
                              QString::number(mention.sentence),
                              QString::number(article.toCodePoint(mention.range.start)),
                              QString::number(article.toCodePoint(mention.range.end))};
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray writeGeoparse(const Document &document, DataFormat format)
{
    switch (format) {
    case DataFormat::Json: return geoparseJson(document);
    case DataFormat::GeoJson: return geoparseGeoJson(document);
    case DataFormat::Csv: return geoparseCsv(document);
    }
    return {};
}

} // namespace frontline
