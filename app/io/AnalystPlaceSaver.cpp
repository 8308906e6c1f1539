#include "AnalystPlaceSaver.h"

#include "Geodata.h"
#include "document/Document.h"
#include "gazetteer/UserGazetteer.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>

namespace frontline {
namespace {

// The place as the analyst's gazetteer keeps it, under the names the articles use for it.
PlaceEntry entryOf(const Place &place)
{
    PlaceEntry entry;
    entry.id = place.id;
    entry.name = place.name;
    entry.admin1Name = place.admin1;
    entry.countryCode = place.countryCode;
    entry.kind = static_cast<gazetteer_format::Kind>(place.kind);
    entry.latitude = place.latitude;
    entry.longitude = place.longitude;
    entry.population = place.population;
    entry.origin = gazetteer_format::Analyst;
    return entry;
}

// Makes one change to the analyst's gazetteer and rewrites the index.
std::shared_ptr<Gazetteer> rewrite(const std::function<void(UserGazetteerWriter &)> &change)
{
    QString error;
    const auto shipped = openShippedGazetteer(&error);
    if (!shipped)
        return nullptr;
    const QString path = userGazetteerPath();
    const auto previous = QFileInfo::exists(path) ? Gazetteer::open(path, &error) : nullptr;
    UserGazetteerWriter writer(*shipped, previous.get());
    change(writer);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !writer.write(path, &error))
        return nullptr;
    return Gazetteer::open(path, &error);
}

} // namespace

AnalystPlaceSaver::AnalystPlaceSaver(const Document &document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_writes.setMaxThreadCount(1); // edits reach the file in the order they were made
    qRegisterMetaType<std::shared_ptr<Gazetteer>>();
    connect(&document, &Document::placeEdited, this, &AnalystPlaceSaver::save);
    connect(&document, &Document::nameChosen, this, &AnalystPlaceSaver::saveChoice);
}

AnalystPlaceSaver::~AnalystPlaceSaver()
{
    m_writes.waitForDone();
}

void AnalystPlaceSaver::save(const QString &placeId)
{
    const int index = m_document.geoparse().findPlace(placeId);
    if (index < 0)
        return;
    const Place &place = m_document.geoparse().places[index];
    QStringList names;
    if (place.setByAnalyst) {
        names << place.name;
        for (int mention : m_document.mentionsOfPlace(index))
            names << m_document.geoparse().mentions[mention].text;
        names.removeDuplicates();
    }
    const PlaceEntry entry = entryOf(place);
    write([entry, names](UserGazetteerWriter &writer) {
        if (names.isEmpty()) // an undo: the shipped place, if any, applies again
            writer.removePlace(entry.id);
        else
            writer.addPlace(entry, names);
    });
}

void AnalystPlaceSaver::saveChoice(const QString &placeId, const QStringList &names, bool chosen)
{
    const int index = m_document.geoparse().findPlace(placeId);
    if (index < 0 || names.isEmpty())
        return;
    const PlaceEntry entry = entryOf(m_document.geoparse().places[index]);
    write([entry, names, chosen](UserGazetteerWriter &writer) {
        if (chosen)
            writer.chooseForNames(entry, names);
        else
            writer.forgetChoice(entry.id, names);
    });
}

void AnalystPlaceSaver::write(std::function<void(UserGazetteerWriter &)> change)
{
    m_writes.start([this, change = std::move(change)] {
        std::shared_ptr<Gazetteer> written = rewrite(change);
        QMetaObject::invokeMethod(
            this, [this, written] { Q_EMIT saved(written); }, Qt::QueuedConnection);
    });
}

} // namespace frontline
