#pragma once

#include "Gazetteer.h"
#include "GazetteerBuilder.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace frontline {

// Where the analyst's own gazetteer lives: beside the settings file.
QString userGazetteerPath();

struct ImportReport
{
    qint64 places = 0;        // places added or replaced
    qint64 names = 0;         // names added
    qint64 malformedRows = 0; // rows skipped because they could not be read
};

// Builds the analyst's gazetteer: the shipped index combined with places imported from
// GeoNames dumps (allCountries.txt, SY.txt, alternateNamesV2.txt) and places added in the
// window. User places win over shipped ones of the same id. The result is one index, so
// the geoparser keeps a single memory-mapped lookup.
class UserGazetteerWriter
{
public:
    // `previous` is the user's existing combined index, if any: its user places are kept.
    UserGazetteerWriter(const Gazetteer &shipped, const Gazetteer *previous);

    // Reads one dump file; `progress` gets the fraction read and returns false to cancel.
    // Broken rows are counted and skipped; false only if the file cannot be read at all.
    bool importFile(const QString &path, const std::function<bool(double)> &progress,
                    ImportReport &report, QString *error);
    // A place the analyst adds or moves (or an imported one): replaces any place of the same
    // id. Its origin is Analyst if the entry says so, else User.
    void addPlace(const PlaceEntry &place, const QStringList &names);
    // The analyst chose this place for these names among their readings: it wins them from now
    // on (AnalystChoice keys), and no other place does. A shipped place is copied with its names.
    void chooseForNames(const PlaceEntry &place, const QStringList &names);
    // Takes such a choice back; a shipped place copied only for it is the shipped one again.
    void forgetChoice(const QString &id, const QStringList &names);
    // Takes back a place the analyst added or moved: the shipped one of its id, if any, applies.
    void removePlace(const QString &id);

    bool write(const QString &path, QString *error) const;

private:
    struct UserPlace
    {
        PlaceEntry entry;
        std::vector<std::pair<std::string, std::uint8_t>> keys; // Exact keys with their flags
    };
    UserPlace &placeFor(const QString &id, bool *created);
    bool copyFromShipped(const QString &id);
    bool importGeoNamesRow(QStringView line, ImportReport &report);
    bool importAlternateName(QStringView line, ImportReport &report);

    const Gazetteer &m_shipped;
    std::vector<std::vector<std::pair<std::string_view, std::uint8_t>>> m_shippedKeys; // by place
    std::vector<UserPlace> m_places;
    QHash<QString, int> m_placeIndex;               // id -> m_places
    QHash<QString, std::uint32_t> m_shippedById;    // "geonames:N", "admin1:SY.01" -> shipped place
    QHash<QString, QString> m_admin1Names;          // "CC.code" -> name
};

// Opens the user's combined gazetteer if there is one built on `shipped`; rebuilds it first
// when `shipped` has changed since. nullptr when the user has none (or on error, in `error`).
std::unique_ptr<Gazetteer> openUserGazetteer(const Gazetteer &shipped, QString *error);

} // namespace frontline
