#pragma once

#include "Document.h"

#include <QUndoCommand>

namespace frontline {

// The analyst splits one report off the event it was merged into: it stands alone, on the
// map and in every count, until undone.
class SplitEventCommand : public QUndoCommand
{
public:
    SplitEventCommand(Document &document, const QString &eventId);
    void undo() override { m_document.setKeptApart(m_eventId, false); }
    void redo() override { m_document.setKeptApart(m_eventId, true); }

private:
    Document &m_document;
    QString m_eventId;
};

} // namespace frontline
