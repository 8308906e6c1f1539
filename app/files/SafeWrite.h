#pragma once

#include <QByteArray>
#include <QString>

namespace frontline {

// Writes a file so that it appears whole or not at all, and says why not. Every file Frontline
// writes goes through here: exports, the user gazetteer, the factions, projects.
//
// Refuses a target that exists and is not a regular file (a folder, a device, a pipe); writes a
// temporary file beside the target, checks every write, the sync and the close, renames it over
// the target and syncs the folder. On any failure the temporary file is removed, the previous
// file is left byte for byte as it was, and the error says why in words ("PATH: no space left on
// device"). A link to a regular file is written through: the file it names is replaced.
class SafeFileWriter
{
public:
    explicit SafeFileWriter(const QString &path);
    ~SafeFileWriter(); // an uncommitted temporary file is removed
    SafeFileWriter(const SafeFileWriter &) = delete;
    SafeFileWriter &operator=(const SafeFileWriter &) = delete;

    bool open(QString *error);
    // Appends; after the first failure nothing more is written and commit() reports it.
    void write(const char *data, qint64 size);
    void write(const QByteArray &data) { write(data.constData(), data.size()); }
    // Checks the writes and has the data reach the disk, so that commit() has only to rename:
    // the slow part on a worker thread, the rename where keeping the file is decided.
    bool sync(QString *error);
    bool commit(QString *error);
    // Gives up now: the temporary file is removed and the target left as it was.
    void discard();

private:
    bool fail(int systemError, QString *error);

    QString m_path;
    QByteArray m_target;
    QByteArray m_temporary;
    int m_fd = -1;
    int m_writeError = 0;
};

// The whole of `data` at once, through SafeFileWriter.
bool writeFileSafely(const QString &path, const QByteArray &data, QString *error);

} // namespace frontline
