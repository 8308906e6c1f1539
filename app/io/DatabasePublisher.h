#pragma once

#include "DataFeatures.h"

#include <functional>

namespace frontline {

class FactionCatalog;

// Who publishes what where: the database (TeamDatabase.h's "PG:..." connection), the author
// and the project, which together key the rows.
struct PublishRequest
{
    QString connection;
    QString author;
    QString project;
};

// The login name from the environment (USER, then LOGNAME): the author when none is given.
QString defaultAuthor();

// Called after each table is written, with how many are done of how many; from the thread
// that publishes.
using PublishProgress = std::function<void(int done, int total)>;

// Publishes an export's layers (DataLayers.h: the GeoPackage's tables, each with the author,
// the project, the feature's key and its article's day) into the team's database, in one
// transaction: the author's earlier rows of the project are replaced, nobody else's are
// touched. Two publishers making the tables at once take turns (an advisory lock). False
// with one line, and nothing changed, when it cannot. Returns the rows written in `rows`.
bool publishToDatabase(const PublishRequest &request, const std::vector<DataFeature> &features,
                       const FactionCatalog &catalog, QString *error,
                       const PublishProgress &progress = {}, int *rows = nullptr);

} // namespace frontline
