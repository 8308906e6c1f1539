#include "SplitEventCommand.h"

#include <QCoreApplication>

namespace frontline {

SplitEventCommand::SplitEventCommand(Document &document, const QString &eventId,
                                     const EditStamp &stamp)
    : RecordedEdit(stamp), m_document(document), m_eventId(eventId)
{
    setText(QCoreApplication::translate("SplitEventCommand", "Split Event"));
}

} // namespace frontline
