// frontline-maps: the window, and the command that draws or writes geodata (export), which
// `frontline` hands on to it (cli/MapsProgram.h). Not on PATH: run through `frontline`.
#include "GuiMain.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include <QGuiApplication>
#include <cstring>

namespace {

// An export draws text, which needs a GUI application; it never needs a display.
int runExport(int argc, char **argv)
{
    frontline::silenceLibraryMessages(); // before the application object, which may complain
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication app(argc, argv);
    frontline::nameApplication();
    return frontline::runExportCommand(QCoreApplication::arguments().mid(2));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "export") == 0)
        return runExport(argc, argv);
    return frontline::runGui(argc, argv);
}
