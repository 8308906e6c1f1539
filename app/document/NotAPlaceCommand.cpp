#include "NotAPlaceCommand.h"

#include "EditJson.h"

#include <QCoreApplication>

namespace frontline {

NotAPlaceCommand::NotAPlaceCommand(Document &document, const NameInArticle &name,
                                   const QString &placeName, const EditStamp &stamp)
    : RecordedEdit(stamp), m_document(document), m_name(name), m_placeName(placeName)
{
    setText(QCoreApplication::translate("NotAPlaceCommand", "%1 Is Not a Place").arg(placeName));
}

QJsonObject NotAPlaceCommand::data() const
{
    return {{"name", toJson(m_name)}, {"place_name", m_placeName}};
}

} // namespace frontline
