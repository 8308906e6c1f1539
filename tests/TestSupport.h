#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <initializer_list>

namespace frontline::test {

// The seed article from ../shared, or an empty string (and the test should QSKIP) when the
// shared folder is not beside the clone.
QString seedArticlePath();
inline constexpr const char *kNoSharedMessage =
    "../shared/seed-article.txt is absent (a user's clone): the seed-article checks are skipped";

QString sourcePath(const QString &relative); // a file of the source tree
QString frontlineProgram();                  // bin/frontline beside the test program
// Writes an article of the test's own making into `directory`; returns its path (empty when
// it cannot be written).
QString writeArticle(const QString &directory, const QString &name, const QByteArray &text);
// Each text as an article "1.txt", "2.txt", ...; their paths, or none when one cannot be written.
QStringList writeArticles(const QString &directory, std::initializer_list<const char *> texts);

// A small tmpfs mounted on a temporary folder, to fill up: a full disk without filling the
// machine's. Mounting needs root; where it cannot be mounted, mounted() is false and the test
// should QSKIP with kNoTinyDiskMessage.
class TinyDisk
{
public:
    explicit TinyDisk(int kilobytes);
    ~TinyDisk();
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_folder.filePath(name); }
    QString path() const { return m_folder.path(); }
    // Fills the disk but for `roomLeft` bytes (as near as its blocks allow), and empties it.
    void fillLeaving(int roomLeft) const;
    void emptyFiller() const;

private:
    QTemporaryDir m_folder;
    bool m_mounted = false;
};
inline constexpr const char *kNoTinyDiskMessage =
    "a full disk needs root and leave to mount a small tmpfs; not tested here";

// A child process run to its end and measured: what it printed, how it ended, its peak memory.
struct MeasuredRun
{
    int exitCode = -1; // -1 when it did not exit by itself
    int signal = 0;    // the signal that ended it, if one did
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    double peakMegabytes = 0; // its peak resident memory, from wait4's rusage
    double seconds = 0;
};

// Runs `program` with `args` (fork, exec, wait4), standard input from /dev/null, in this
// process's environment changed by `environment` ("NAME=VALUE" sets, "NAME" alone removes);
// killed after `timeoutMs`. A forked child begins with a copy of this process's resident
// pages, so its peak is never below this process's: measure small children with care.
MeasuredRun runMeasured(const QString &program, const QStringList &args,
                        const QStringList &environment, int timeoutMs);

} // namespace frontline::test
