#pragma once

#include "Document.h"

#include <QUndoCommand>

namespace frontline {

// The analyst places a place: where it is, on the analyst's word and since when, changes
// undoably. Keyed by the place's id, so it holds through re-reading the articles; undo puts
// back exactly what was there, confidence included.
class MovePlaceCommand : public QUndoCommand
{
public:
    MovePlaceCommand(Document &document, const QString &placeId, double latitude, double longitude);
    void undo() override;
    void redo() override;

private:
    Document &m_document;
    QString m_placeId;
    PlaceLocation m_before, m_after;
};

} // namespace frontline
