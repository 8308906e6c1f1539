#pragma once

#include <QString>
#include <memory>

class GDALDataset;

namespace frontline {

// The team's shared store: a PostgreSQL database with PostGIS, reached through GDAL's PG
// driver with a connection as GDAL takes it ("PG:host=... port=... dbname=... user=...").

// Whether an export's target names a database ("PG:..."), not a file.
bool isDatabaseConnection(const QString &target);

// What the dialogs ask for, made into a connection (each value quoted as libpq reads it).
struct DatabaseLogin
{
    QString host;
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
    QString password;
};
QString databaseConnection(const DatabaseLogin &login);

// The connection as messages name it: its options without the password.
QString describeDatabase(const QString &connection);

// Opens the database for reading, or for writing with `forWriting`; null with one line that
// says why in the user's words (nothing listens there, the password was refused, no such
// database, no PostGIS in it), never the library's.
std::unique_ptr<GDALDataset> openTeamDatabase(const QString &connection, bool forWriting,
                                              QString *error);

// `text` as an SQL string literal ('it''s'), for the statements GDAL passes on as they are.
QByteArray sqlText(const QString &text);

} // namespace frontline
