#include "GuiMain.h"

#include "MainWindow.h"
#include "ProjectSession.h"
#include "cli/CommandLine.h"
#include "io/Geodata.h"

#include <QApplication>
#include <QMessageBox>
#include <cstdio>

namespace frontline {
namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int runGui(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            std::fprintf(stderr, "frontline: unknown option %s (see frontline --help)\n", argv[i]);
            return ExitBadUsage;
        }
        files << arg;
    }
    if (!hasDisplay()) {
        std::fputs("frontline: no display to open the window on; for a headless snapshot use "
                   "'frontline export ARTICLE -o map.png'\n", stderr);
        return ExitBadInput;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationName(QStringLiteral("Frontline"));
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    QString error;
    const auto geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
    if (!geodata) {
        std::fprintf(stderr, "frontline: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("Frontline"),
                              QObject::tr("Frontline cannot start: %1").arg(error));
        return ExitBadInput;
    }
    MainWindow window(*geodata);
    window.show();
    window.project()->offerRecovery(); // the work of a session that ended without closing
    window.openFiles(files);
    return app.exec();
}

} // namespace frontline
