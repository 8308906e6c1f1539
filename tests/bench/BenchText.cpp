#include "BenchText.h"

#include "gazetteer/GeoNamesRow.h"
#include "gazetteer/NameKey.h"
#include "io/DataPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

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

bool writeNameList(const QString &path, QString *error)
{
    QSet<QString> names;
    std::string scratch;
    const auto add = [&](const QString &name) {
        scratch.clear();
        if (!name.isEmpty() && appendNameKey(name, scratch)) // Latin script only, as indexed
            names.insert(name);
    };
    QFile cities(geodataPath(QStringLiteral("sources/cities1000.txt")));
    QFile admin1(geodataPath(QStringLiteral("sources/admin1.json")));
    QFile countries(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
    for (QFile *file : {&cities, &admin1, &countries})
        if (!file->open(QIODevice::ReadOnly)) {
            *error = file->fileName() + QStringLiteral(": ") + file->errorString();
            return false;
        }
    while (!cities.atEnd()) {
        const auto row = parseGeoNamesRow(QString::fromUtf8(cities.readLine()));
        if (!row)
            continue;
        add(row->name);
        add(row->asciiName);
        for (const QString &name : row->alternateNames)
            if (!isGeoNamesCode(name))
                add(name);
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(admin1.readAll()).array())
        add(v.toObject()[QStringLiteral("name")].toString());
    for (const QJsonValue &v : QJsonDocument::fromJson(countries.readAll()).object()[QStringLiteral("3166-1")].toArray())
        for (const char *field : {"name", "common_name", "official_name"})
            add(v.toObject()[QLatin1String(field)].toString());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = path + QStringLiteral(": ") + out.errorString();
        return false;
    }
    for (const QString &name : names)
        out.write(name.toUtf8() + '\n');
    return true;
}

qint64 utf8Bytes(const QStringList &articles)
{
    qint64 bytes = 0;
    for (const QString &article : articles)
        bytes += article.toUtf8().size();
    return bytes;
}

} // namespace frontline::bench
