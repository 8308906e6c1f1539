// File > Publish to Database... and File > Open from Database..., driven with real clicks on
// the offscreen platform, against a PostgreSQL server with PostGIS of the test's own.
#include "MainWindow.h"
#include "MapView.h"
#include "OpenFromDatabaseDialog.h"
#include "PostgresServer.h"
#include "PublishDialog.h"
#include "TestSupport.h"
#include "gazetteer/UserGazetteer.h"
#include "io/DataPaths.h"
#include "io/Geodata.h"
#include "io/TeamLayerReader.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace frontline;
using test::PostgresServer;

namespace {

constexpr int kWaitMs = 120000; // for a publish or a reading to end; no timing is tested
const QString kArticle = QStringLiteral("examples/ukraine-kharkiv.txt");

// Replaces a field's text by typing, as the analyst does.
void typeInto(QWidget *dialog, const QString &field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickAction(QWidget *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("databaseAction"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString messageOf(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("databaseMessage"))->text();
}

} // namespace

class TeamStoreGuiTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<Geodata> m_geodata;

    // Each table's rows of an author, in one line ("13|36|22|...").
    QString rowsOf(const QString &author) const
    {
        QStringList counts;
        for (const char *table :
             {"places", "mentions", "events", "control_claims", "zones", "arrows", "factions"})
            counts << QStringLiteral("(SELECT count(*) FROM %1 WHERE author = '%2')")
                          .arg(QLatin1String(table), author);
        return m_server->query(QString::fromLatin1(PostgresServer::kTeamDatabase),
                               QStringLiteral("SELECT ") + counts.join(QLatin1Char(',')));
    }
    // Types the test server's connection into a dialog's fields.
    void typeConnection(QWidget *dialog, const QString &password)
    {
        typeInto(dialog, QStringLiteral("databaseHost"), QStringLiteral("127.0.0.1"));
        auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("databasePort"));
        port->clear();
        QTest::keyClicks(port, QString::number(m_server->port()));
        typeInto(dialog, QStringLiteral("databaseName"),
                 QString::fromLatin1(PostgresServer::kTeamDatabase));
        typeInto(dialog, QStringLiteral("databaseUser"),
                 QString::fromLatin1(PostgresServer::kUser));
        typeInto(dialog, QStringLiteral("databasePassword"), password);
    }
    static int teamLayers(const MainWindow &window)
    {
        const std::vector<MapLayer> &layers = window.mapView()->layers().layers();
        return int(std::count_if(layers.begin(), layers.end(), &isTeamLayer));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("FrontlineTests")); // settings of its own
        QApplication::setApplicationName(QStringLiteral("TeamStoreGuiTest"));
        m_server = std::make_unique<PostgresServer>();
        if (!m_server->running())
            QSKIP(qPrintable(m_server->why()));
        QFile::remove(userGazetteerPath()); // the window reads what the command line reads
        QString error;
        m_geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(m_geodata, qPrintable(error));
        QSettings().clear();
    }

    // A wrong password is said in the dialog, which stays open; with the right one the window
    // publishes what `frontline export -o PG:...` publishes of the same article.
    void publishFromTheWindow()
    {
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::loadingFinished);
        window.openFiles({resourcePath(kArticle)});
        QVERIFY(loaded.wait(kWaitMs));

        window.findChild<QAction *>(QStringLiteral("publishToDatabase"))->trigger();
        auto *dialog = window.findChild<PublishDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("publishProject"))->text(),
                 QStringLiteral("ukraine-kharkiv"));
        typeConnection(dialog, QStringLiteral("not-the-password"));
        typeInto(dialog, QStringLiteral("publishAuthor"), QStringLiteral("gwen"));
        clickAction(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(messageOf(dialog).contains(QLatin1String("wrong password")),
                                 kWaitMs);
        QVERIFY(dialog->isVisible());

        QSignalSpy published(dialog, &PublishDialog::published);
        typeInto(dialog, QStringLiteral("databasePassword"),
                 QString::fromLatin1(PostgresServer::kPassword));
        clickAction(dialog);
        QVERIFY(published.wait(kWaitMs));
        QTRY_VERIFY(!window.findChild<PublishDialog *>()); // closed when done
        QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Published")));

        const test::MeasuredRun cli = test::runMeasured(
            test::frontlineProgram(),
            {QStringLiteral("export"), resourcePath(kArticle), QStringLiteral("-o"),
             m_server->connection(QString::fromLatin1(PostgresServer::kTeamDatabase)),
             QStringLiteral("--author"), QStringLiteral("cli")},
            {QStringLiteral("DISPLAY")}, kWaitMs);
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(!rowsOf(QStringLiteral("gwen")).startsWith(QLatin1String("0|")));
        QCOMPARE(rowsOf(QStringLiteral("gwen")), rowsOf(QStringLiteral("cli")));
    }

    // One author's layers open on the map; limited to the region in view, another author's
    // publish from elsewhere is "nothing that matches", said in the dialog.
    void openTheTeamsLayersFromTheWindow()
    {
        const test::MeasuredRun elsewhere = test::runMeasured(
            test::frontlineProgram(),
            {QStringLiteral("export"), resourcePath(QStringLiteral("examples/sahel-mali.txt")),
             QStringLiteral("-o"),
             m_server->connection(QString::fromLatin1(PostgresServer::kTeamDatabase)),
             QStringLiteral("--author"), QStringLiteral("hana")},
            {QStringLiteral("DISPLAY")}, kWaitMs);
        QCOMPARE(elsewhere.exitCode, 0);
        MainWindow window(*m_geodata);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::loadingFinished);
        window.openFiles({resourcePath(kArticle)}); // the view: Kharkiv
        QVERIFY(loaded.wait(kWaitMs));

        window.findChild<QAction *>(QStringLiteral("openFromDatabase"))->trigger();
        auto *dialog = window.findChild<OpenFromDatabaseDialog *>();
        QVERIFY(dialog);
        typeConnection(dialog, QString::fromLatin1(PostgresServer::kPassword));
        typeInto(dialog, QStringLiteral("teamAuthor"), QStringLiteral("hana"));
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("teamViewOnly")),
                          Qt::LeftButton);
        clickAction(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(messageOf(dialog).contains(QLatin1String("nothing published")),
                                 kWaitMs);
        QCOMPARE(teamLayers(window), 0);

        typeInto(dialog, QStringLiteral("teamAuthor"), QStringLiteral("gwen"));
        QSignalSpy read(dialog, &OpenFromDatabaseDialog::layersRead);
        clickAction(dialog);
        QVERIFY(read.wait(kWaitMs));
        QCOMPARE(teamLayers(window), 4); // zones, arrows, events, places
        for (const MapLayer &layer : window.mapView()->layers().layers())
            QVERIFY(!isTeamLayer(layer) || layer.name.contains(QLatin1String("by gwen")));
    }
};

QTEST_MAIN(TeamStoreGuiTest)
#include "test_team_store_gui.moc"
