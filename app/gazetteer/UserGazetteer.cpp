#include "UserGazetteer.h"

#include "GeoNamesRow.h"
#include "NameKey.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace frontline {

using namespace gazetteer_format;

namespace {

// GeoNames "alternate names" that are links, codes or postcodes, not names.
bool isCodeLanguage(QStringView language)
{
    static const QStringList codes{"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "tcid", "fr_1793"};
    return codes.contains(language.toString());
}

// Feature classes worth a place: populated places, areas, spots and buildings (border
// posts, bases, airports), water (dams), parks and areas (oil fields), terrain.
bool isWantedFeatureClass(QChar featureClass)
{
    return QStringLiteral("PASHLT").contains(featureClass);
}

PlaceEntry entryOf(const Gazetteer &gazetteer, const Gazetteer::Place &place)
{
    PlaceEntry entry;
    entry.id = gazetteer.placeId(place);
    entry.name = gazetteer.placeName(place);
    entry.admin1Name = QString::fromUtf8(gazetteer.text(place.admin1Name));
    entry.countryCode = QString::fromLatin1(place.countryCode, 2);
    entry.featureCode = QString::fromLatin1(place.featureCode, int(strnlen(place.featureCode, 6)));
    entry.kind = place.kind;
    entry.latitude = place.latitude;
    entry.longitude = place.longitude;
    entry.population = place.population;
    entry.origin = PlaceOrigin(place.origin);
    return entry;
}

// Each place's Exact keys, read back from an index.
std::vector<std::vector<std::pair<std::string_view, std::uint8_t>>> keysByPlace(const Gazetteer &gazetteer)
{
    std::vector<std::vector<std::pair<std::string_view, std::uint8_t>>> keys(gazetteer.places().size());
    for (const Gazetteer::Key &key : gazetteer.exactKeys())
        keys[key.place].emplace_back(gazetteer.text(key.key), std::uint8_t(key.flags & ~CommonWord));
    return keys;
}

} // namespace

QString userGazetteerPath()
{
    return QFileInfo(QSettings().fileName()).absolutePath() + QStringLiteral("/user-gazetteer.idx");
}

UserGazetteerWriter::UserGazetteerWriter(const Gazetteer &shipped, const Gazetteer *previous)
    : m_shipped(shipped), m_shippedKeys(keysByPlace(shipped))
{
    for (std::uint32_t i = 0; i < shipped.places().size(); ++i) {
        const Gazetteer::Place &place = shipped.place(i);
        const QString id = shipped.placeId(place);
        m_shippedById.insert(id, i);
        if (id.startsWith(QLatin1String("admin1:")))
            m_admin1Names.insert(id.mid(7), shipped.placeName(place));
    }
    if (!previous)
        return;
    const auto keys = keysByPlace(*previous);
    for (std::uint32_t i = 0; i < previous->places().size(); ++i) {
        const Gazetteer::Place &place = previous->place(i);
        if (place.origin == Shipped)
            continue;
        UserPlace user{entryOf(*previous, place), {}};
        for (const auto &[key, flags] : keys[i])
            user.keys.emplace_back(std::string(key), flags);
        m_placeIndex.insert(user.entry.id, int(m_places.size()));
        m_places.push_back(std::move(user));
    }
}

UserGazetteerWriter::UserPlace &UserGazetteerWriter::placeFor(const QString &id, bool *created)
{
    const auto known = m_placeIndex.constFind(id);
    *created = known == m_placeIndex.cend();
    if (!*created)
        return m_places[*known];
    m_placeIndex.insert(id, int(m_places.size()));
    m_places.push_back({});
    m_places.back().entry.id = id;
    m_places.back().entry.origin = User;
    return m_places.back();
}

bool UserGazetteerWriter::copyFromShipped(const QString &id)
{
    const auto shipped = m_shippedById.constFind(id);
    if (shipped == m_shippedById.cend())
        return false;
    bool created = false;
    UserPlace &place = placeFor(id, &created);
    place.entry = entryOf(m_shipped, m_shipped.place(*shipped));
    place.entry.origin = User;
    for (const auto &[key, flags] : m_shippedKeys[*shipped])
        place.keys.emplace_back(std::string(key), flags);
    return true;
}

void UserGazetteerWriter::addPlace(const PlaceEntry &entry, const QStringList &names)
{
    bool created = false;
    UserPlace &place = placeFor(entry.id, &created);
    place.entry = entry;
    place.entry.origin = entry.origin == Shipped ? User : entry.origin;
    // The names it was chosen for stay chosen; the others are these.
    std::erase_if(place.keys, [](const auto &key) { return !(key.second & AnalystChoice); });
    for (const QString &name : names) {
        std::string key;
        if (appendNameKey(name, key) && !key.empty())
            place.keys.emplace_back(std::move(key), name == names.front() ? PreferredName : 0);
    }
}

void UserGazetteerWriter::chooseForNames(const PlaceEntry &entry, const QStringList &names)
{
    if (!m_placeIndex.contains(entry.id) && copyFromShipped(entry.id))
        m_places[m_placeIndex.value(entry.id)].entry.origin = Analyst;
    bool created = false;
    UserPlace &place = placeFor(entry.id, &created);
    if (created) // neither the user's nor shipped: the record as the document has it
        place.entry = entry;
    for (const QString &name : names) {
        std::string key;
        if (!appendNameKey(name, key) || key.empty())
            continue;
        // One choice a name: the latest.
        for (UserPlace &other : m_places)
            for (auto &[otherKey, flags] : other.keys)
                if (otherKey == key)
                    flags &= ~AnalystChoice;
        bool known = false;
        for (auto &[placeKey, flags] : place.keys)
            if (placeKey == key) {
                flags |= AnalystChoice;
                known = true;
            }
        if (!known)
            place.keys.emplace_back(std::move(key), AnalystChoice);
    }
}

void UserGazetteerWriter::forgetChoice(const QString &id, const QStringList &names)
{
    const auto known = m_placeIndex.constFind(id);
    if (known == m_placeIndex.cend())
        return;
    UserPlace &place = m_places[*known];
    for (const QString &name : names) {
        std::string key;
        if (appendNameKey(name, key))
            for (auto &[placeKey, flags] : place.keys)
                if (placeKey == key)
                    flags &= ~AnalystChoice;
    }
    // Copied from the shipped index for the choice alone: the shipped place applies again.
    const bool chosenStill = std::any_of(place.keys.begin(), place.keys.end(), [](const auto &key) {
        return key.second & AnalystChoice;
    });
    const auto shipped = m_shippedById.constFind(id);
    if (!chosenStill && place.entry.origin == Analyst && shipped != m_shippedById.cend() &&
        float(place.entry.latitude) == m_shipped.place(*shipped).latitude &&
        float(place.entry.longitude) == m_shipped.place(*shipped).longitude)
        removePlace(id);
}

void UserGazetteerWriter::removePlace(const QString &id)
{
    const auto known = m_placeIndex.constFind(id);
    if (known == m_placeIndex.cend())
        return;
    m_places.erase(m_places.begin() + *known);
    m_placeIndex.clear();
    for (int i = 0; i < int(m_places.size()); ++i)
        m_placeIndex.insert(m_places[i].entry.id, i);
}

bool UserGazetteerWriter::importGeoNamesRow(QStringView line, ImportReport &report)
{
    const std::optional<GeoNamesRow> row = parseGeoNamesRow(line);
    if (!row)
        return false;
    if (!isWantedFeatureClass(row->featureClass))
        return true;
    QStringList names{row->name, row->asciiName};
    for (const QString &name : row->alternateNames)
        if (!isGeoNamesCode(name))
            names << name;
    addPlace(row->toPlaceEntry(m_admin1Names.value(row->admin1Key())), names);
    ++report.places;
    report.names += names.size();
    return true;
}

bool UserGazetteerWriter::importAlternateName(QStringView line, ImportReport &report)
{
    const QList<QStringView> columns = line.split(QLatin1Char('\t'));
    bool idOk = false;
    const quint32 geonameId = columns.size() >= 8 ? columns[1].toUInt(&idOk) : 0;
    if (!idOk || columns[3].isEmpty())
        return false;
    if (isCodeLanguage(columns[2]))
        return true;
    const QString id = QStringLiteral("geonames:%1").arg(geonameId);
    if (!m_placeIndex.contains(id) && !copyFromShipped(id))
        return true; // a name of a place neither imported nor shipped: nothing to attach it to
    std::string key;
    if (!appendNameKey(columns[3], key) || key.empty())
        return true;
    const bool preferred = columns[4] == QLatin1String("1");
    m_places[m_placeIndex.value(id)].keys.emplace_back(std::move(key), preferred ? PreferredName : 0);
    ++report.names;
    return true;
}

bool UserGazetteerWriter::importFile(const QString &path, const std::function<bool(double)> &progress,
                                     ImportReport &report, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 size = std::max<qint64>(1, file.size());
    enum class Table { Unknown, GeoNames, AlternateNames } table = Table::Unknown;
    qint64 lines = 0;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1); // trailing tabs are empty columns: keep them
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (table == Table::Unknown) {
            const qsizetype tabs = line.count(QLatin1Char('\t'));
            table = tabs >= 14 ? Table::GeoNames : tabs >= 7 ? Table::AlternateNames : Table::Unknown;
            if (table == Table::Unknown) {
                *error = QStringLiteral("%1: not a GeoNames dump (a geoname table or alternateNames)").arg(path);
                return false;
            }
        }
        const bool read = table == Table::GeoNames ? importGeoNamesRow(line, report)
                                                   : importAlternateName(line, report);
        if (!read)
            ++report.malformedRows;
        if (++lines % 4096 == 0 && progress && !progress(double(file.pos()) / double(size))) {
            *error = QStringLiteral("%1: import cancelled").arg(path);
            return false;
        }
    }
    if (progress)
        progress(1.0);
    return true;
}

