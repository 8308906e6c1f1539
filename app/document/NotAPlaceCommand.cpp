#include "NotAPlaceCommand.h"

#include <QCoreApplication>

namespace frontline {

NotAPlaceCommand::NotAPlaceCommand(Document &document, const NameInArticle &name,
                                   const QString &placeName)
    : m_document(document), m_name(name)
{
    setText(QCoreApplication::translate("NotAPlaceCommand", "%1 Is Not a Place").arg(placeName));
}

} // namespace frontline
