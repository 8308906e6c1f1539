#include "ArticleStream.h"

#include "ArticleInputs.h"
#include "CliSupport.h"
#include "document/Document.h"
#include "events/EventExtractor.h"
#include "geoparse/Geoparser.h"
#include "io/EventsWriter.h"
#include "io/GeoparseWriter.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace frontline {
namespace {

// Articles a thread reads between two writes: enough to keep every thread busy while the
// slowest of a batch finishes, few enough that a batch's lines are small.
constexpr int kArticlesPerJob = 16;

// One article's outcome: its line, or why it was skipped, and what the reader warned of.
struct ArticleOutcome
{
    QByteArray line;
    QString problem;
    QStringList warnings;
};

ArticleOutcome analyse(const QString &path, const Geoparser &geoparser,
                       const EventExtractor *extractor, const StreamOptions &options)
{
    ArticleOutcome outcome;
    ArticleReadResult read = readArticleInput(path);
    if (!read.ok()) {
        outcome.problem = read.error;
        return outcome;
    }
    for (const QString &warning : read.warnings)
        outcome.warnings << QStringLiteral("warning: %1: %2").arg(path, warning);
    if (options.date.isValid())
        read.article.date = options.date;
    Document document;
    document.addArticle(std::move(read.article), geoparser, extractor);
    outcome.line = extractor ? writeEvents(document, *options.catalog, DataFormat::Json)
                             : writeGeoparse(document, DataFormat::Json);
    return outcome;
}

} // namespace

bool streamArticles(const QStringList &paths, const Gazetteer &gazetteer,
                    const StreamOptions &options, const QString &command, int *skipped)
{
    const int jobs = std::max(1, options.jobs);
    // A geoparser and an extractor keep what they learn as they read (Geoparser.h): one of
    // each a thread, kept from batch to batch.
    std::vector<std::unique_ptr<Geoparser>> geoparsers(jobs);
    std::vector<std::unique_ptr<EventExtractor>> extractors(jobs);
    for (int job = 0; job < jobs; ++job) {
        geoparsers[job] = std::make_unique<Geoparser>(gazetteer);
        if (options.catalog)
            extractors[job] = std::make_unique<EventExtractor>(*options.catalog, gazetteer);
    }
    std::vector<int> jobIndexes(jobs);
    std::iota(jobIndexes.begin(), jobIndexes.end(), 0);
    const int batch = jobs * kArticlesPerJob;
    std::vector<ArticleOutcome> outcomes(batch);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return false;
    for (qsizetype first = 0; first < paths.size(); first += batch) {
        const int count = int(std::min<qsizetype>(batch, paths.size() - first));
        QtConcurrent::blockingMap(jobIndexes, [&](int job) {
            for (int i = job; i < count; i += jobs) // strided: slow articles spread out
                outcomes[i] =
                    analyse(paths[first + i], *geoparsers[job], extractors[job].get(), options);
        });
        for (int i = 0; i < count; ++i) {
            ArticleOutcome &outcome = outcomes[i];
            for (const QString &warning : outcome.warnings)
                printError(command, warning);
            if (!outcome.problem.isEmpty()) {
                printError(command, outcome.problem);
                ++*skipped;
            } else if (out.write(outcome.line) != outcome.line.size()) {
                return false;
            }
            outcome = {};
        }
        if (!out.flush())
            return false;
    }
    return true;
}

} // namespace frontline
