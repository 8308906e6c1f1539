#pragma once

// Reading the gazetteer builder's inputs: any failure is one clear line on stderr and exit 1,
// naming the file (and the line, for tables), so a broken input stops the build there.

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace frontline::sources {

[[noreturn]] void fail(const QString &message);
QByteArray readAll(const QString &path);
QJsonDocument readJson(const QString &path);
// Rows of a tab-separated table, '#' comments and blank lines skipped, columns trimmed.
QList<QStringList> readTable(const QString &path, int minimumColumns);

} // namespace frontline::sources
