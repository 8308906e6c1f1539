#pragma once

#include "CommandLine.h"
#include "text/Article.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace frontline {

class Gazetteer;

// Drops Qt's own diagnostics: a headless command prints its result and its errors, one line
// each, and nothing else (GDAL's are dropped wherever it is first used: geo/GdalSession.h).
void silenceLibraryMessages();
// The names the window uses too: both share the settings and the user gazetteer.
void nameApplication();

void printError(const QString &command, const QString &message);
int usageError(const QString &command, const QString &message);

// Parses a command's options; on an unknown option or a missing value prints one line and
// returns false (the caller exits with ExitBadUsage).
bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args);

// Reads the articles, in order, and hands each to `use`; "-" is standard input. `date` (may
// be null) overrides each article's publication date. Warnings go to stderr; false on the
// first unreadable file, or, given `skipped`, each such file is said, skipped and counted there.
bool readArticles(const QStringList &paths, const QString &date, const QString &command,
                  const std::function<void(Article)> &use, int *skipped = nullptr);

bool writeOutput(const QByteArray &data, const QString &command);
// The gazetteer (io/GazetteerFiles.h): nullptr after one line on stderr when it cannot be
// read; a damaged gazetteer of the analyst's is said in a warning line and the shipped one used.
std::shared_ptr<Gazetteer> openGazetteerOrSay(const QString &command);

} // namespace frontline
