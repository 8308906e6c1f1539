#include "TestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace frontline::test {
namespace {

std::vector<std::string> environmentWith(const QStringList &changes)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &change : changes) {
        const qsizetype equals = change.indexOf(QLatin1Char('='));
        if (equals < 0)
            environment.remove(change);
        else
            environment.insert(change.left(equals), change.mid(equals + 1));
    }
    std::vector<std::string> entries;
    for (const QString &entry : environment.toStringList())
        entries.push_back(entry.toLocal8Bit().toStdString());
    return entries;
}

std::vector<char *> pointersTo(std::vector<std::string> &strings)
{
    std::vector<char *> pointers;
    for (std::string &string : strings)
        pointers.push_back(string.data());
    pointers.push_back(nullptr);
    return pointers;
}

// Reads the child's output and errors until both close; false if `deadline` comes first.
bool readUntilClosed(const int (&fds)[2], QByteArray *(&sinks)[2], const QDeadlineTimer &deadline)
{
    pollfd polled[2] = {{fds[0], POLLIN, 0}, {fds[1], POLLIN, 0}};
    int open = 2;
    char buffer[1 << 16];
    while (open > 0) {
        const int ready = ::poll(polled, 2, int(deadline.remainingTime()));
        if (ready == 0 || (ready < 0 && errno != EINTR))
            return false;
        for (int i = 0; i < 2 && ready > 0; ++i) {
            if (polled[i].fd < 0 || polled[i].revents == 0)
                continue;
            const ssize_t bytes = ::read(polled[i].fd, buffer, sizeof buffer);
            if (bytes > 0) {
                sinks[i]->append(buffer, bytes);
            } else if (bytes == 0 || errno != EINTR) {
                polled[i].fd = -1; // poll passes over it from now on
                --open;
            }
        }
    }
    return true;
}

// Waits for the child; kills it if it timed out already or has not ended by `deadline` (it
// may close its output and still run).
int reap(pid_t pid, const QDeadlineTimer &deadline, bool *timedOut, rusage *usage)
{
    if (*timedOut)
        ::kill(pid, SIGKILL);
    int status = 0;
    for (;;) {
        const pid_t done = ::wait4(pid, &status, *timedOut ? 0 : WNOHANG, usage);
        if (done == pid)
            return status;
        if (done < 0 && errno != EINTR)
            return -1;
        if (done == 0 && deadline.hasExpired()) {
            *timedOut = true;
            ::kill(pid, SIGKILL);
        } else if (done == 0) {
            ::usleep(5000);
        }
    }
}

} // namespace

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

QStringList writeArticles(const QString &directory, std::initializer_list<const char *> texts)
{
    QStringList paths;
    for (const char *text : texts) {
        paths << writeArticle(directory, QStringLiteral("%1.txt").arg(paths.size() + 1), text);
        if (paths.back().isEmpty())
            return {};
    }
    return paths;
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

MeasuredRun runMeasured(const QString &program, const QStringList &args,
                        const QStringList &environment, int timeoutMs)
{
    std::vector<std::string> argStrings{program.toLocal8Bit().toStdString()};
    for (const QString &arg : args)
        argStrings.push_back(arg.toLocal8Bit().toStdString());
    std::vector<std::string> environmentStrings = environmentWith(environment);
    const std::vector<char *> argv = pointersTo(argStrings);
    const std::vector<char *> envp = pointersTo(environmentStrings);
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        return {};
    const int input = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = ::fork();
    if (pid == 0) { // only async-signal-safe calls until exec
        ::dup2(input, STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    for (const int fd : {input, out[1], err[1]})
        ::close(fd);
    MeasuredRun run;
    const QDeadlineTimer deadline(timeoutMs);
    const int fds[2] = {out[0], err[0]};
    QByteArray *sinks[2] = {&run.out, &run.err};
    run.timedOut = pid > 0 && !readUntilClosed(fds, sinks, deadline);
    rusage usage{};
    const int status = pid > 0 ? reap(pid, deadline, &run.timedOut, &usage) : -1;
    for (const int fd : fds)
        ::close(fd);
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.peakMegabytes = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    if (status != -1 && WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (status != -1 && WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    return run;
}

} // namespace frontline::test
