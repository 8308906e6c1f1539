#pragma once

#include "Document.h"
#include "RecordedEdit.h"

namespace frontline {

// The analyst corrects an article's title, source or date, undoably.
class EditArticleCommand : public RecordedEdit
{
public:
    EditArticleCommand(Document &document, int article, const ArticleInfo &after,
                       const EditStamp &stamp = EditStamp::now());
    void undo() override { m_document.setArticleInfo(m_article, m_before); }
    void redo() override { m_document.setArticleInfo(m_article, m_after); }
    int article() const { return m_article; }
    const ArticleInfo &before() const { return m_before; }

protected:
    QString kind() const override { return QStringLiteral("edit-article"); }
    QJsonObject data() const override;

private:
    Document &m_document;
    int m_article;
    ArticleInfo m_before, m_after;
};

} // namespace frontline
