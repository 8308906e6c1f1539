#include "EditEventCommand.h"

#include <QCoreApplication>

namespace frontline {

EditEventCommand::EditEventCommand(Document &document, const QStringList &eventIds,
                                   const EventCorrection &correction)
    : m_document(document)
{
    EventCorrection analysts = correction;
    analysts.setByAnalyst = true;
    analysts.setAt = QDateTime::currentDateTimeUtc();
    for (const QString &id : eventIds) {
        m_before.insert(id, document.eventCorrection(id));
        m_after.insert(id, analysts);
    }
    setText(QCoreApplication::translate("EditEventCommand", "Edit Event"));
}

} // namespace frontline
