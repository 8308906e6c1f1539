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

bool writeAll(int fd, const QByteArray &data)
{
    const char *next = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        next += written;
        left -= written;
    }
    return true;
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

bool writeFileSafely(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    QByteArray target = QFile::encodeName(info.isSymLink() ? info.canonicalFilePath() : path);
    if (target.isEmpty())
        target = QFile::encodeName(path); // a link to nothing: it is replaced
    struct stat existing
    {
    };
    const bool exists = ::stat(target.constData(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode)) {
        *error = QStringLiteral("%1: not a regular file (a folder, a device or a pipe); nothing "
                                "was written")
                     .arg(path);
        return false;
    }
    const QByteArray folder =
        QFile::encodeName(QFileInfo(QFile::decodeName(target)).absolutePath());
    QByteArray temporary = folder + "/.frontline-XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        *error = QStringLiteral("%1: %2").arg(path, reason(errno));
        return false;
    }
    const bool written = ::fchmod(fd, exists ? existing.st_mode & 07777 : newFileMode()) == 0 &&
                         writeAll(fd, data) && ::fsync(fd) == 0;
    const int writeError = errno;
    const bool closed = ::close(fd) == 0;
    const int closeError = errno;
    if (!written || !closed || ::rename(temporary.constData(), target.constData()) != 0) {
        const int why = !written ? writeError : !closed ? closeError : errno;
        ::unlink(temporary.constData());
        *error = QStringLiteral("%1: %2").arg(path, reason(why));
        return false;
    }
    syncFolder(folder);
    return true;
}

} // namespace frontline
