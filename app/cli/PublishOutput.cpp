#include "PublishOutput.h"

#include "CliSupport.h"
#include "io/DatabasePublisher.h"
#include "io/Geodata.h"
#include "map/ControlZones.h"

#include <QDir>
#include <QFileInfo>

namespace frontline {
namespace {

QString authorOf(const QCommandLineParser &parser)
{
    return (parser.isSet("author") ? parser.value("author") : defaultAuthor()).trimmed();
}

// The first input's name: an article's without its extension, a folder's, "stdin" for "-".
QString projectOf(const QCommandLineParser &parser)
{
    if (parser.isSet("project"))
        return parser.value("project").trimmed();
    const QString first = parser.positionalArguments().value(0);
    if (first == QLatin1String("-"))
        return QStringLiteral("stdin");
    const QFileInfo info(QDir::cleanPath(first));
    return info.isDir() ? info.fileName() : info.completeBaseName();
}

} // namespace

void addPublishOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("author"),
                      QStringLiteral("Publish as NAME (-o PG:...; the login name by default)"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("project"),
                      QStringLiteral("Publish as project NAME (-o PG:...; the first input's name "
                                     "by default)"),
                      QStringLiteral("NAME")});
}

int checkPublishOptions(const QCommandLineParser &parser, const QString &command)
{
    if (authorOf(parser).isEmpty())
        return usageError(command, parser.isSet("author")
                                       ? QStringLiteral("--author takes a name")
                                       : QStringLiteral("--author NAME is needed: neither USER "
                                                        "nor LOGNAME names you"));
    if (projectOf(parser).isEmpty())
        return usageError(command, QStringLiteral("--project takes a name"));
    return -1;
}

bool publishDocument(const QCommandLineParser &parser, const Document &document,
                     const Geodata &geodata, const FactionCatalog &catalog, QString *error)
{
    const std::vector<ControlZone> zones = controlZonesFromText(document, geodata.basemap);
    return publishToDatabase({parser.value("o"), authorOf(parser), projectOf(parser)},
                             dataFeatures(document, catalog, zones), catalog, error);
}

} // namespace frontline
