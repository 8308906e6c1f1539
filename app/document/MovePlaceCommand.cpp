#include "MovePlaceCommand.h"

#include <QCoreApplication>

namespace frontline {

MovePlaceCommand::MovePlaceCommand(Document &document, const QString &placeId, double latitude,
                                   double longitude)
    : m_document(document), m_placeId(placeId), m_before(document.placeLocation(placeId))
{
    constexpr double kAnalystsWord = 1.0;
    m_after = {latitude, longitude, kAnalystsWord, true, QDateTime::currentDateTimeUtc()};
    const int index = document.geoparse().findPlace(placeId);
    const QString name = index >= 0 ? document.geoparse().places[index].name : placeId;
    setText(QCoreApplication::translate("MovePlaceCommand", "Move %1").arg(name));
}

void MovePlaceCommand::redo()
{
    m_document.setPlaceLocation(m_placeId, m_after);
}

void MovePlaceCommand::undo()
{
    m_document.setPlaceLocation(m_placeId, m_before);
}

} // namespace frontline
