#pragma once

#include "GazetteerFormat.h"

#include <QString>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace frontline {

struct PlaceEntry
{
    QString id; // "geonames:174448", "country:SY", "admin1:IQ.01", "supplement:at-tanf"
    QString name;
    QString admin1Name;
    QString countryCode;
    QString featureCode;
    gazetteer_format::Kind kind = gazetteer_format::Kind::PopulatedPlace;
    double latitude = 0;
    double longitude = 0;
    quint64 population = 0;
    gazetteer_format::PlaceOrigin origin = gazetteer_format::Shipped;
};

// Collects places and their names, then writes a gazetteer index file (GazetteerFormat.h).
class GazetteerBuilder
{
public:
    std::uint32_t addPlace(const PlaceEntry &place);
    // Adds a name of a place under its folded key. Names in a non-Latin script, and a name
    // already given to the same place, are skipped. Returns whether a key was added.
    bool addName(std::uint32_t place, QStringView name, std::uint8_t flags = 0);
    // Adds an already folded Exact key (NameKey.h), as read back from an index.
    bool addKey(std::uint32_t place, std::string_view exactKey, std::uint8_t flags);
    // Ordinary lower-case English words: keys among them are flagged CommonWord, and the
    // index carries the list for the matcher.
    void setCommonWords(std::unordered_set<std::string> words) { m_commonWords = std::move(words); }
    bool isCommonWord(const std::string &word) const { return m_commonWords.count(word) != 0; }

    std::size_t placeCount() const { return m_places.size(); }
    std::size_t keyCount() const { return m_keys.size(); }

    // Marks the index as a user's combination built on a shipped index (its fingerprint).
    void setBaseFingerprint(std::uint64_t fingerprint) { m_baseFingerprint = fingerprint; }

    // Writes atomically: the file appears whole or not at all.
    bool write(const QString &path, QString *error);

private:
    struct PendingKey
    {
        std::uint32_t key; // the Exact key's string offset
        std::uint32_t place;
        std::uint8_t flags;
    };
    std::uint32_t intern(std::string_view text);
    std::vector<gazetteer_format::KeyRecord> tierTable(int tier);

    std::vector<gazetteer_format::PlaceRecord> m_places;
    std::vector<PendingKey> m_keys;
    std::unordered_set<std::uint64_t> m_placeKeys; // (place, key) pairs already added
    std::string m_strings{'\0'};                    // offset 0 is the empty string
    std::unordered_map<std::string, std::uint32_t> m_stringOffsets; // owns its keys
    std::unordered_set<std::string> m_commonWords;
    std::uint64_t m_baseFingerprint = 0;
};

} // namespace frontline
