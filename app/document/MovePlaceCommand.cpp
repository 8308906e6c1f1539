#include "MovePlaceCommand.h"

#include <QCoreApplication>

namespace frontline {

MovePlaceCommand::MovePlaceCommand(Document &document, const QString &placeId, double latitude,
                                   double longitude, const EditStamp &stamp)
    : RecordedEdit(stamp), m_document(document), m_placeId(placeId),
      m_before(document.placeLocation(placeId))
{
    constexpr double kAnalystsWord = 1.0;
    m_after = {latitude, longitude, kAnalystsWord, true, stamp.at};
    const int index = document.geoparse().findPlace(placeId);
    const QString name = index >= 0 ? document.geoparse().places[index].name : placeId;
    setText(QCoreApplication::translate("MovePlaceCommand", "Move %1").arg(name));
}

QJsonObject MovePlaceCommand::data() const
{
    return {{"place", m_placeId}, {"latitude", m_after.latitude}, {"longitude", m_after.longitude}};
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
