#include "CliSupport.h"
#include "Commands.h"

#include "document/Document.h"
#include "events/EventExtractor.h"
#include "io/EventsWriter.h"
#include "io/GeoparseWriter.h"
#include "io/Geodata.h"

namespace frontline {

namespace {

// geoparse and events: the same options and reading; events adds what happens.
int runArticleCommand(const QString &command, const QStringList &args, bool withEvents)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("date"), QStringLiteral("Publication date"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("json, geojson or csv"), QStringLiteral("format"),
                      QStringLiteral("json")});
    if (!parseOptions(parser, command, args))
        return ExitBadUsage;
    DataFormat format;
    if (!parseDataFormat(parser.value("format"), &format))
        return usageError(command, QStringLiteral("unknown format '%1'").arg(parser.value("format")));
    if (parser.isSet("date") && !QDate::fromString(parser.value("date"), Qt::ISODate).isValid())
        return usageError(command, QStringLiteral("--date takes YYYY-MM-DD"));
    if (parser.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("name at least one article"));

    const auto geodata = loadGazetteerOrSay(command);
    if (!geodata)
        return ExitBadInput;
    Document document;
    if (!withEvents) {
        if (!loadArticles(document, *geodata, parser.positionalArguments(), parser.value("date"), command))
            return ExitBadInput;
        return writeOutput(writeGeoparse(document, format), command) ? ExitSuccess : ExitBadInput;
    }
    QString warning;
    const FactionCatalog catalog = FactionCatalog::load(&warning);
    if (!warning.isEmpty())
        printError(command, QStringLiteral("warning: ") + warning);
    const EventExtractor extractor(catalog, *geodata->gazetteer);
    if (!loadArticles(document, *geodata, parser.positionalArguments(), parser.value("date"), command, &extractor))
        return ExitBadInput;
    return writeOutput(writeEvents(document, catalog, format), command) ? ExitSuccess : ExitBadInput;
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
