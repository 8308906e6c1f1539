#pragma once

#include "CommandLine.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace frontline {

class Document;
class EventExtractor;
struct Geodata;

// Drops Qt's and GDAL's own diagnostics: a headless command prints its result and its
// errors, one line each, and nothing else.
void silenceLibraryMessages();

void printError(const QString &command, const QString &message);
int usageError(const QString &command, const QString &message);

// Parses a command's options; on an unknown option or a missing value prints one line and
// returns false (the caller exits with ExitBadUsage).
bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args);

// Reads the articles into `document` (geoparsed); "-" is standard input. `date` (may be null)
// overrides each article's publication date. Warnings go to stderr; false on the first
// unreadable file, or, given `skipped`, each such file is said, skipped and counted there.
bool loadArticles(Document &document, const Geodata &geodata, const QStringList &paths,
                  const QString &date, const QString &command,
                  const EventExtractor *events = nullptr, int *skipped = nullptr);

bool writeOutput(const QByteArray &data, const QString &command);
// The gazetteer (and no basemap): nullptr after one line on stderr when it cannot be read; a
// damaged gazetteer of the analyst's is said in a warning line and the shipped one used.
std::unique_ptr<Geodata> loadGazetteerOrSay(const QString &command);

} // namespace frontline
