#pragma once

// The tables a project file adds to its data layers (ProjectFile.h), as the writer and the
// reader both know them.

#include <QVariant>
#include <ogr_core.h>
#include <vector>

namespace frontline::project {

inline constexpr const char *kProjectTable = "frontline_project"; // key, value
inline constexpr const char *kArticlesTable = "frontline_articles";
inline constexpr const char *kEditsTable = "frontline_edits";

struct Column
{
    const char *name;
    OGRFieldType type;
};
using Row = std::vector<QVariant>; // in the order of the table's columns

inline const std::vector<Column> kProjectColumns{{"key", OFTString}, {"value", OFTString}};
inline const std::vector<Column> kArticleColumns{
    {"position", OFTInteger}, {"id", OFTString},   {"title", OFTString}, {"source", OFTString},
    {"url", OFTString},       {"date", OFTString}, {"text", OFTString}};
inline const std::vector<Column> kEditColumns{{"position", OFTInteger}, {"kind", OFTString},
                                              {"data", OFTString},      {"author", OFTString},
                                              {"at", OFTString},        {"undone", OFTInteger}};

} // namespace frontline::project
