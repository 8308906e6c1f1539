#pragma once

#include <QByteArray>
#include <QString>

namespace frontline {

// Writes `data` to `path` so that the file appears whole or not at all, and says why not.
// Refuses a target that exists and is not a regular file (a folder, a device, a pipe); writes a
// temporary file beside the target, checks every write, the sync and the close, renames it over
// the target and syncs the folder. On any failure the temporary file is removed, the previous
// file is left byte for byte as it was, and `error` says why in words ("PATH: no space left on
// device"). A link to a regular file is written through: the file it names is replaced.
bool writeFileSafely(const QString &path, const QByteArray &data, QString *error);

} // namespace frontline
