#include "SafeWrite.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace frontline {
namespace {

// The system's reason in the words of the rest of Frontline's messages.
QString reason(int error)
{
    QString text = QString::fromLocal8Bit(std::strerror(error));
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// What a new file gets: everyone's read and write less the process's umask.
mode_t newFileMode()
{
    static const mode_t mask = [] {
        const mode_t current = umask(0);
        umask(current);
        return current;
    }();
    return 0666 & ~mask;
}

// The file a path names: a link is followed, so that the link itself stays a link.
QByteArray targetOf(const QString &path)
{
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.isSymLink() ? info.canonicalFilePath() : path);
    return target.isEmpty() ? QFile::encodeName(path) : target; // a link to nothing is replaced
}

QByteArray folderOf(const QByteArray &target)
{
    return QFile::encodeName(QFileInfo(QFile::decodeName(target)).absolutePath());
}

// The folder's entry for the renamed file reaches the disk too.
void syncFolder(const QByteArray &folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

SafeFileWriter::SafeFileWriter(const QString &path) : m_path(path), m_target(targetOf(path)) {}

SafeFileWriter::~SafeFileWriter()
{
    discard();
}

void SafeFileWriter::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(m_temporary.constData());
        m_temporary.clear();
    }
}

bool SafeFileWriter::open(QString *error)
{
    struct stat existing
    {
    };
    const bool exists = ::stat(m_target.constData(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode)) {
        if (error)
            *error =
                QStringLiteral("%1: not a regular file (a folder, a device or a pipe); nothing "
                               "was written")
                    .arg(m_path);
        return false;
    }
    QByteArray temporary = folderOf(m_target) + "/.frontline-XXXXXX";
    m_fd = ::mkstemp(temporary.data());
    if (m_fd < 0)
        return fail(errno, error);
    m_temporary = temporary;
    if (::fchmod(m_fd, exists ? existing.st_mode & 07777 : newFileMode()) != 0)
        return fail(errno, error);
    return true;
}

void SafeFileWriter::write(const char *data, qint64 size)
{
    while (size > 0 && m_fd >= 0 && m_writeError == 0) {
        const ssize_t written = ::write(m_fd, data, size_t(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            m_writeError = written < 0 ? errno : ENOSPC;
            return;
        }
        data += written;
        size -= written;
    }
}

bool SafeFileWriter::sync(QString *error)
{
    if (m_fd < 0)
        return fail(EBADF, error);
    if (m_writeError != 0)
        return fail(m_writeError, error);
    if (::fsync(m_fd) != 0)
        return fail(errno, error);
    return true;
}

bool SafeFileWriter::commit(QString *error)
{
    if (!sync(error))
        return false;
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 || ::rename(m_temporary.constData(), m_target.constData()) != 0)
        return fail(errno, error);
    m_temporary.clear();
    syncFolder(folderOf(m_target));
    return true;
}

bool SafeFileWriter::fail(int systemError, QString *error)
{
    discard();
    if (error)
        *error = QStringLiteral("%1: %2").arg(m_path, reason(systemError));
    return false;
}

bool writeFileSafely(const QString &path, const QByteArray &data, QString *error)
{
    SafeFileWriter file(path);
    if (!file.open(error))
        return false;
    file.write(data);
    return file.commit(error);
}

} // namespace frontline
