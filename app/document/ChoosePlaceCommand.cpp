#include "ChoosePlaceCommand.h"

#include "EditJson.h"

#include <QCoreApplication>

namespace frontline {

ChoosePlaceCommand::ChoosePlaceCommand(Document &document, const NameInArticle &name,
                                       const PlaceCandidate &candidate, const EditStamp &stamp)
    : RecordedEdit(stamp), m_document(document), m_name(name), m_candidate(candidate)
{
    constexpr double kAnalystsWord = 1.0;
    m_chosen.id = candidate.id;
    m_chosen.name = candidate.name;
    m_chosen.kind = candidate.kind;
    m_chosen.latitude = candidate.latitude;
    m_chosen.longitude = candidate.longitude;
    m_chosen.countryCode = candidate.countryCode;
    m_chosen.admin1 = candidate.admin1;
    m_chosen.population = candidate.population;
    m_chosen.confidence = kAnalystsWord;
    m_chosen.provenance = PlaceProvenance::Analyst;
    const int read = document.geoparse().findPlace(name.placeId);
    if (read >= 0) // the same readings to choose from again
        m_chosen.candidates = document.geoparse().places[read].candidates;
    setText(QCoreApplication::translate("ChoosePlaceCommand", "Use %1, %2")
                .arg(candidate.name, candidate.countryCode));
}

QJsonObject ChoosePlaceCommand::data() const
{
    return {{"name", toJson(m_name)}, {"candidate", toJson(m_candidate)}};
}

} // namespace frontline
