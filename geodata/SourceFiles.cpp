#include "SourceFiles.h"

#include <QFile>
#include <QJsonParseError>
#include <cstdio>
#include <cstdlib>

namespace frontline::sources {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "frontline-build-gazetteer: %s\n", qPrintable(message));
    std::exit(1);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

QJsonDocument readJson(const QString &path)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("%1: %2").arg(path, error.errorString()));
    return document;
}

QList<QStringList> readTable(const QString &path, int minimumColumns)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList columns = lines[i].split(QLatin1Char('\t'));
        if (columns.size() < minimumColumns)
            fail(QStringLiteral("%1:%2: expected %3 tab-separated columns")
                     .arg(path)
                     .arg(i + 1)
                     .arg(minimumColumns));
        for (QString &column : columns)
            column = column.trimmed();
        rows.append(columns);
    }
    return rows;
}

} // namespace frontline::sources
