#include "EditArticleCommand.h"

#include <QCoreApplication>

namespace frontline {

EditArticleCommand::EditArticleCommand(Document &document, int article, const ArticleInfo &after)
    : m_document(document), m_article(article), m_before(document.articleInfo(article)),
      m_after(after)
{
    setText(QCoreApplication::translate("EditArticleCommand", "Edit Article"));
}

} // namespace frontline
