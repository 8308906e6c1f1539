#pragma once

#include <QUndoCommand>

namespace frontline {

class Document;

// The analyst moves a place: its coordinates in the document change, undoably.
class MovePlaceCommand : public QUndoCommand
{
public:
    MovePlaceCommand(Document &document, int place, double latitude, double longitude);
    void undo() override;
    void redo() override;

private:
    Document &m_document;
    int m_place;
    double m_latitude, m_longitude, m_oldLatitude, m_oldLongitude;
};

} // namespace frontline
