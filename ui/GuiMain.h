#pragma once

namespace frontline {

// Opens the main window on the files named in argv (articles).
int runGui(int argc, char **argv);

} // namespace frontline