bool UserGazetteerWriter::write(const QString &path, QString *error) const
{
    GazetteerBuilder builder;
    for (const UserPlace &place : m_places) {
        const std::uint32_t index = builder.addPlace(place.entry);
        for (const auto &[key, flags] : place.keys)
            builder.addKey(index, key, flags);
    }
    for (std::uint32_t i = 0; i < m_shipped.places().size(); ++i) {
        const Gazetteer::Place &place = m_shipped.place(i);
        if (m_placeIndex.contains(m_shipped.placeId(place)))
            continue; // the user's version wins
        const std::uint32_t index = builder.addPlace(entryOf(m_shipped, place));
        for (const auto &[key, flags] : m_shippedKeys[i])
            builder.addKey(index, key, flags);
    }
    std::unordered_set<std::string> commonWords;
    for (std::string_view word : m_shipped.commonWords())
        commonWords.emplace(word);
    builder.setCommonWords(std::move(commonWords));
    builder.setBaseFingerprint(m_shipped.fingerprint());
    return builder.write(path, error);
}

std::unique_ptr<Gazetteer> openUserGazetteer(const Gazetteer &shipped, QString *error)
{
    const QString path = userGazetteerPath();
    if (!QFileInfo::exists(path))
        return nullptr;
    std::unique_ptr<Gazetteer> user = Gazetteer::open(path, error);
    if (!user) {
        // Kept for the analyst to look at, out of the way of the next save.
        const QString setAside = path + QStringLiteral(".damaged");
        QFile::remove(setAside);
        if (error && QFile::rename(path, setAside))
            *error += QStringLiteral("; set aside as %1, the shipped gazetteer is used").arg(setAside);
        return nullptr;
    }
    if (user->baseFingerprint() == shipped.fingerprint())
        return user;
    // The shipped gazetteer was rebuilt since: carry the user's places over to it.
    if (!UserGazetteerWriter(shipped, user.get()).write(path, error))
        return nullptr;
    user.reset();
    return Gazetteer::open(path, error);
}

} // namespace frontline
