#include "EditArticleCommand.h"

#include "EditJson.h"

#include <QCoreApplication>

namespace frontline {

EditArticleCommand::EditArticleCommand(Document &document, int article, const ArticleInfo &after,
                                       const EditStamp &stamp)
    : RecordedEdit(stamp), m_document(document), m_article(article),
      m_before(document.articleInfo(article)), m_after(after)
{
    setText(QCoreApplication::translate("EditArticleCommand", "Edit Article"));
}

QJsonObject EditArticleCommand::data() const
{
    return {{"article", m_article}, {"info", toJson(m_after)}};
}

} // namespace frontline
