#pragma once

#include <QString>
#include <QStringList>

namespace frontline::bench {

// News text for benchmarks: the example articles and the development corpus's paragraphs
// (all written for this project), repeated to at least `minimumBytes` of UTF-8, as
// separate articles of news size.
QStringList newsArticles(qint64 minimumBytes);
qint64 utf8Bytes(const QStringList &articles);

// The names the gazetteer indexes, as written (GeoNames names and alternate names in Latin
// script, codes left out; first-level divisions; country names), one a line: the list a
// user would hand to grep -F. Returns false with `error` set if a source is missing.
bool writeNameList(const QString &path, QString *error);

} // namespace frontline::bench
