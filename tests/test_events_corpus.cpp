// The event extractor measured on the development corpus's gold events: precision and recall
// per event type. The corpus is for measuring; no rule of the extractor names its content.
#include "CorpusEvaluation.h"
#include "TestSupport.h"

#include "gazetteer/Gazetteer.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"

#include <QTest>

using namespace frontline;

class EventsCorpusTest : public QObject
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
        const test::EventScores scores = test::scoreEvents(*gazetteer, corpus);
        qInfo().noquote() << scores.report();
        if (qEnvironmentVariableIsSet("FRONTLINE_CORPUS_DETAILS"))
            qInfo().noquote() << "missed:\n " << scores.misses.join(QStringLiteral("\n  ")) << "\nfalse alarms:\n "
                              << scores.falseAlarms.join(QStringLiteral("\n  "));
        // The target for the types that draw the map.
        for (const char *type : {"offensive", "capture", "control"})
            QVERIFY2(scores.byType.at(QLatin1String(type)).f1() >= 0.80, qPrintable(scores.report()));
    }
};

QTEST_GUILESS_MAIN(EventsCorpusTest)
#include "test_events_corpus.moc"
