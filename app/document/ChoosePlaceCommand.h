#pragma once

#include "Document.h"
#include "RecordedEdit.h"

namespace frontline {

// "Use this one": every mention of a place in one article names another of the gazetteer's
// readings of it instead, and so do the events and control claims read there. Keyed by the
// article's and the place's ids, so it holds through every reading; undo puts back the reading
// the geoparser made.
class ChoosePlaceCommand : public RecordedEdit
{
public:
    ChoosePlaceCommand(Document &document, const NameInArticle &name,
                       const PlaceCandidate &candidate, const EditStamp &stamp = EditStamp::now());
    void undo() override { m_document.forgetNameDecision(m_name); }
    void redo() override { m_document.choosePlace(m_name, m_chosen); }

protected:
    QString kind() const override { return QStringLiteral("choose-place"); }
    QJsonObject data() const override;

private:
    Document &m_document;
    NameInArticle m_name;
    PlaceCandidate m_candidate;
    Place m_chosen;
};

} // namespace frontline
