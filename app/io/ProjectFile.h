#pragma once

#include "DataFeatures.h"
#include "document/ProjectState.h"

#include <QString>
#include <optional>

namespace frontline {

// The version of the project format this Frontline writes and the newest it reads; every
// earlier one is read too. Raised when a table or key changes meaning.
inline constexpr int kProjectFormatVersion = 1;

// A project file is named *.frontline.
bool isProjectPath(const QString &path);

// Writes a project as one GeoPackage, whole or not at all (files/SafeWrite): the data layers
// that `export -o X.gpkg` writes, which any GIS reads, and the project's own tables
// (frontline_project: its format version and state; frontline_articles; frontline_edits).
bool writeProject(const QString &path, const ProjectState &state,
                  const std::vector<DataFeature> &features, const FactionCatalog &catalog,
                  QString *error);

// Reads a project written by this or an earlier version. None, and one line of why ("PATH: ..."),
// for a file that is not a project, is damaged or cut short, or was saved by a newer version.
std::optional<ProjectState> readProject(const QString &path, QString *error);

} // namespace frontline
