// The team's shared store (issue #16): `frontline export ... -o PG:...` run as a user runs it,
// into a PostgreSQL 15 server with PostGIS of the test's own, and the team's layers read back.
#include "PostgresServer.h"
#include "TestSupport.h"
#include "io/DataPaths.h"
#include "io/TeamLayerReader.h"
#include "map/VectorSource.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <gdal_priv.h>
#include <map>
#include <ogrsf_frmts.h>

using namespace frontline;
using test::PostgresServer;

namespace {

constexpr int kRunTimeoutMs = 120000;
constexpr int kWaitMs = 120000; // for a server or a program to reach a state; no timing is tested
// The tables a publish writes: the GeoPackage's layers.
const QStringList kTables{QStringLiteral("places"),  QStringLiteral("mentions"),
                          QStringLiteral("events"),  QStringLiteral("control_claims"),
                          QStringLiteral("zones"),   QStringLiteral("arrows"),
                          QStringLiteral("factions")};
// The advisory lock publishers take while they make the tables (DatabasePublisher's key).
constexpr qint64 kTablesLockKey = 0x46524f4e544c494e;

// The seed when ../shared is beside the clone, else a bundled example.
QString articleToPublish()
{
    const QString seed = test::seedArticlePath();
    return seed.isEmpty() ? resourcePath(QStringLiteral("examples/ukraine-kharkiv.txt")) : seed;
}

QStringList publishArguments(const QString &article, const QString &connection,
                             const QString &author)
{
    return {QStringLiteral("export"),   article, QStringLiteral("-o"), connection,
            QStringLiteral("--author"), author};
}

void startFrontline(QProcess &process, const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(test::frontlineProgram(), args);
}

test::MeasuredRun runFrontline(const QStringList &args, const QStringList &environment = {})
{
    return test::runMeasured(
        test::frontlineProgram(), args,
        QStringList{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")} + environment,
        kRunTimeoutMs);
}

// Each layer's features in a GeoPackage.
std::map<QString, int> featuresInGeoPackage(const QString &path)
{
    std::map<QString, int> counts;
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset)
        return counts;
    for (OGRLayer *layer : dataset->GetLayers())
        counts[QString::fromUtf8(layer->GetName())] = int(layer->GetFeatureCount());
    return counts;
}

// The points, lines and polygons of layers read from the database.
int shapesIn(const std::vector<MapLayer> &layers)
{
    int shapes = 0;
    for (const MapLayer &layer : layers) {
        const auto *source = dynamic_cast<const VectorSource *>(layer.source.get());
        shapes += source ? int(source->points.size() + source->lines.size() +
                               source->polygons.features().size())
                         : 0;
    }
    return shapes;
}

} // namespace

class TeamStoreTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_dir;
    std::map<QString, int> m_geoPackage; // each layer's features, one export of the article
    int m_geoPackageTotal = 0;

    QString team(const QString &sql) const
    {
        return m_server->query(QString::fromLatin1(PostgresServer::kTeamDatabase), sql);
    }
    // The rows of a table in the team's database that `where` lets through.
    int rows(const QString &table, const QString &where = QStringLiteral("true")) const
    {
        return team(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)).toInt();
    }
    int allRows(const QString &where = QStringLiteral("true")) const
    {
        int total = 0;
        for (const QString &table : kTables)
            total += rows(table, where);
        return total;
    }
    // Every key of an author's rows, table by table: what a publish left, to the row.
    QString keysOf(const QString &author) const
    {
        QString keys;
        for (const QString &table : kTables)
            keys += team(QStringLiteral("SELECT string_agg(feature_key, ',' ORDER BY feature_key) "
                                        "FROM %1 WHERE author = '%2'")
                             .arg(table, author)) +
                    QLatin1Char('\n');
        return keys;
    }
    int sessions(const QString &condition) const
    {
        return team(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE %1").arg(condition))
            .toInt();
    }
    int advisoryLocks(bool granted) const
    {
        return team(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                   "AND granted = %1")
                        .arg(granted ? QStringLiteral("true") : QStringLiteral("false")))
            .toInt();
    }
    QString teamConnection() const
    {
        return m_server->connection(QString::fromLatin1(PostgresServer::kTeamDatabase));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<PostgresServer>();
        if (!m_server->running())
            QSKIP(qPrintable(m_server->why()));
        GDALAllRegister();
        const QString geoPackage = m_dir.filePath(QStringLiteral("one.gpkg"));
        QCOMPARE(runFrontline({QStringLiteral("export"), articleToPublish(), QStringLiteral("-o"),
                               geoPackage})
                     .exitCode,
                 0);
        m_geoPackage = featuresInGeoPackage(geoPackage);
        QCOMPARE(int(m_geoPackage.size()), int(kTables.size()));
        for (const auto &[layer, count] : m_geoPackage)
            m_geoPackageTotal += count;
        QVERIFY(m_geoPackage[QStringLiteral("places")] > 0);
        QVERIFY(m_geoPackage[QStringLiteral("events")] > 0);
    }

    // Two authors publish at the same moment into a database without the tables: both wait at
    // the lock that guards making them (held here until both are there), then both make or
    // find them. Each holds its own rows: twice one GeoPackage. A third publish by the first
    // author replaces its rows and adds none.
    void concurrentPublishersKeepTheirOwnRows()
    {
        test::PostgresSession holder(*m_server, QString::fromLatin1(PostgresServer::kTeamDatabase));
        holder.send(QByteArray("SELECT pg_advisory_lock(") + QByteArray::number(kTablesLockKey) +
                    ");");
        QTRY_COMPARE_WITH_TIMEOUT(advisoryLocks(true), 1, kWaitMs);
        QProcess alice, bob;
        startFrontline(
            alice, publishArguments(articleToPublish(), teamConnection(), QStringLiteral("alice")));
        startFrontline(
            bob, publishArguments(articleToPublish(), teamConnection(), QStringLiteral("bob")));
        QTRY_COMPARE_WITH_TIMEOUT(advisoryLocks(false), 2, kWaitMs);
        holder.close();
        for (QProcess *publisher : {&alice, &bob}) {
            QVERIFY(publisher->waitForFinished(kRunTimeoutMs));
            QVERIFY2(publisher->exitCode() == 0, publisher->readAllStandardError().constData());
            QVERIFY(publisher->readAllStandardError().isEmpty());
        }
        for (const QString &table : kTables)
            QCOMPARE(rows(table), 2 * m_geoPackage[table]);
        QCOMPARE(allRows(), 2 * m_geoPackageTotal);
        const QString bobsRows = keysOf(QStringLiteral("bob"));

        const test::MeasuredRun again = runFrontline(
            publishArguments(articleToPublish(), teamConnection(), QStringLiteral("alice")));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(allRows(), 2 * m_geoPackageTotal);
        QCOMPARE(allRows(QStringLiteral("author = 'alice'")), m_geoPackageTotal);
        QCOMPARE(keysOf(QStringLiteral("bob")), bobsRows);
        // What it printed names the database, never its password.
        QVERIFY(again.out.contains("dbname='team'"));
        QVERIFY(!again.out.contains(PostgresServer::kPassword));
    }

    // A publish killed (SIGKILL) after it has replaced some tables' rows in its transaction,
    // while it waits for a row the test holds: none of it stays, the earlier publish stands.
    void aPublishKilledHalfwayLeavesNoRows()
    {
        const QStringList project{QStringLiteral("--project"), QStringLiteral("carols-map")};
        QCOMPARE(runFrontline(publishArguments(articleToPublish(), teamConnection(),
                                               QStringLiteral("carol")) +
                              project)
                     .exitCode,
                 0);
        const QString before = keysOf(QStringLiteral("carol"));
        const int rowsBefore = allRows();

        test::PostgresSession holder(*m_server, QString::fromLatin1(PostgresServer::kTeamDatabase));
        holder.send("BEGIN; SELECT 1 FROM factions WHERE author = 'carol' FOR UPDATE;");
        QTRY_COMPARE_WITH_TIMEOUT(sessions(QStringLiteral("state = 'idle in transaction'")), 1,
                                  kWaitMs);
        QProcess publisher; // another article as the same project: every table would change
        startFrontline(publisher, publishArguments(
                                      resourcePath(QStringLiteral("examples/sudan-el-fasher.txt")),
                                      teamConnection(), QStringLiteral("carol")) +
                                      project);
        // Waiting for the factions' row: its places to arrows are written, not committed.
        QTRY_COMPARE_WITH_TIMEOUT(sessions(QStringLiteral("application_name = 'frontline' AND "
                                                          "wait_event_type = 'Lock' AND "
                                                          "backend_xid IS NOT NULL")),
                                  1, kWaitMs);
        publisher.kill();
        QVERIFY(publisher.waitForFinished(kRunTimeoutMs));
        QCOMPARE(publisher.exitStatus(), QProcess::CrashExit);
        holder.close();
        QTRY_COMPARE_WITH_TIMEOUT(sessions(QStringLiteral("application_name = 'frontline'")), 0,
                                  kWaitMs);
        QCOMPARE(keysOf(QStringLiteral("carol")), before);
        QCOMPARE(allRows(), rowsBefore);
    }

    // An unreachable server, a wrong password, no such database, a database without PostGIS:
    // one line each in the user's words (exit 1), and nothing changes.
    void badDatabasesSayOneLineAndChangeNothing()
    {
        const int rowsBefore = allRows();
        const QString team = QString::fromLatin1(PostgresServer::kTeamDatabase);
        const QString refused = QStringLiteral("PG:host=127.0.0.1 port=%1 dbname=team user=%2 "
                                               "password=%3")
                                    .arg(test::unusedPort())
                                    .arg(QLatin1String(PostgresServer::kUser),
                                         QLatin1String(PostgresServer::kPassword));
        const std::pair<QString, const char *> cases[] = {
            {refused, "connection refused"},
            {m_server->connection(team, QStringLiteral("not-the-password")),
             "wrong password for user \"frontline\""},
            {m_server->connection(QStringLiteral("nowhere")), "no database \"nowhere\""},
            {m_server->connection(QString::fromLatin1(PostgresServer::kPlainDatabase)),
             "has no PostGIS"}};
        for (const auto &[connection, words] : cases) {
            const test::MeasuredRun run = runFrontline(
                publishArguments(articleToPublish(), connection, QStringLiteral("dan")));
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(run.err.contains(words), run.err.constData());
            for (const char *noise : {"PQconnectdb", "FATAL", "ERROR", PostgresServer::kPassword})
                QVERIFY2(!run.err.contains(noise), run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(allRows(), rowsBefore);
        QCOMPARE(m_server->query(QString::fromLatin1(PostgresServer::kPlainDatabase),
                                 QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                "WHERE table_schema = 'public'")),
                 QStringLiteral("0"));
    }

    // Without --author a publish is the login name's (USER, then LOGNAME), and without
    // --project the article's; with neither name known it is bad usage.
    void theAuthorDefaultsToTheLoginName()
    {
        const QString article = articleToPublish();
        const QString project = QFileInfo(article).completeBaseName();
        const QStringList args{QStringLiteral("export"), article, QStringLiteral("-o"),
                               teamConnection()};
        QCOMPARE(runFrontline(args, {QStringLiteral("USER=dora")}).exitCode, 0);
        QCOMPARE(allRows(QStringLiteral("author = 'dora' AND project = '%1'").arg(project)),
                 m_geoPackageTotal);
        QCOMPARE(
            runFrontline(args, {QStringLiteral("USER"), QStringLiteral("LOGNAME=erin")}).exitCode,
            0);
        QCOMPARE(allRows(QStringLiteral("author = 'erin'")), m_geoPackageTotal);
        const test::MeasuredRun nameless =
            runFrontline(args, {QStringLiteral("USER"), QStringLiteral("LOGNAME")});
        QCOMPARE(nameless.exitCode, 2);
        QCOMPARE(nameless.err.count('\n'), 1);
        QVERIFY(nameless.err.contains("--author"));
    }

    // The team's layers read back: every author's, one author's, the days of the articles
    // and a region each let through what they should.
    void theTeamsLayersReadBackFiltered()
    {
        const QString sahel = resourcePath(QStringLiteral("examples/sahel-mali.txt")); // 2023-11-10
        QCOMPARE(
            runFrontline(publishArguments(sahel, teamConnection(), QStringLiteral("fay"))).exitCode,
            0);
        QString error;
        const std::vector<MapLayer> everyones = readTeamLayers(teamConnection(), {}, &error);
        QVERIFY2(everyones.size() == 4, qPrintable(error)); // zones, arrows, events, places
        for (const MapLayer &layer : everyones)
            QVERIFY(isTeamLayer(layer) && !layer.id.contains(PostgresServer::kPassword));
        TeamFilter fays;
        fays.author = QStringLiteral("fay");
        const int faysShapes = shapesIn(readTeamLayers(teamConnection(), fays, &error));
        QVERIFY(faysShapes > 0 && faysShapes < shapesIn(everyones));
        TeamFilter nobodys;
        nobodys.author = QStringLiteral("nobody-published-this");
        QVERIFY(readTeamLayers(teamConnection(), nobodys, &error).empty());
        QVERIFY(error.contains(QLatin1String("nothing published there matches")));

        fays.from = fays.to = QDate(2023, 11, 10);
        QCOMPARE(shapesIn(readTeamLayers(teamConnection(), fays, &error)), faysShapes);
        fays.from = fays.to = QDate(2023, 11, 9);
        QVERIFY(readTeamLayers(teamConnection(), fays, &error).empty());
        fays.from = fays.to = QDate();
        fays.region = QRectF(QPointF(-12.3, 10.1), QPointF(4.3, 25.0)); // Mali
        QVERIFY(shapesIn(readTeamLayers(teamConnection(), fays, &error)) > 0);
        fays.region = QRectF(QPointF(-80, -40), QPointF(-40, 0)); // South America
        QVERIFY(readTeamLayers(teamConnection(), fays, &error).empty());
    }
};

QTEST_GUILESS_MAIN(TeamStoreTest)
#include "test_team_store.moc"
