#include "PlaceFacts.h"

#include "geo/Geodesy.h"

#include <QLocale>
#include <algorithm>

namespace frontline {
namespace {

// The first mention of the place in the sentence, else its first anywhere; -1 if none.
int mentionToShow(const Document &document, int place, SentenceRef sentence)
{
    const std::vector<int> &mentions = document.mentionsOfPlace(place);
    const auto inSentence = std::find_if(mentions.begin(), mentions.end(), [&](int mention) {
        return document.sentenceOfMention(mention) == sentence;
    });
    if (inSentence != mentions.end())
        return *inSentence;
    return mentions.empty() ? -1 : mentions.front();
}

QString countryOf(const Place &place)
{
    if (place.countryCode.isEmpty())
        return QStringLiteral("unknown");
    const QLocale::Territory territory = QLocale::codeToTerritory(place.countryCode);
    if (territory == QLocale::AnyTerritory)
        return place.countryCode;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), place.countryCode);
}

// The analyst's word first; an unlisted place is the text's own until the analyst places it.
QString originOf(const Place &place)
{
    if (place.setByAnalyst)
        return QStringLiteral("the analyst's (placed %1)")
            .arg(QLocale::c().toString(place.setByAnalystAt.toLocalTime(),
                                       QStringLiteral("d MMM yyyy HH:mm")));
    if (place.id.startsWith(QLatin1String("unlisted:")))
        return QStringLiteral("read from the text (no gazetteer lists it)");
    return placeProvenanceName(place.provenance);
}

} // namespace

PlaceFacts placeFacts(const Document &document, int place, SentenceRef sentence)
{
    const Place &p = document.geoparse().places.at(place);
    const int mention = mentionToShow(document, place, sentence);
    PlaceFacts facts;
    facts.asWritten = mention >= 0 ? document.geoparse().mentions[mention].text : p.name;
    facts.gazetteerName = p.name;
    facts.kind = placeKindName(p.kind);
    facts.country = countryOf(p);
    facts.admin1 = p.admin1.isEmpty() ? QStringLiteral("unknown") : p.admin1;
    if (p.hasCoordinates()) {
        const QGeoCoordinate point(p.latitude, p.longitude);
        facts.decimal = geodesy::decimalDegrees(point);
        facts.dms = geodesy::degreesMinutesSeconds(point);
        facts.mgrs = geodesy::mgrs(point);
    } else {
        facts.decimal = QStringLiteral("not placed");
    }
    facts.population = p.population > 0 ? QLocale(QLocale::English).toString(p.population)
                                        : QStringLiteral("unknown");
    facts.confidence = QString::number(p.confidence, 'f', 2);
    facts.origin = originOf(p);
    return facts;
}

int articleOfPlace(const Document &document, int place, SentenceRef sentence)
{
    const int mention = mentionToShow(document, place, sentence);
    return mention < 0 ? -1 : document.geoparse().mentions[mention].article;
}

std::vector<SentenceRef> sentencesNaming(const Document &document, int place)
{
    std::vector<SentenceRef> sentences;
    for (int mention : document.mentionsOfPlace(place))
        sentences.push_back(document.sentenceOfMention(mention));
    const auto order = [](SentenceRef a, SentenceRef b) {
        return std::pair(a.article, a.sentence) < std::pair(b.article, b.sentence);
    };
    std::sort(sentences.begin(), sentences.end(), order);
    sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
    return sentences;
}

} // namespace frontline
