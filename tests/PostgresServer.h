#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace frontline::test {

// A PostgreSQL 15 server of the test's own, as Debian installs it: initdb into a temporary
// folder with password authentication (SCRAM), started by pg_ctl on a free port of 127.0.0.1
// (its socket in that folder), with a database that has PostGIS (kTeamDatabase) and one
// without (kPlainDatabase); stopped (immediate) when destroyed. Postgres refuses to run as
// root: as root the server runs as the `postgres` user. When the binaries or PostGIS are not
// installed, or the server does not start, running() is false and why() says so for QSKIP.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    static constexpr const char *kUser = "frontline";
    static constexpr const char *kPassword = "s3cret-for-the-tests";
    static constexpr const char *kTeamDatabase = "team";
    static constexpr const char *kPlainDatabase = "plain";

    bool running() const { return m_running; }
    QString why() const { return m_why; }
    int port() const { return m_port; }
    // "PG:host=127.0.0.1 port=N dbname=DATABASE user=frontline password=PASSWORD".
    QString connection(const QString &database, const QString &password = kPassword) const;
    // Runs `sql` in `database` with psql: its rows, one a line, columns split by '|'; `ok`
    // false when psql fails.
    QString query(const QString &database, const QString &sql, bool *ok = nullptr) const;

private:
    bool start();
    bool createDatabases();
    bool runServerTool(const QString &tool, const QStringList &args);
    QString dataFolder() const { return m_folder.filePath(QStringLiteral("data")); }

    QTemporaryDir m_folder;
    bool m_started = false; // pg_ctl started it: stop it
    bool m_running = false; // started, and its databases made
    bool m_asPostgresUser = false;
    QString m_why;
    int m_port = 0;
};

// A psql session kept open: a transaction of the test's holding locks while a publisher
// runs into them. Ended, and its locks released, by close() or when destroyed.
class PostgresSession
{
public:
    PostgresSession(const PostgresServer &server, const QString &database);
    ~PostgresSession() { close(); }
    void send(const QByteArray &sql); // run as psql reads it
    void close();

private:
    QProcess m_psql;
};

// A port of 127.0.0.1 nothing listens on (the system's choice, closed again).
int unusedPort();

} // namespace frontline::test
