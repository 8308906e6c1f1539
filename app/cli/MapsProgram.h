#pragma once

namespace frontline {

// The window and the commands that draw or write geodata (export) are the program
// frontline-maps, in libexec/ beside this program's bin/: they load GDAL, the basemap and Qt's
// widgets, which geoparse, events and gazetteer never need, so `frontline` starts without them.
// Replaces this process with frontline-maps, the arguments unchanged; returns only when it
// cannot, after one line on stderr.
int runMapsProgram(char **argv);

} // namespace frontline
