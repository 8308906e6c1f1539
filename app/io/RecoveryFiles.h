#pragma once

#include <QLockFile>
#include <QString>
#include <QStringList>
#include <memory>

namespace frontline {

// Where a session autosaves the analyst's work (a project file of its own), and the work that
// sessions which ended without closing (a crash, a kill, a power cut) left behind. A session
// holds a lock beside its file while it runs: a file whose lock is free was abandoned.
class RecoveryFiles
{
public:
    explicit RecoveryFiles(const QString &directory = defaultDirectory());
    ~RecoveryFiles();

    // This session's recovery file; the folder is made and the file locked on first asking.
    QString ownPath();
    // The work was saved or discarded on a clean close: nothing to recover.
    void discardOwn();
    // Recovery files left by sessions that are no longer running, newest first.
    QStringList abandoned() const;
    static void discard(const QString &path); // a recovery file and its lock

    // Frontline's data folder (XDG_DATA_HOME/Frontline/recovery on Linux).
    static QString defaultDirectory();

private:
    QString m_directory;
    QString m_ownPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace frontline
