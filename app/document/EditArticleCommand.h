#pragma once

#include "Document.h"

#include <QUndoCommand>

namespace frontline {

// The analyst corrects an article's title, source or date, undoably.
class EditArticleCommand : public QUndoCommand
{
public:
    EditArticleCommand(Document &document, int article, const ArticleInfo &after);
    void undo() override { m_document.setArticleInfo(m_article, m_before); }
    void redo() override { m_document.setArticleInfo(m_article, m_after); }

private:
    Document &m_document;
    int m_article;
    ArticleInfo m_before, m_after;
};

} // namespace frontline
