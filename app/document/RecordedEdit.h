#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUndoCommand>

namespace frontline {

// Who made an edit and when: kept with it in a project, shown in the undo history's tooltip.
struct EditStamp
{
    QString author;
    QDateTime at;           // UTC
    static EditStamp now(); // the user logged in, this moment
};

// The login name of the user running Frontline (USER, then LOGNAME): the author of their edits
// and of what they publish.
QString loginName();

// An edit as a project keeps it: its kind and what it needs to be made again, in words a later
// version reads ("move-place", {"place": ..., "latitude": ...}), and its stamp.
struct EditRecord
{
    QString kind;
    QJsonObject data;
    EditStamp stamp;
};

// An undoable edit of the document that a project saves and, opened again, makes again
// (EditReplay.h): replaying the records in order rebuilds the document and its undo history.
class RecordedEdit : public QUndoCommand
{
public:
    EditRecord record() const { return {kind(), data(), m_stamp}; }
    const EditStamp &stamp() const { return m_stamp; }

protected:
    explicit RecordedEdit(const EditStamp &stamp) : m_stamp(stamp) {}
    virtual QString kind() const = 0;
    virtual QJsonObject data() const = 0;

private:
    EditStamp m_stamp;
};

} // namespace frontline
