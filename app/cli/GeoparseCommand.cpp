#include "CliSupport.h"
#include "Commands.h"

#include "document/Document.h"
#include "io/GeoparseWriter.h"
#include "io/Geodata.h"

namespace frontline {

int runGeoparseCommand(const QStringList &args)
{
    const QString command = QStringLiteral("geoparse");
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

    QString error;
    const auto geodata = loadGeodata(GeodataParts::GazetteerOnly, &error);
    if (!geodata) {
        printError(command, error);
        return ExitBadInput;
    }
    Document document;
    if (!loadArticles(document, *geodata, parser.positionalArguments(), parser.value("date"), command))
        return ExitBadInput;
    return writeOutput(writeGeoparse(document, format), command) ? ExitSuccess : ExitBadInput;
}

} // namespace frontline
