#pragma once

#include "text/ArticleReader.h"

#include <QStringList>

namespace frontline {

// The name that stands for standard input, read as one article.
inline const QString kStandardInput = QStringLiteral("-");

// The articles a command is given: each argument a file, a folder (its articles, read
// recursively: articleFilesIn) or "-"; and, with `listFile`, the paths it lists one a line
// ("-": standard input lists them). False, with `error`, when the list cannot be read.
bool expandArticleInputs(const QStringList &arguments, const QString &listFile, QStringList *paths,
                         QString *error);

// Reads one input: a file, or "-" for standard input.
ArticleReadResult readArticleInput(const QString &path);

} // namespace frontline
