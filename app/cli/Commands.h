#pragma once

#include <QStringList>

namespace frontline {

// Each headless command takes the arguments after its name and returns an ExitCode. The
// program frontline-maps runs export (MapsProgram.h); `frontline` runs the others.
int runGeoparseCommand(const QStringList &args);
int runEventsCommand(const QStringList &args);
int runExportCommand(const QStringList &args);
int runGazetteerCommand(const QStringList &args);

} // namespace frontline
