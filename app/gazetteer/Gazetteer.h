#pragma once

#include "GazetteerFormat.h"
#include "NameKey.h"

#include <QFile>
#include <QString>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace frontline {

// A read-only view of a gazetteer index file (see GazetteerFormat.h).
class Gazetteer
{
public:
    using Place = gazetteer_format::PlaceRecord;
    using Key = gazetteer_format::KeyRecord;

    // Maps the file; returns nullptr and sets `error` if it is missing or not an index.
    static std::unique_ptr<Gazetteer> open(const QString &path, QString *error);

    // Every key record of `tier` whose key is exactly `key` (made with NameKey.h).
    std::span<const Key> find(std::string_view key, KeyTier tier = KeyTier::Exact) const;
    // Whether some key of `tier` starts with `prefix` and a space: lets a matcher stop
    // extending a word run as soon as no longer name can begin with it.
    bool hasLongerKey(std::string_view prefix, KeyTier tier = KeyTier::Exact) const;
    // Whether `key` is an ordinary lower-case English word ("reading", "may").
    bool isCommonWord(std::string_view key) const;
    std::vector<std::string_view> commonWords() const;

    std::span<const Place> places() const { return m_places; }
    // Exact-tier key records, for reading an index back (they carry each place's names).
    std::span<const Key> exactKeys() const { return m_keys[0]; }
    // Identifies this index's content: changes whenever it is rebuilt with other data.
    std::uint64_t fingerprint() const { return m_fingerprint; }
    // For a user's combined index, the fingerprint of the shipped index it was built on.
    std::uint64_t baseFingerprint() const { return m_baseFingerprint; }
    const Place &place(std::uint32_t index) const { return m_places[index]; }
    const char *text(std::uint32_t offset) const { return m_strings + offset; }
    std::string_view originKey(const Key &key) const { return m_strings + key.origin; }
    QString placeName(const Place &place) const { return QString::fromUtf8(text(place.name)); }
    QString placeId(const Place &place) const { return QString::fromUtf8(text(place.id)); }

private:
    Gazetteer() = default;
    std::string_view keyText(const Key &key) const { return m_strings + key.key; }
    std::string_view textAt(std::uint32_t offset) const { return m_strings + offset; }
    bool readsBack(std::uint32_t stringBytes) const;

    QFile m_file;
    std::span<const Place> m_places;
    std::span<const Key> m_keys[gazetteer_format::kTierCount];
    std::span<const std::uint32_t> m_keyBuckets[gazetteer_format::kTierCount];
    std::span<const std::uint32_t> m_prefixes[gazetteer_format::kTierCount];
    std::span<const std::uint32_t> m_lexicon;
    const char *m_strings = nullptr;
    std::uint64_t m_fingerprint = 0;
    std::uint64_t m_baseFingerprint = 0;
};

} // namespace frontline
