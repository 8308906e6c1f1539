#pragma once

#include <QJsonArray>
#include <QString>

#include <map>
#include <vector>

namespace frontline {
class Gazetteer;
}

namespace frontline::test {

// Scores the geoparser against the development corpus (tests/corpus/dev-corpus.json): every
// whole-word occurrence of a gold place's text is a gold mention; demonyms are not counted.
struct GeoparseScores
{
    int gold = 0, predicted = 0, correct = 0;
    int resolved = 0, within161km = 0;
    std::vector<double> errorsKm;
    // Calibration: per confidence decile, how many resolutions and how many right.
    int binTotal[10] = {}, binRight[10] = {};
    double binConfidence[10] = {};
    QStringList misses, falseAlarms, wrongPlaces;

    double precision() const { return predicted ? double(correct) / predicted : 0; }
    double recall() const { return gold ? double(correct) / gold : 0; }
    double f1() const { return precision() + recall() > 0 ? 2 * precision() * recall() / (precision() + recall()) : 0; }
    double accuracy161() const { return resolved ? double(within161km) / resolved : 0; }
    double medianErrorKm() const;
    // Expected calibration error: the gap between confidence and accuracy, bin-weighted.
    double calibrationError() const;
    QString report() const;
};

// Scores the event extractor against the corpus's gold events: a prediction matches a gold
// event of its type whose actor names the same faction and whose place is the same place.
struct EventScores
{
    struct Counts
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        double precision() const { return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0; }
        double recall() const { return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0; }
        double f1() const { return precision() + recall() > 0 ? 2 * precision() * recall() / (precision() + recall()) : 0; }
    };
    std::map<QString, Counts> byType;
    QStringList misses, falseAlarms;
    QString report() const;
};

QJsonArray loadDevCorpus();
GeoparseScores scoreGeoparser(const Gazetteer &gazetteer, const QJsonArray &corpus);
EventScores scoreEvents(const Gazetteer &gazetteer, const QJsonArray &corpus);

} // namespace frontline::test
