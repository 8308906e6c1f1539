#pragma once

#include <QString>
#include <QStringList>

namespace frontline::bench {

// News text for benchmarks: the example articles and the development corpus's paragraphs
// (all written for this project), repeated to at least `minimumBytes` of UTF-8, as
// separate articles of news size.
QStringList newsArticles(qint64 minimumBytes);
qint64 utf8Bytes(const QStringList &articles);

} // namespace frontline::bench
