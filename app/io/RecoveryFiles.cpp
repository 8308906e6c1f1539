#include "RecoveryFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace frontline {
namespace {

const QString kPrefix = QStringLiteral("autosave-");
const QString kSuffix = QStringLiteral(".frontline");

QString lockPathOf(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}

} // namespace

RecoveryFiles::RecoveryFiles(const QString &directory) : m_directory(directory) {}

RecoveryFiles::~RecoveryFiles() = default; // the lock is released, the file stays

QString RecoveryFiles::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryFiles::ownPath()
{
    if (m_ownPath.isEmpty()) {
        QDir().mkpath(m_directory);
        // The time as well as the process: a crashed session's number may come round again.
        m_ownPath = QStringLiteral("%1/%2%3-%4%5")
                        .arg(m_directory, kPrefix)
                        .arg(QCoreApplication::applicationPid())
                        .arg(QDateTime::currentMSecsSinceEpoch())
                        .arg(kSuffix);
        m_lock = std::make_unique<QLockFile>(lockPathOf(m_ownPath));
        m_lock->setStaleLockTime(0); // only a dead process frees it, however long it runs
        m_lock->tryLock(0);
    }
    return m_ownPath;
}

void RecoveryFiles::discardOwn()
{
    if (m_ownPath.isEmpty())
        return;
    QFile::remove(m_ownPath);
    m_lock.reset(); // unlocks and removes the lock file
    m_ownPath.clear();
}

QStringList RecoveryFiles::abandoned() const
{
    QStringList found;
    const QFileInfoList files =
        QDir(m_directory)
            .entryInfoList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        if (file.absoluteFilePath() == m_ownPath)
            continue;
        QLockFile lock(lockPathOf(file.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) // its session is gone (QLockFile checks the process)
            found << file.absoluteFilePath();
    }
    return found;
}

void RecoveryFiles::discard(const QString &path)
{
    QFile::remove(path);
    QFile::remove(lockPathOf(path));
}

} // namespace frontline
