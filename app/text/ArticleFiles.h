#pragma once

#include <QStringList>

namespace frontline {

// The articles under a folder, read recursively: the files whose names end in .txt, .md,
// .html or .htm, in a stable order (by path), hidden files and folders left out.
QStringList articleFilesIn(const QString &folder);

} // namespace frontline
