#pragma once

#include "Document.h"
#include "RecordedEdit.h"

namespace frontline {

// The analyst places a place: where it is, on the analyst's word and since when, changes
// undoably. Keyed by the place's id, so it holds through re-reading the articles; undo puts
// back exactly what was there, confidence included.
class MovePlaceCommand : public RecordedEdit
{
public:
    MovePlaceCommand(Document &document, const QString &placeId, double latitude, double longitude,
                     const EditStamp &stamp = EditStamp::now());
    void undo() override;
    void redo() override;

protected:
    QString kind() const override { return QStringLiteral("move-place"); }
    QJsonObject data() const override;

private:
    Document &m_document;
    QString m_placeId;
    PlaceLocation m_before, m_after;
};

} // namespace frontline
