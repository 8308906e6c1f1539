#pragma once

namespace frontline {

// Exit codes of DESIGN.md's command-line contract.
enum ExitCode { ExitSuccess = 0, ExitBadInput = 1, ExitBadUsage = 2 };

// Whether argv names a headless command (geoparse, export, gazetteer, --help, --version)
// rather than files to open in the window.
bool isHeadlessCommand(int argc, char **argv);

// Runs a headless command: no window is created, only results go to stdout and only
// Frontline's own one-line errors to stderr.
int runHeadlessCommand(int argc, char **argv);

} // namespace frontline
