#pragma once

#include "Article.h"

#include <QString>
#include <QStringList>

namespace frontline {

struct ArticleReadResult
{
    Article article;
    QString error;        // why the file could not be read; empty on success
    QStringList warnings; // read, but something the user should know
    bool ok() const { return error.isEmpty(); }
};

// Largest article accepted: far above any news report, small enough to keep memory bounded.
inline constexpr qint64 kMaxArticleBytes = 64ll * 1024 * 1024;

// Reads a .txt, .md or .html article: detects the encoding, reduces HTML to its text
// (scripts and styles dropped, nothing fetched), takes the title and date, splits sentences.
ArticleReadResult readArticle(const QString &path);

// The same from text already in memory; `fileName` only informs the format and the id.
ArticleReadResult articleFromText(const QString &text, const QString &fileName);

} // namespace frontline
