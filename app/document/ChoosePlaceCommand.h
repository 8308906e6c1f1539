#pragma once

#include "Document.h"

#include <QUndoCommand>

namespace frontline {

// "Use this one": every mention of a place in one article names another of the gazetteer's
// readings of it instead, and so do the events and control claims read there. Keyed by the
// article's and the place's ids, so it holds through every reading; undo puts back the reading
// the geoparser made.
class ChoosePlaceCommand : public QUndoCommand
{
public:
    ChoosePlaceCommand(Document &document, const NameInArticle &name,
                       const PlaceCandidate &candidate);
    void undo() override { m_document.forgetNameDecision(m_name); }
    void redo() override { m_document.choosePlace(m_name, m_chosen); }

private:
    Document &m_document;
    NameInArticle m_name;
    Place m_chosen;
};

} // namespace frontline
