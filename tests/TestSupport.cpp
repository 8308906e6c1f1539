#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace frontline::test {

QString seedArticlePath()
{
    const QString path = QStringLiteral(FRONTLINE_SHARED_DIR "/seed-article.txt");
    return QFileInfo::exists(path) ? path : QString();
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(FRONTLINE_SOURCE_DIR "/") + relative;
}

QString frontlineProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/frontline");
}

QString writeArticle(const QString &directory, const QString &name, const QByteArray &text)
{
    const QString path = directory + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

} // namespace frontline::test
