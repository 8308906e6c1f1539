#include "ArticleInputs.h"
#include "ArticleStream.h"
#include "CliSupport.h"
#include "Commands.h"
#include "events/ArticlesRead.h"
#include "events/EventExtractor.h"
#include "gazetteer/Gazetteer.h"
#include "geoparse/Geoparser.h"
#include "io/EventsWriter.h"
#include "io/GeoparseWriter.h"

#include <QThread>
#include <optional>

namespace frontline {

namespace {

constexpr int kMostJobs = 256;
const QString kJsonLines = QStringLiteral("jsonl");

// How the format is written: streamed, an article at a time, or (JSON, and a geoparse's
// GeoJSON, which gathers each place's mentions from every article) the whole document at once.
std::optional<StreamedFormat> streamedFormat(const QString &format, bool withEvents)
{
    if (format == kJsonLines)
        return StreamedFormat::JsonLines;
    if (format == QLatin1String("csv"))
        return StreamedFormat::Csv;
    if (format == QLatin1String("geojson") && withEvents)
        return StreamedFormat::GeoJson;
    return std::nullopt;
}

void addArticleOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("date"), QStringLiteral("Publication date"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("json, jsonl, geojson or csv"),
                      QStringLiteral("format"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("files-from"),
                      QStringLiteral("Read the articles' paths from FILE, one a line (- for "
                                     "standard input)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("jobs"),
                      QStringLiteral("Articles read at once when the format streams"),
                      QStringLiteral("N"), QString::number(QThread::idealThreadCount())});
}

// The options' values checked; an exit code on bad usage, else -1.
int checkArticleOptions(const QCommandLineParser &parser, const QString &command, int *jobs)
{
    DataFormat format;
    if (parser.value("format") != kJsonLines && !parseDataFormat(parser.value("format"), &format))
        return usageError(command,
                          QStringLiteral("unknown format '%1'").arg(parser.value("format")));
    if (parser.isSet("date") && !QDate::fromString(parser.value("date"), Qt::ISODate).isValid())
        return usageError(command, QStringLiteral("--date takes YYYY-MM-DD"));
    bool ok = false;
    *jobs = parser.value("jobs").toInt(&ok);
    if (!ok || *jobs < 1 || *jobs > kMostJobs)
        return usageError(command,
                          QStringLiteral("--jobs takes a number from 1 to %1").arg(kMostJobs));
    if (parser.positionalArguments().isEmpty() && !parser.isSet("files-from"))
        return usageError(command,
                          QStringLiteral("name at least one article, a folder or --files-from"));
    return -1;
}

// The whole document at once.
int writeWholeDocument(const QCommandLineParser &parser, const QStringList &paths,
                       const Gazetteer &gazetteer, const FactionCatalog *catalog,
                       const QString &command)
{
    DataFormat format;
    parseDataFormat(parser.value("format"), &format);
    const Geoparser geoparser(gazetteer);
    std::unique_ptr<EventExtractor> extractor;
    if (catalog)
        extractor = std::make_unique<EventExtractor>(*catalog, gazetteer);
    ArticlesRead articles;
    const auto addArticle = [&](Article article) {
        articles.add(std::move(article), geoparser, extractor.get());
    };
    int skipped = 0;
    readArticles(paths, parser.value("date"), command, addArticle, &skipped);
    const QByteArray output = catalog ? writeEvents(articles.findings(), *catalog, format)
                                      : writeGeoparse(articles.findings(), format);
    if (!writeOutput(output, command))
        return ExitBadInput;
    return skipped > 0 ? ExitBadInput : ExitSuccess;
}

// geoparse and events: the same options and reading; events adds what happens.
int runArticleCommand(const QString &command, const QStringList &args, bool withEvents)
{
    QCommandLineParser parser;
    addArticleOptions(parser);
    if (!parseOptions(parser, command, args))
        return ExitBadUsage;
    int jobs = 1;
    if (const int badUsage = checkArticleOptions(parser, command, &jobs); badUsage >= 0)
        return badUsage;
    QStringList paths;
    QString error;
    if (!expandArticleInputs(parser.positionalArguments(), parser.value("files-from"), &paths,
                             &error)) {
        printError(command, error);
        return ExitBadInput;
    }
    const auto gazetteer = openGazetteerOrSay(command);
    if (!gazetteer)
        return ExitBadInput;
    std::unique_ptr<FactionCatalog> catalog;
    if (withEvents) {
        QString warning;
        catalog = std::make_unique<FactionCatalog>(FactionCatalog::load(&warning));
        if (!warning.isEmpty())
            printError(command, QStringLiteral("warning: ") + warning);
    }
    const std::optional<StreamedFormat> streamed =
        streamedFormat(parser.value("format"), withEvents);
    if (!streamed)
        return writeWholeDocument(parser, paths, *gazetteer, catalog.get(), command);
    StreamOptions options;
    options.date = QDate::fromString(parser.value("date"), Qt::ISODate);
    options.jobs = jobs;
    options.catalog = catalog.get();
    options.format = *streamed;
    int skipped = 0;
    if (!streamArticles(paths, *gazetteer, options, command, &skipped)) {
        printError(command, QStringLiteral("could not write the result to standard output"));
        return ExitBadInput;
    }
    return skipped > 0 ? ExitBadInput : ExitSuccess;
}

} // namespace

int runGeoparseCommand(const QStringList &args)
{
    return runArticleCommand(QStringLiteral("geoparse"), args, false);
}

int runEventsCommand(const QStringList &args)
{
    return runArticleCommand(QStringLiteral("events"), args, true);
}

} // namespace frontline
