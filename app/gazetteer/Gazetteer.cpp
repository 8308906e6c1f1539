#include "Gazetteer.h"

#include <algorithm>
#include <cstring>

namespace frontline {

using namespace gazetteer_format;

namespace {

template <typename Record>
bool tableFits(const Table &table, qint64 size)
{
    const std::uint64_t bytes = table.count * sizeof(Record);
    return table.offset % alignof(Record) == 0 && table.count < (1ull << 32) &&
           table.offset <= std::uint64_t(size) && bytes <= std::uint64_t(size) - table.offset;
}

template <typename Record>
std::span<const Record> tableSpan(const uchar *base, const Table &table)
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
    for (const Table &keys : header.keys)
        fits = fits && tableFits<KeyRecord>(keys, size);
    if (!fits)
        return fail(QStringLiteral("the gazetteer index is truncated or damaged"));

    gazetteer->m_places = tableSpan<PlaceRecord>(base, header.places);
    for (int tier = 0; tier < kTierCount; ++tier)
        gazetteer->m_keys[tier] = tableSpan<KeyRecord>(base, header.keys[tier]);
    gazetteer->m_lexicon = tableSpan<std::uint32_t>(base, header.lexicon);
    gazetteer->m_strings = reinterpret_cast<const char *>(base + header.stringsOffset);
    return gazetteer;
}

std::span<const Gazetteer::Key> Gazetteer::find(std::string_view key, KeyTier tier) const
{
    const std::span<const Key> keys = m_keys[int(tier)];
    const auto less = [this](const Key &a, std::string_view b) { return keyText(a) < b; };
    const auto greater = [this](std::string_view a, const Key &b) { return a < keyText(b); };
    const auto first = std::lower_bound(keys.begin(), keys.end(), key, less);
    const auto last = std::upper_bound(first, keys.end(), key, greater);
    return {first, last};
}

bool Gazetteer::hasLongerKey(std::string_view prefix, KeyTier tier) const
{
    char buffer[256];
    if (prefix.size() + 1 >= sizeof buffer)
        return false;
    std::memcpy(buffer, prefix.data(), prefix.size());
    buffer[prefix.size()] = ' ';
    const std::string_view withSpace(buffer, prefix.size() + 1);
    const std::span<const Key> keys = m_keys[int(tier)];
    const auto less = [this](const Key &a, std::string_view b) { return keyText(a) < b; };
    const auto it = std::lower_bound(keys.begin(), keys.end(), withSpace, less);
    return it != keys.end() && keyText(*it).starts_with(withSpace);
}

bool Gazetteer::isCommonWord(std::string_view key) const
{
    const auto it = std::lower_bound(m_lexicon.begin(), m_lexicon.end(), key,
                                     [this](std::uint32_t word, std::string_view wanted) {
                                         return std::string_view(m_strings + word) < wanted;
                                     });
    return it != m_lexicon.end() && std::string_view(m_strings + *it) == key;
}

} // namespace frontline
