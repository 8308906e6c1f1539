#pragma once

#include "Document.h"
#include "RecordedEdit.h"

namespace frontline {

// The analyst splits one report off the event it was merged into: it stands alone, on the
// map and in every count, until undone.
class SplitEventCommand : public RecordedEdit
{
public:
    SplitEventCommand(Document &document, const QString &eventId,
                      const EditStamp &stamp = EditStamp::now());
    void undo() override { m_document.setKeptApart(m_eventId, false); }
    void redo() override { m_document.setKeptApart(m_eventId, true); }

protected:
    QString kind() const override { return QStringLiteral("split-event"); }
    QJsonObject data() const override { return {{"event", m_eventId}}; }

private:
    Document &m_document;
    QString m_eventId;
};

} // namespace frontline
