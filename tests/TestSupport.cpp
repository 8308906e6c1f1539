#include "TestSupport.h"

#include <QCoreApplication>
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

} // namespace frontline::test
