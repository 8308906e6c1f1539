#include "AcledCsv.h"

#include "CsvField.h"
#include "document/Document.h"
#include "events/FactionCatalog.h"

namespace frontline {
namespace {

// ACLED's event type for an event of ours (its codebook's six types).
QString acledEventType(EventType type)
{
    switch (type) {
    case EventType::Offensive:
    case EventType::Capture:
    case EventType::Clash:
        return QStringLiteral("Battles");
    case EventType::Airstrike:
    case EventType::Shelling:
    case EventType::Explosion:
        return QStringLiteral("Explosions/Remote violence");
    case EventType::Attack:
        return QStringLiteral("Violence against civilians");
    case EventType::Protest:
        return QStringLiteral("Protests");
    case EventType::Riot:
        return QStringLiteral("Riots");
    case EventType::Control:
    case EventType::Arrest:
    case EventType::Withdrawal:
    case EventType::Patrol:
    case EventType::Other:
        break;
    }
    return QStringLiteral("Strategic developments");
}

QString actorName(const FactionCatalog &catalog, const Event &event, int index)
{
    if (index < event.actors.size()) {
        const Faction *faction = catalog.find(event.actors[index]);
        return faction ? faction->name : event.actors[index];
    }
    return event.actorNames.value(index);
}

// The place's fields: admin1, location, latitude, longitude (empty where it has no point).
QStringList whereOf(const Document &document, const Event &event)
{
    const int index = document.geoparse().findPlace(event.target);
    if (index < 0)
        return {QString(), QString(), QString(), QString()};
    const Place &place = document.geoparse().places[index];
    const bool located = place.hasCoordinates();
    return {place.admin1, place.name, located ? QString::number(place.latitude, 'f', 4) : QString(),
            located ? QString::number(place.longitude, 'f', 4) : QString()};
}

} // namespace

QByteArray acledCsv(const Document &document, const FactionCatalog &catalog)
{
    QByteArray out("event_date,event_type,sub_event_type,actor1,assoc_actor_1,actor2,admin1,"
                   "location,latitude,longitude,geo_precision,source,notes,fatalities\n");
    const auto &events = document.events().events;
    for (const MergedEvent &merged : document.mergedEvents()) {
        const Event &event = events[merged.representative()];
        const Article &article = document.articles()[event.article];
        const QDate day = event.time.isResolved() ? event.time.start : article.date;
        QStringList sources;
        for (int report : merged.reports)
            sources << document.articles()[events[report].article].source;
        sources.removeDuplicates();
        const QStringList fields =
            QStringList{day.isValid() ? day.toString(Qt::ISODate) : QString(),
                        acledEventType(event.type),
                        event.subtype,
                        actorName(catalog, event, 0),
                        QString(),
                        actorName(catalog, event, 1)} +
            whereOf(document, event) +
            QStringList{QString::number(event.geoPrecision), sources.join(QStringLiteral("; ")),
                        article.slice(article.sentences[event.sentence]).simplified(),
                        event.fatalities.min ? QString::number(*event.fatalities.min)
                                             : QStringLiteral("0")};
        for (int f = 0; f < fields.size(); ++f) {
            appendCsvField(out, fields[f]);
            out.append(f + 1 < fields.size() ? ',' : '\n');
        }
    }
    return out;
}

} // namespace frontline
