#include "CliSupport.h"

#include "ArticleInputs.h"
#include "io/GazetteerFiles.h"
#include "text/ArticleReader.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace frontline {
namespace {

void discardMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

} // namespace

void silenceLibraryMessages()
{
    qInstallMessageHandler(discardMessage);
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Frontline"));
    QCoreApplication::setApplicationName(QStringLiteral("Frontline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
}

void printError(const QString &command, const QString &message)
{
    std::fprintf(stderr, "frontline %s: %s\n", qPrintable(command), qPrintable(message));
}

int usageError(const QString &command, const QString &message)
{
    printError(command, message + QStringLiteral(" (see frontline --help)"));
    return ExitBadUsage;
}

bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("frontline")} + args)) {
        usageError(command, parser.errorText().replace(QLatin1Char('\n'), QLatin1Char(' ')));
        return false;
    }
    return true;
}

bool readArticles(const QStringList &paths, const QString &date, const QString &command,
                  const std::function<void(Article)> &use, int *skipped)
{
    const QDate overrideDate = QDate::fromString(date, Qt::ISODate);
    for (const QString &path : paths) {
        ArticleReadResult read = readArticleInput(path);
        if (!read.ok()) {
            printError(command, read.error);
            if (!skipped)
                return false;
            ++*skipped;
            continue;
        }
        for (const QString &warning : read.warnings)
            printError(command, QStringLiteral("warning: %1: %2").arg(path, warning));
        if (overrideDate.isValid())
            read.article.date = overrideDate;
        use(std::move(read.article));
    }
    return true;
}

bool writeOutput(const QByteArray &data, const QString &command)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size() || !out.flush()) {
        printError(command, QStringLiteral("could not write the result to standard output"));
        return false;
    }
    return true;
}

std::shared_ptr<Gazetteer> openGazetteerOrSay(const QString &command)
{
    QString error, warning;
    auto gazetteer = openGazetteer(&error, &warning);
    if (!gazetteer)
        printError(command, error);
    else if (!warning.isEmpty())
        printError(command, QStringLiteral("warning: ") + warning);
    return gazetteer;
}

} // namespace frontline
