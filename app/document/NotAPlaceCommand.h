#pragma once

#include "Document.h"
#include "RecordedEdit.h"

namespace frontline {

// "Not a place": the mentions of a place in one article go, with the events' place, the
// control claims and the arrows read from them there. Keyed by the article's and the place's
// ids, so it holds through every reading; undo puts them all back.
class NotAPlaceCommand : public RecordedEdit
{
public:
    NotAPlaceCommand(Document &document, const NameInArticle &name, const QString &placeName,
                     const EditStamp &stamp = EditStamp::now());
    void undo() override { m_document.forgetNameDecision(m_name); }
    void redo() override { m_document.dismissPlace(m_name); }

protected:
    QString kind() const override { return QStringLiteral("not-a-place"); }
    QJsonObject data() const override;

private:
    Document &m_document;
    NameInArticle m_name;
    QString m_placeName;
};

} // namespace frontline
