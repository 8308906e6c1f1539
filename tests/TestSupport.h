#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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
