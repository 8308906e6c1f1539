// Frontline: headless commands run without a window; anything else opens the window.
#include "cli/CommandLine.h"
#include "GuiMain.h"

int main(int argc, char *argv[])
{
    if (frontline::isHeadlessCommand(argc, argv))
        return frontline::runHeadlessCommand(argc, argv);
    return frontline::runGui(argc, argv);
}
