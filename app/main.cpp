// Frontline: the reading commands (geoparse, events, gazetteer) run here; the window and export
// are the program frontline-maps, run in this process's place (cli/MapsProgram.h).
#include "cli/CommandLine.h"
#include "cli/MapsProgram.h"

int main(int argc, char *argv[])
{
    if (frontline::isHeadlessCommand(argc, argv))
        return frontline::runHeadlessCommand(argc, argv);
    return frontline::runMapsProgram(argv);
}
