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
    return entry;
}

// Adds (or, for `names` empty, takes back) one place and rewrites the index.
std::shared_ptr<Gazetteer> rewrite(const PlaceEntry &entry, const QStringList &names)
{
    QString error;
    const auto shipped = openShippedGazetteer(&error);
    if (!shipped)
        return nullptr;
    const QString path = userGazetteerPath();
    const auto previous = QFileInfo::exists(path) ? Gazetteer::open(path, &error) : nullptr;
    UserGazetteerWriter writer(*shipped, previous.get());
    if (names.isEmpty())
        writer.removePlace(entry.id);
    else
        writer.addPlace(entry, names);
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
    m_writes.start([this, entry, names] {
        std::shared_ptr<Gazetteer> written = rewrite(entry, names);
        QMetaObject::invokeMethod(
            this, [this, written] { Q_EMIT saved(written); }, Qt::QueuedConnection);
    });
}

} // namespace frontline
