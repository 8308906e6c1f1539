// The geoparser measured on the development corpus: recognition precision, recall and F1,
// resolution accuracy within 161 km, median error and calibration. The corpus is for
// measuring; no rule of the geoparser names one of its places.
#include "CorpusEvaluation.h"
#include "TestSupport.h"

#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "gazetteer/Gazetteer.h"

#include <QTest>

using namespace frontline;

class GeoparseCorpusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void developmentCorpus()
    {
        const QJsonArray corpus = test::loadDevCorpus();
        QVERIFY2(corpus.size() >= 60, "tests/corpus/dev-corpus.json is missing or short");
        QString error;
        const auto gazetteer = openShippedGazetteer(&error);
        QVERIFY2(gazetteer, qPrintable(error));
        const test::GeoparseScores scores = test::scoreGeoparser(*gazetteer, corpus);
        qInfo().noquote() << scores.report();
        if (qEnvironmentVariableIsSet("FRONTLINE_CORPUS_DETAILS"))
            qInfo().noquote() << "missed:" << scores.misses.join(QStringLiteral("; ")) << "\nfalse alarms:"
                              << scores.falseAlarms.join(QStringLiteral("; ")) << "\nwrong places:"
                              << scores.wrongPlaces.join(QStringLiteral("; "));
        // The targets.
        QVERIFY2(scores.f1() >= 0.90, qPrintable(scores.report()));
        QVERIFY2(scores.accuracy161() >= 0.92, qPrintable(scores.report()));
        // Calibrated: confidence 0.8 means right about 80% of the time.
        QVERIFY2(scores.calibrationError() <= 0.06, qPrintable(scores.report()));
    }
};

QTEST_GUILESS_MAIN(GeoparseCorpusTest)
#include "test_geoparse_corpus.moc"
