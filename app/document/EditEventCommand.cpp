#include "EditEventCommand.h"

#include "EditJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace frontline {

EditEventCommand::EditEventCommand(Document &document, const QStringList &eventIds,
                                   const EventCorrection &correction, const EditStamp &stamp)
    : RecordedEdit(stamp), m_document(document), m_eventIds(eventIds), m_correction(correction)
{
    EventCorrection analysts = correction;
    analysts.setByAnalyst = true;
    analysts.setAt = stamp.at;
    for (const QString &id : eventIds) {
        m_before.insert(id, document.eventCorrection(id));
        m_after.insert(id, analysts);
    }
    setText(QCoreApplication::translate("EditEventCommand", "Edit Event"));
}

QJsonObject EditEventCommand::data() const
{
    return {{"events", QJsonArray::fromStringList(m_eventIds)},
            {"correction", toJson(m_correction)}};
}

} // namespace frontline
