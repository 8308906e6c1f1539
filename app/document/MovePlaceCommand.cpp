#include "MovePlaceCommand.h"

#include "Document.h"

#include <QCoreApplication>

namespace frontline {

MovePlaceCommand::MovePlaceCommand(Document &document, int place, double latitude, double longitude)
    : m_document(document), m_place(place), m_latitude(latitude), m_longitude(longitude),
      m_oldLatitude(document.geoparse().places.at(place).latitude),
      m_oldLongitude(document.geoparse().places.at(place).longitude)
{
    setText(QCoreApplication::translate("MovePlaceCommand", "Move %1").arg(document.geoparse().places[place].name));
}

void MovePlaceCommand::redo()
{
    m_document.setPlaceLocation(m_place, m_latitude, m_longitude);
}

void MovePlaceCommand::undo()
{
    m_document.setPlaceLocation(m_place, m_oldLatitude, m_oldLongitude);
}

} // namespace frontline
