#pragma once

#include <QString>

namespace frontline::test {

// The seed article from ../shared, or an empty string (and the test should QSKIP) when the
// shared folder is not beside the clone.
QString seedArticlePath();
inline constexpr const char *kNoSharedMessage =
    "../shared/seed-article.txt is absent (a user's clone): the seed-article checks are skipped";

QString sourcePath(const QString &relative); // a file of the source tree
QString frontlineProgram();                  // bin/frontline beside the test program
// Writes an article of the test's own making into `directory`; returns its path (empty when
// it cannot be written).
QString writeArticle(const QString &directory, const QString &name, const QByteArray &text);

} // namespace frontline::test
