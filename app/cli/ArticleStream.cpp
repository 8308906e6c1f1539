#include "ArticleStream.h"

#include "ArticleInputs.h"
#include "CliSupport.h"
#include "events/ArticlesRead.h"
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
// slowest of a batch finishes, few enough that a batch's output is small.
constexpr int kArticlesPerJob = 16;

// One article of a batch: read, numbered, its part of the output.
struct ArticleOutcome
{
    ArticleReadResult read;
    int number = 0; // among the articles read, in input order
    QByteArray part;
};

// Whether the output carries the articles' numbers (JSON lines are each an article alone).
bool isNumbered(const StreamOptions &options)
{
    return options.format != StreamedFormat::JsonLines;
}

// What a streamed format writes before the articles, between two articles' parts (when
// neither is empty) and after them.
struct Framing
{
    QByteArray opening;
    QByteArray separator;
    QByteArray closing;
};

Framing framingOf(const StreamOptions &options)
{
    const bool events = options.catalog != nullptr;
    switch (options.format) {
    case StreamedFormat::JsonLines:
        return {};
    case StreamedFormat::Csv:
        return {events ? eventsCsvHeader() : geoparseCsvHeader(), {}, {}};
    case StreamedFormat::GeoJson:
        return {eventsGeoJsonOpening(), QByteArrayLiteral(","), eventsGeoJsonClosing()};
    }
    return {};
}

// The article's part of the output, its findings alone.
QByteArray partOf(const Findings &findings, const StreamOptions &options)
{
    const FactionCatalog *catalog = options.catalog;
    switch (options.format) {
    case StreamedFormat::JsonLines: // the article's JSON, which ends in a line break
        return catalog ? writeEvents(findings, *catalog, DataFormat::Json)
                       : writeGeoparse(findings, DataFormat::Json);
    case StreamedFormat::Csv: {
        QByteArray rows;
        catalog ? appendEventsCsvRows(rows, findings) : appendGeoparseCsvRows(rows, findings);
        return rows;
    }
    case StreamedFormat::GeoJson:
        return eventsGeoJsonFeatures(findings);
    }
    return {};
}

void analyse(ArticleOutcome &outcome, const Geoparser &geoparser, const EventExtractor *extractor,
             const StreamOptions &options)
{
    ArticlesRead read(isNumbered(options) ? outcome.number : 0);
    read.add(outcome.read.article, geoparser, extractor); // a copy, the text shared: kept to
                                                          // number it again (numberBatch)
    outcome.part = partOf(read.findings(), options);
}

// A geoparser and an extractor keep what they learn as they read (Geoparser.h): one of each a
// thread, kept from batch to batch.
struct Readers
{
    std::vector<std::unique_ptr<Geoparser>> geoparsers;
    std::vector<std::unique_ptr<EventExtractor>> extractors;
};

Readers readersFor(int jobs, const Gazetteer &gazetteer, const FactionCatalog *catalog)
{
    Readers readers;
    for (int job = 0; job < jobs; ++job) {
        readers.geoparsers.push_back(std::make_unique<Geoparser>(gazetteer));
        readers.extractors.push_back(catalog ? std::make_unique<EventExtractor>(*catalog, gazetteer)
                                             : nullptr);
    }
    return readers;
}

// Reads and analyses a batch on the jobs' threads, each article numbered as though every one
// of the batch before it were readable (`firstNumber` counting those before the batch).
void readBatch(std::vector<ArticleOutcome> &outcomes, const QStringList &paths, qsizetype first,
               int count, int firstNumber, const Readers &readers, const StreamOptions &options)
{
    const int jobs = int(readers.geoparsers.size());
    std::vector<int> jobIndexes(jobs);
    std::iota(jobIndexes.begin(), jobIndexes.end(), 0);
    QtConcurrent::blockingMap(jobIndexes, [&](int job) {
        for (int i = job; i < count; i += jobs) { // strided: slow articles spread out
            ArticleOutcome &outcome = outcomes[i];
            outcome.read = readArticleInput(paths[first + i]);
            if (!outcome.read.ok())
                continue;
            if (options.date.isValid())
                outcome.read.article.date = options.date;
            outcome.number = firstNumber + i;
            analyse(outcome, *readers.geoparsers[job], readers.extractors[job].get(), options);
        }
    });
}

// The batch's numbers made right where a file before an article could not be read (rare: its
// part is made again, here); returns the number after the batch's last.
int numberBatch(std::vector<ArticleOutcome> &outcomes, int count, int firstNumber,
                const Readers &readers, const StreamOptions &options)
{
    int number = firstNumber;
    for (int i = 0; i < count; ++i) {
        ArticleOutcome &outcome = outcomes[i];
        if (!outcome.read.ok())
            continue;
        if (outcome.number != number && isNumbered(options)) {
            outcome.number = number;
            analyse(outcome, *readers.geoparsers.front(), readers.extractors.front().get(),
                    options);
        }
        ++number;
    }
    return number;
}

} // namespace

bool streamArticles(const QStringList &paths, const Gazetteer &gazetteer,
                    const StreamOptions &options, const QString &command, int *skipped)
{
    const int jobs = std::max(1, options.jobs);
    const Readers readers = readersFor(jobs, gazetteer, options.catalog);
    const int batch = jobs * kArticlesPerJob;
    std::vector<ArticleOutcome> outcomes(batch);
    const Framing framing = framingOf(options);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(framing.opening) < 0)
        return false;
    int articlesRead = 0;
    bool partWritten = false;
    for (qsizetype first = 0; first < paths.size(); first += batch) {
        const int count = int(std::min<qsizetype>(batch, paths.size() - first));
        readBatch(outcomes, paths, first, count, articlesRead, readers, options);
        articlesRead = numberBatch(outcomes, count, articlesRead, readers, options);
        for (int i = 0; i < count; ++i) {
            ArticleOutcome &outcome = outcomes[i];
            for (const QString &warning : outcome.read.warnings)
                printError(command,
                           QStringLiteral("warning: %1: %2").arg(paths[first + i], warning));
            if (!outcome.read.ok()) {
                printError(command, outcome.read.error);
                ++*skipped;
            } else if (!outcome.part.isEmpty()) {
                if ((partWritten && out.write(framing.separator) < 0) ||
                    out.write(outcome.part) != outcome.part.size())
                    return false;
                partWritten = true;
            }
            outcome = {};
        }
        if (!out.flush())
            return false;
    }
    return out.write(framing.closing) >= 0 && out.flush();
}

} // namespace frontline
