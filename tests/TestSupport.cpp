#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <unistd.h>

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

TinyDisk::TinyDisk(int kilobytes)
{
    m_mounted = ::geteuid() == 0 &&
                QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                   QStringLiteral("-o"), QStringLiteral("size=%1k").arg(kilobytes),
                                   QStringLiteral("tmpfs"), m_folder.path()}) == 0;
}

TinyDisk::~TinyDisk()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_folder.path()});
}

void TinyDisk::fillLeaving(int roomLeft) const
{
    QFile filler(filePath(QStringLiteral("filler")));
    filler.open(QIODevice::WriteOnly);
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    filler.resize(std::max<qint64>(0, filler.size() - roomLeft));
}

void TinyDisk::emptyFiller() const
{
    QFile::remove(filePath(QStringLiteral("filler")));
}

} // namespace frontline::test
