#pragma once

#include "Document.h"

#include <QUndoCommand>

namespace frontline {

// The analyst corrects an event: its type, subtype, actors, time, fatalities or status. Every
// report of one real event is corrected alike, so that they stay one event. Keyed by event ids
// (the corrections hold through re-reading the articles, for the session); undo puts back
// exactly what each report said before.
class EditEventCommand : public QUndoCommand
{
public:
    EditEventCommand(Document &document, const QStringList &eventIds,
                     const EventCorrection &correction);
    void undo() override { m_document.setEventCorrections(m_before); }
    void redo() override { m_document.setEventCorrections(m_after); }

private:
    Document &m_document;
    QHash<QString, EventCorrection> m_before, m_after;
};

} // namespace frontline
