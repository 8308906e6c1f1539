#include "CorpusEvaluation.h"

#include "TestSupport.h"

#include "geo/GreatCircle.h"
#include "document/Document.h"
#include "events/EventExtractor.h"
#include "gazetteer/NameKey.h"
#include "geoparse/Geoparser.h"
#include "text/ArticleReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace frontline::test {
namespace {

struct GoldMention
{
    TextRange range;
    double latitude, longitude;
    QString text;
    QString placeId; // "country:RU"
};

bool isWordChar(const QString &text, int i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber();
}

std::vector<GoldMention> goldMentions(const QString &text, const QJsonArray &places)
{
    std::vector<GoldMention> gold;
    for (const QJsonValue &value : places) {
        const QJsonObject place = value.toObject();
        const QString name = place["text"].toString();
        for (int at = int(text.indexOf(name)); at >= 0; at = int(text.indexOf(name, at + 1)))
            if (!isWordChar(text, at - 1) && !isWordChar(text, at + int(name.size())))
                gold.push_back({{at, at + int(name.size())}, place["lat"].toDouble(), place["lon"].toDouble(), name,
                                place["id"].toString()});
    }
    return gold;
}

} // namespace

double GeoparseScores::medianErrorKm() const
{
    if (errorsKm.empty())
        return 0;
    std::vector<double> sorted = errorsKm;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    return sorted[sorted.size() / 2];
}

double GeoparseScores::calibrationError() const
{
    double error = 0;
    for (int bin = 0; bin < 10; ++bin)
        if (binTotal[bin])
            error += std::abs(binConfidence[bin] - binRight[bin]) / std::max(1, resolved);
    return error;
}

QString GeoparseScores::report() const
{
    QString text = QStringLiteral(
        "recognition: %1 gold, %2 predicted, %3 correct: precision %4, recall %5, F1 %6\n"
        "resolution: %7 of %8 right, within 161 km or the area the gold names (accuracy %9), median error %10 km\n"
        "calibration: expected error %11; confidence decile: right/total:")
        .arg(gold).arg(predicted).arg(correct)
        .arg(precision(), 0, 'f', 3).arg(recall(), 0, 'f', 3).arg(f1(), 0, 'f', 3)
        .arg(within161km).arg(resolved).arg(accuracy161(), 0, 'f', 3).arg(medianErrorKm(), 0, 'f', 1)
        .arg(calibrationError(), 0, 'f', 3);
    for (int bin = 0; bin < 10; ++bin)
        if (binTotal[bin])
            text += QStringLiteral(" %1-%2: %3/%4").arg(bin / 10.0).arg((bin + 1) / 10.0).arg(binRight[bin]).arg(binTotal[bin]);
    return text;
}

