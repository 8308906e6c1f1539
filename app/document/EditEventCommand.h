#pragma once

#include "Document.h"
#include "RecordedEdit.h"

namespace frontline {

// The analyst corrects an event: its type, subtype, actors, time, fatalities or status. Every
// report of one real event is corrected alike, so that they stay one event. Keyed by event ids
// (the corrections hold through re-reading the articles, for the session); undo puts back
// exactly what each report said before.
class EditEventCommand : public RecordedEdit
{
public:
    EditEventCommand(Document &document, const QStringList &eventIds,
                     const EventCorrection &correction, const EditStamp &stamp = EditStamp::now());
    void undo() override { m_document.setEventCorrections(m_before); }
    void redo() override { m_document.setEventCorrections(m_after); }

protected:
    QString kind() const override { return QStringLiteral("edit-event"); }
    QJsonObject data() const override;

private:
    Document &m_document;
    QStringList m_eventIds;
    EventCorrection m_correction;
    QHash<QString, EventCorrection> m_before, m_after;
};

} // namespace frontline
