#pragma once

#include <QCommandLineParser>
#include <QString>

namespace frontline {

class Document;
class FactionCatalog;
struct Geodata;

// `export ... -o PG:...`: the export's data published to the team's database
// (io/DatabasePublisher) rather than written to a file.

// --author NAME (the login name by default) and --project NAME (the first input's name).
void addPublishOptions(QCommandLineParser &parser);
// Bad usage when there is no author to publish as; -1 when the options read.
int checkPublishOptions(const QCommandLineParser &parser, const QString &command);
// Publishes the document's places, mentions, events, control claims, zones, arrows and the
// factions; false with one line in `error` when it cannot, and nothing changed.
bool publishDocument(const QCommandLineParser &parser, const Document &document,
                     const Geodata &geodata, const FactionCatalog &catalog, QString *error);

} // namespace frontline
