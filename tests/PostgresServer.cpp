#include "PostgresServer.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace frontline::test {
namespace {

const QString kBinaries = QStringLiteral("/usr/lib/postgresql/15/bin/");
const QString kPostgisControl =
    QStringLiteral("/usr/share/postgresql/15/extension/postgis.control");
constexpr int kStartTries = 3;         // a port found free may be taken before the server binds it
constexpr int kToolTimeoutMs = 120000; // initdb and a start on a busy machine take seconds

QStringList psqlArguments(const PostgresServer &server, const QString &database)
{
    return {QStringLiteral("-X"), QStringLiteral("-q"),
            QStringLiteral("-A"), QStringLiteral("-t"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(server.port()),
            QStringLiteral("-U"), QString::fromLatin1(PostgresServer::kUser),
            QStringLiteral("-d"), database};
}

void startPsql(QProcess &psql, const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"),
                       QString::fromLatin1(PostgresServer::kPassword));
    psql.setProcessEnvironment(environment);
    psql.start(kBinaries + QStringLiteral("psql"), args);
}

} // namespace

int unusedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

PostgresServer::PostgresServer()
{
    if (!QFileInfo::exists(kBinaries + QStringLiteral("initdb"))) {
        m_why = QStringLiteral("PostgreSQL 15 is not installed (Debian's postgresql-15, which "
                               "./setup installs): the database tests are skipped");
        return;
    }
    if (!QFileInfo::exists(kPostgisControl)) {
        m_why = QStringLiteral("PostGIS is not installed (Debian's postgresql-15-postgis-3, "
                               "which ./setup installs): the database tests are skipped");
        return;
    }
    m_asPostgresUser = ::geteuid() == 0; // postgres will not run as root
    if (m_asPostgresUser &&
        (!::getpwnam("postgres") ||
         QProcess::execute(QStringLiteral("chown"),
                           {QStringLiteral("postgres:"), m_folder.path()}) != 0)) {
        m_why = QStringLiteral("running as root, and no postgres user can own the server's "
                               "folder: the database tests are skipped");
        return;
    }
    m_running = start() && createDatabases();
}

PostgresServer::~PostgresServer()
{
    if (m_started)
        runServerTool(QStringLiteral("pg_ctl"),
                      {QStringLiteral("stop"), QStringLiteral("-D"), dataFolder(),
                       QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w")});
}

bool PostgresServer::start()
{
    const QString passwordFile = m_folder.filePath(QStringLiteral("password"));
    QFile password(passwordFile);
    if (!password.open(QIODevice::WriteOnly) || password.write(kPassword) < 0)
        return false;
    password.close();
    if (m_asPostgresUser)
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), passwordFile});
    if (!runServerTool(QStringLiteral("initdb"),
                       {QStringLiteral("-D"), dataFolder(), QStringLiteral("-U"),
                        QString::fromLatin1(kUser), QStringLiteral("--auth=scram-sha-256"),
                        QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("-E"),
                        QStringLiteral("UTF8"), QStringLiteral("--no-sync")})) {
        m_why = QStringLiteral("initdb failed: the database tests are skipped");
        return false;
    }
    for (int attempt = 0; attempt < kStartTries && !m_started; ++attempt) {
        m_port = unusedPort();
        const QString options =
            QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off")
                .arg(m_port)
                .arg(m_folder.path());
        m_started = runServerTool(QStringLiteral("pg_ctl"),
                                  {QStringLiteral("start"), QStringLiteral("-D"), dataFolder(),
                                   QStringLiteral("-w"), QStringLiteral("-l"),
                                   m_folder.filePath(QStringLiteral("server.log")),
                                   QStringLiteral("-o"), options});
    }
    if (!m_started)
        m_why = QStringLiteral("the test's PostgreSQL server did not start: the database tests "
                               "are skipped");
    return m_started;
}

bool PostgresServer::createDatabases()
{
    bool made = false, team = false, plain = false;
    query(QStringLiteral("postgres"),
          QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kTeamDatabase)), &team);
    query(QStringLiteral("postgres"),
          QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kPlainDatabase)), &plain);
    query(QString::fromLatin1(kTeamDatabase), QStringLiteral("CREATE EXTENSION postgis"), &made);
    if (!(team && plain && made))
        m_why = QStringLiteral("the test's databases (one with PostGIS) could not be made: the "
                               "database tests are skipped");
    return team && plain && made;
}

// initdb and pg_ctl, as the postgres user when this is root; their output to a file (a pipe
// would be held open by the server pg_ctl leaves running).
bool PostgresServer::runServerTool(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.setStandardOutputFile(m_folder.filePath(tool + QStringLiteral(".out")),
                                  QIODevice::Append);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), kBinaries + tool} +
                          args);
    else
        process.start(kBinaries + tool, args);
    return process.waitForFinished(kToolTimeoutMs) &&
           process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString PostgresServer::connection(const QString &database, const QString &password) const
{
    return QStringLiteral("PG:host=127.0.0.1 port=%1 dbname=%2 user=%3 password=%4")
        .arg(m_port)
        .arg(database, QLatin1String(kUser), password);
}

QString PostgresServer::query(const QString &database, const QString &sql, bool *ok) const
{
    QProcess psql;
    startPsql(psql, psqlArguments(*this, database) << QStringLiteral("-c") << sql);
    const bool done = psql.waitForFinished(kToolTimeoutMs) &&
                      psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0;
    if (ok)
        *ok = done;
    return done ? QString::fromUtf8(psql.readAllStandardOutput()).trimmed() : QString();
}

PostgresSession::PostgresSession(const PostgresServer &server, const QString &database)
{
    startPsql(m_psql, psqlArguments(server, database));
}

void PostgresSession::send(const QByteArray &sql)
{
    m_psql.write(sql + '\n');
    m_psql.waitForBytesWritten();
}

void PostgresSession::close()
{
    if (m_psql.state() == QProcess::NotRunning)
        return;
    m_psql.closeWriteChannel(); // psql ends at the end of its input, its transaction undone
    m_psql.waitForFinished(kToolTimeoutMs);
}

} // namespace frontline::test
