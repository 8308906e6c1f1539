#include "Gazetteer.h"

#include "StringHash.h"

#include <algorithm>
#include <cstring>

namespace frontline {

using namespace gazetteer_format;

namespace {

template <typename Record> bool tableFits(const Table &table, qint64 size)
{
    const std::uint64_t bytes = table.count * sizeof(Record);
    return table.offset % alignof(Record) == 0 && table.count < (1ull << 32) &&
           table.offset <= std::uint64_t(size) && bytes <= std::uint64_t(size) - table.offset;
}

template <typename Record> std::span<const Record> tableSpan(const uchar *base, const Table &table)
{
    return {reinterpret_cast<const Record *>(base + table.offset), std::size_t(table.count)};
}

} // namespace

std::unique_ptr<Gazetteer> Gazetteer::open(const QString &path, QString *error)
{
    std::unique_ptr<Gazetteer> gazetteer(new Gazetteer);
    QFile &file = gazetteer->m_file;
    file.setFileName(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return nullptr;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const qint64 size = file.size();
    const uchar *base = size >= qint64(sizeof(FileHeader)) ? file.map(0, size) : nullptr;
    if (!base)
        return fail(QStringLiteral("not a gazetteer index"));
    FileHeader header;
    std::memcpy(&header, base, sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0)
        return fail(QStringLiteral("not a gazetteer index"));
    if (header.version != kVersion)
        return fail(QStringLiteral("gazetteer index version %1, expected %2: rebuild it")
                        .arg(header.version)
                        .arg(kVersion));
    bool fits = tableFits<PlaceRecord>(header.places, size) &&
                tableFits<std::uint32_t>(header.lexicon, size) &&
                tableFits<char>({header.stringsOffset, header.stringBytes}, size) &&
                header.stringBytes > 0 && base[header.stringsOffset + header.stringBytes - 1] == 0;
    for (int tier = 0; tier < kTierCount; ++tier)
        fits = fits && tableFits<KeyRecord>(header.keys[tier], size) &&
               tableFits<std::uint32_t>(header.keyBuckets[tier], size) &&
               tableFits<std::uint32_t>(header.prefixes[tier], size);
    if (!fits)
        return fail(QStringLiteral("the gazetteer index is truncated or damaged"));

    gazetteer->m_places = tableSpan<PlaceRecord>(base, header.places);
    for (int tier = 0; tier < kTierCount; ++tier) {
        gazetteer->m_keys[tier] = tableSpan<KeyRecord>(base, header.keys[tier]);
        gazetteer->m_keyBuckets[tier] = tableSpan<std::uint32_t>(base, header.keyBuckets[tier]);
        gazetteer->m_prefixes[tier] = tableSpan<std::uint32_t>(base, header.prefixes[tier]);
    }
    gazetteer->m_lexicon = tableSpan<std::uint32_t>(base, header.lexicon);
    gazetteer->m_strings = reinterpret_cast<const char *>(base + header.stringsOffset);
    gazetteer->m_baseFingerprint = header.baseFingerprint;
    if (!gazetteer->readsBack(header.stringBytes))
        return fail(QStringLiteral("the gazetteer index is damaged (its tables do not read back)"));
    // The header's sizes and offsets change with any change of content.
    gazetteer->m_fingerprint =
        string_hash::hash(std::string_view(reinterpret_cast<const char *>(base), sizeof header));
    return gazetteer;
}

// A sample of the tables read back: the sampled places' ids and names and the sampled keys'
// texts lie in the string table and are not empty, each key's place exists, and each key is
// found again through the hash table. A file whose header survived while the rest was zeroed
// or overwritten fails here for a few hundred lookups, not a full read.
bool Gazetteer::readsBack(std::uint32_t stringBytes) const
{
    constexpr std::size_t kSamples = 64;
    const auto isText = [&](std::uint32_t offset) {
        return offset < stringBytes && m_strings[offset] != '\0';
    };
    for (std::size_t i = 0; i < kSamples && !m_places.empty(); ++i) {
        const Place &place = m_places[i * m_places.size() / kSamples];
        if (!isText(place.id) || !isText(place.name))
            return false;
    }
    const std::span<const Key> keys = m_keys[int(KeyTier::Exact)];
    for (std::size_t i = 0; i < kSamples && !keys.empty(); ++i) {
        const Key &key = keys[i * keys.size() / kSamples];
        if (!isText(key.key) || key.place >= m_places.size() ||
            find(keyText(key), KeyTier::Exact).empty())
            return false;
    }
    return true;
}

std::span<const Gazetteer::Key> Gazetteer::find(std::string_view key, KeyTier tier) const
{
    const std::span<const Key> keys = m_keys[int(tier)];
    const std::span<const std::uint32_t> buckets = m_keyBuckets[int(tier)];
    const std::int64_t first = string_hash::find(
        buckets.data(), buckets.size(), key, [&](std::uint32_t i) { return text(keys[i].key); });
    if (first < 0 || std::size_t(first) >= keys.size())
        return {};
    // Records of one key are contiguous and share its string offset.
    std::size_t last = std::size_t(first) + 1;
    while (last < keys.size() && keys[last].key == keys[first].key)
        ++last;
    return keys.subspan(std::size_t(first), last - std::size_t(first));
}

bool Gazetteer::hasLongerKey(std::string_view prefix, KeyTier tier) const
{
    const std::span<const std::uint32_t> buckets = m_prefixes[int(tier)];
    return string_hash::find(buckets.data(), buckets.size(), prefix,
                             [this](std::uint32_t offset) { return text(offset); }) >= 0;
}

bool Gazetteer::isCommonWord(std::string_view key) const
{
    return string_hash::find(m_lexicon.data(), m_lexicon.size(), key,
                             [this](std::uint32_t offset) { return text(offset); }) >= 0;
}

std::vector<std::string_view> Gazetteer::commonWords() const
{
    std::vector<std::string_view> words;
    for (std::uint32_t bucket : m_lexicon)
        if (bucket != 0)
            words.push_back(textAt(bucket - 1));
    return words;
}

} // namespace frontline
