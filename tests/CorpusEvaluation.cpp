#include "CorpusEvaluation.h"

#include "TestSupport.h"

#include "geo/GreatCircle.h"
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
                gold.push_back({{at, at + int(name.size())}, place["lat"].toDouble(), place["lon"].toDouble(), name});
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
        "resolution: %7 of %8 within 161 km (accuracy %9), median error %10 km\n"
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
            const bool right = km <= 161.0;
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
