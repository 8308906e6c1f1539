#include "EditJson.h"

#include <QJsonArray>

namespace frontline {
namespace {

// The enum value whose name is `name`, trying each of the `count` values in turn.
template <typename Enum>
std::optional<Enum> enumNamed(const QString &name, QString (*nameOf)(Enum), int count)
{
    for (int value = 0; value < count; ++value)
        if (nameOf(Enum(value)) == name)
            return Enum(value);
    return std::nullopt;
}
constexpr int kEventTypes = int(EventType::Other) + 1;
constexpr int kEventStatuses = int(EventStatus::Denied) + 1;
constexpr int kPlaceKinds = int(PlaceKind::Island) + 1;
constexpr int kProvenances = int(PlaceProvenance::Analyst) + 1;

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings << item.toString();
    return strings;
}

QJsonValue countOrNull(const std::optional<qint64> &count)
{
    return count ? QJsonValue(double(*count)) : QJsonValue();
}

std::optional<qint64> countOf(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

} // namespace

QJsonObject toJson(const EventCorrection &correction)
{
    return {{"type", eventTypeName(correction.type)},
            {"subtype", correction.subtype},
            {"actors", toJson(correction.actors)},
            {"actor_names", toJson(correction.actorNames)},
            {"time_start", correction.time.start.toString(Qt::ISODate)},
            {"time_end", correction.time.end.toString(Qt::ISODate)},
            {"time_text", correction.time.text},
            {"fatalities_min", countOrNull(correction.fatalities.min)},
            {"fatalities_max", countOrNull(correction.fatalities.max)},
            {"fatalities_text", correction.fatalities.text},
            {"status", eventStatusName(correction.status)}};
}

std::optional<EventCorrection> correctionFromJson(const QJsonObject &json)
{
    const auto type = enumNamed(json["type"].toString(), eventTypeName, kEventTypes);
    const auto status = enumNamed(json["status"].toString(), eventStatusName, kEventStatuses);
    if (!type || !status)
        return std::nullopt;
    EventCorrection correction;
    correction.type = *type;
    correction.status = *status;
    correction.subtype = json["subtype"].toString();
    correction.actors = stringsOf(json["actors"]);
    correction.actorNames = stringsOf(json["actor_names"]);
    correction.time.start = QDate::fromString(json["time_start"].toString(), Qt::ISODate);
    correction.time.end = QDate::fromString(json["time_end"].toString(), Qt::ISODate);
    correction.time.text = json["time_text"].toString();
    correction.fatalities.min = countOf(json["fatalities_min"]);
    correction.fatalities.max = countOf(json["fatalities_max"]);
    correction.fatalities.text = json["fatalities_text"].toString();
    return correction;
}

QJsonObject toJson(const PlaceCandidate &candidate)
{
    return {{"id", candidate.id},
            {"name", candidate.name},
            {"latitude", candidate.latitude},
            {"longitude", candidate.longitude},
            {"country", candidate.countryCode},
            {"score", candidate.score},
            {"kind", placeKindName(candidate.kind)},
            {"admin1", candidate.admin1},
            {"population", double(candidate.population)},
            {"provenance", placeProvenanceName(candidate.provenance)}};
}

std::optional<PlaceCandidate> candidateFromJson(const QJsonObject &json)
{
    const auto kind = enumNamed(json["kind"].toString(), placeKindName, kPlaceKinds);
    const auto provenance =
        enumNamed(json["provenance"].toString(), placeProvenanceName, kProvenances);
    if (!kind || !provenance || json["id"].toString().isEmpty() || !json["latitude"].isDouble() ||
        !json["longitude"].isDouble())
        return std::nullopt;
    PlaceCandidate candidate;
    candidate.id = json["id"].toString();
    candidate.name = json["name"].toString();
    candidate.latitude = json["latitude"].toDouble();
    candidate.longitude = json["longitude"].toDouble();
    candidate.countryCode = json["country"].toString();
    candidate.score = json["score"].toDouble();
    candidate.kind = *kind;
    candidate.admin1 = json["admin1"].toString();
    candidate.population = quint64(json["population"].toDouble());
    candidate.provenance = *provenance;
    return candidate;
}

QJsonObject toJson(const NameInArticle &name)
{
    return {{"article", name.articleId}, {"place", name.placeId}};
}

std::optional<NameInArticle> nameFromJson(const QJsonObject &json)
{
    NameInArticle name{json["article"].toString(), json["place"].toString()};
    if (name.articleId.isEmpty() || name.placeId.isEmpty())
        return std::nullopt;
    return name;
}

QJsonObject toJson(const ArticleInfo &info)
{
    return {
        {"title", info.title}, {"source", info.source}, {"date", info.date.toString(Qt::ISODate)}};
}

ArticleInfo articleInfoFromJson(const QJsonObject &json)
{
    return {json["title"].toString(), json["source"].toString(),
            QDate::fromString(json["date"].toString(), Qt::ISODate)};
}

} // namespace frontline