QJsonArray loadDevCorpus()
{
    QFile file(sourcePath(QStringLiteral("tests/corpus/dev-corpus.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

GeoparseScores scoreGeoparser(const Gazetteer &gazetteer, const QJsonArray &corpus)
{
    GeoparseScores scores;
    const Geoparser geoparser(gazetteer);
    for (const QJsonValue &value : corpus) {
        const QJsonObject entry = value.toObject();
        const Article article = articleFromText(entry["text"].toString(), QStringLiteral("corpus.txt")).article;
        GeoparseResult result;
        geoparser.parse(article, 0, result);
        const std::vector<GoldMention> gold = goldMentions(article.text, entry["places"].toArray());
        scores.gold += int(gold.size());
        const QString id = entry["id"].toString();
        std::vector<bool> found(gold.size(), false);
        for (const Mention &mention : result.mentions) {
            if (mention.role == MentionRole::Demonym)
                continue;
            ++scores.predicted;
            const auto match = std::find_if(gold.begin(), gold.end(), [&](const GoldMention &g) {
                return g.range.start == mention.range.start && g.range.end == mention.range.end;
            });
            if (match == gold.end()) {
                scores.falseAlarms << QStringLiteral("%1: %2").arg(id, mention.text);
                continue;
            }
            ++scores.correct;
            found[match - gold.begin()] = true;
            const Place &place = result.places[mention.place];
            const double km = greatCircleKm(place.latitude, place.longitude, match->latitude, match->longitude);
            // As the public corpora's scorer has it: a country or province is right when it is
            // the one the gold names, wherever each puts its representative point.
            const bool isArea = place.kind == PlaceKind::Country || place.kind == PlaceKind::Admin1 ||
                                place.kind == PlaceKind::Admin2;
            const bool right = km <= 161.0 || (isArea && place.id == match->placeId);
            ++scores.resolved;
            scores.within161km += right;
            scores.errorsKm.push_back(km);
            const int bin = std::clamp(int(place.confidence * 10), 0, 9);
            ++scores.binTotal[bin];
            scores.binConfidence[bin] += place.confidence;
            scores.binRight[bin] += right;
            if (!right)
                scores.wrongPlaces << QStringLiteral("%1: %2 -> %3 (%4, %5 km)").arg(id, mention.text, place.name, place.countryCode).arg(km, 0, 'f', 0);
        }
        for (std::size_t g = 0; g < gold.size(); ++g)
            if (!found[g])
                scores.misses << QStringLiteral("%1: %2").arg(id, gold[g].text);
    }
    return scores;
}

} // namespace frontline::test

namespace frontline::test {
namespace {

// Whether a gold actor's words name `factionId`: one of its aliases is the actor or is
// contained in it ("Russian forces" and the alias "Russian forces"; "RSF fighters" and "RSF").
bool actorNames(const FactionCatalog &catalog, const QString &goldActor, const QString &factionId)
{
    const Faction *faction = catalog.find(factionId);
    if (!faction)
        return false;
    const auto padded = [](const QString &words) {
        std::string key(1, ' ');
        key.append(nameKey(words));
        key.push_back(' ');
        return key;
    };
    const std::string actor = padded(goldActor);
    for (const QString &alias : faction->aliases) {
        const std::string key = padded(alias);
        if (key.size() > 2 && (actor.find(key) != std::string::npos || key.find(actor) != std::string::npos))
            return true;
    }
    return false;
}

} // namespace

QString EventScores::report() const
{
    QString text = QStringLiteral("events by type (precision/recall/F1, tp fp fn):");
    for (const auto &[type, c] : byType)
        text += QStringLiteral("\n  %1: %2/%3/%4 (%5 %6 %7)")
                    .arg(type, -10)
                    .arg(c.precision(), 0, 'f', 2).arg(c.recall(), 0, 'f', 2).arg(c.f1(), 0, 'f', 2)
                    .arg(c.truePositives).arg(c.falsePositives).arg(c.falseNegatives);
    return text;
}

EventScores scoreEvents(const Gazetteer &gazetteer, const QJsonArray &corpus)
{
    EventScores scores;
    const FactionCatalog &catalog = FactionCatalog::builtIn();
    const Geoparser geoparser(gazetteer);
    const EventExtractor extractor(catalog, gazetteer);
    for (const QJsonValue &value : corpus) {
        const QJsonObject entry = value.toObject();
        const QString id = entry["id"].toString();
        Article article = articleFromText(entry["text"].toString(), QStringLiteral("corpus.txt")).article;
        article.date = QDate::fromString(entry["date"].toString(), Qt::ISODate);
        Document document;
        document.addArticle(article, geoparser, &extractor);
        const GeoparseResult &places = document.geoparse();
        const auto placeIdsNamed = [&](const QString &text) {
            QStringList ids;
            for (const Mention &m : places.mentions)
                if (m.text == text)
                    ids << places.places[m.place].id;
            return ids;
        };
        std::vector<Event> predicted = document.events().events;
        std::vector<bool> used(predicted.size(), false);
        for (const QJsonValue &g : entry["events"].toArray()) {
            const QJsonObject gold = g.toObject();
            const QString type = gold["type"].toString();
            const QString goldPlace = gold["place"].toString();
            const QStringList placeIds = goldPlace.isEmpty() ? QStringList() : placeIdsNamed(goldPlace);
            bool found = false;
            for (std::size_t p = 0; p < predicted.size() && !found; ++p) {
                const Event &e = predicted[p];
                if (used[p] || eventTypeName(e.type) != type)
                    continue;
                const QString goldActor = gold["actor"].toString();
                const bool actorOk = goldActor.isEmpty() || std::any_of(e.actors.begin(), e.actors.end(), [&](const QString &a) {
                    return actorNames(catalog, goldActor, a);
                });
                const bool placeOk = goldPlace.isEmpty() || placeIds.contains(e.target);
                if (actorOk && placeOk)
                    used[p] = found = true;
            }
            if (found)
                ++scores.byType[type].truePositives;
            else {
                ++scores.byType[type].falseNegatives;
                scores.misses << QStringLiteral("%1: %2 %3 %4").arg(id, type, gold["actor"].toString(), goldPlace);
            }
        }
        for (std::size_t p = 0; p < predicted.size(); ++p)
            if (!used[p]) {
                const Event &e = predicted[p];
                ++scores.byType[eventTypeName(e.type)].falsePositives;
                scores.falseAlarms << QStringLiteral("%1: %2 '%3' %4 %5").arg(id, eventTypeName(e.type), e.triggerText,
                                                                        e.actors.join(QLatin1Char('+')), e.target);
            }
    }
    return scores;
}

} // namespace frontline::test
