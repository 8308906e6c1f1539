#include "ChoosePlaceCommand.h"

#include <QCoreApplication>

namespace frontline {

ChoosePlaceCommand::ChoosePlaceCommand(Document &document, const NameInArticle &name,
                                       const PlaceCandidate &candidate)
    : m_document(document), m_name(name)
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

} // namespace frontline
