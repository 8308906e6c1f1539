#include "BenchText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace frontline::bench {

QStringList newsArticles(qint64 minimumBytes)
{
    QStringList unique;
    const QDir examples(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.txt")})) {
        QFile file(examples.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            unique << QString::fromUtf8(file.readAll());
    }
    QFile corpus(QStringLiteral(FRONTLINE_SOURCE_DIR "/tests/corpus/dev-corpus.json"));
    if (corpus.open(QIODevice::ReadOnly)) {
        // Paragraphs in groups of five: an article's length.
        QString article;
        int count = 0;
        for (const QJsonValue &entry : QJsonDocument::fromJson(corpus.readAll()).array()) {
            article += entry.toObject()[QStringLiteral("text")].toString() + QStringLiteral("\n\n");
            if (++count % 5 == 0) {
                unique << article;
                article.clear();
            }
        }
    }
    QStringList articles;
    while (utf8Bytes(articles) < minimumBytes)
        articles += unique;
    return articles;
}

qint64 utf8Bytes(const QStringList &articles)
{
    qint64 bytes = 0;
    for (const QString &article : articles)
        bytes += article.toUtf8().size();
    return bytes;
}

} // namespace frontline::bench
