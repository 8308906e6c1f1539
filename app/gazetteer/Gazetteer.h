#pragma once

#include "GazetteerFormat.h"
#include "NameKey.h"

#include <QFile>
#include <QString>

#include <memory>
#include <span>
#include <string_view>

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

    std::span<const Place> places() const { return m_places; }
    const Place &place(std::uint32_t index) const { return m_places[index]; }
    const char *text(std::uint32_t offset) const { return m_strings + offset; }
    std::string_view originKey(const Key &key) const { return m_strings + key.origin; }
    QString placeName(const Place &place) const { return QString::fromUtf8(text(place.name)); }
    QString placeId(const Place &place) const { return QString::fromUtf8(text(place.id)); }

private:
    Gazetteer() = default;
    std::string_view keyText(const Key &key) const { return m_strings + key.key; }
    std::string_view textAt(std::uint32_t offset) const { return m_strings + offset; }

    QFile m_file;
    std::span<const Place> m_places;
    std::span<const Key> m_keys[gazetteer_format::kTierCount];
    std::span<const std::uint32_t> m_keyBuckets[gazetteer_format::kTierCount];
    std::span<const std::uint32_t> m_prefixes[gazetteer_format::kTierCount];
    std::span<const std::uint32_t> m_lexicon;
    const char *m_strings = nullptr;
};

} // namespace frontline
