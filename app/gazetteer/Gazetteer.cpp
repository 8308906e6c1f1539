#include "Gazetteer.h"

#include <algorithm>
#include <cstring>

namespace frontline {

using namespace gazetteer_format;

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
    const uchar *base = file.map(0, size);
    if (!base || size < qint64(sizeof(FileHeader)))
        return fail(QStringLiteral("not a gazetteer index"));
    FileHeader header;
    std::memcpy(&header, base, sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0)
        return fail(QStringLiteral("not a gazetteer index"));
    if (header.version != kVersion)
        return fail(QStringLiteral("gazetteer index version %1, expected %2: rebuild it")
                        .arg(header.version)
                        .arg(kVersion));
    const auto fits = [size](std::uint64_t offset, std::uint64_t bytes) {
        return offset <= std::uint64_t(size) && bytes <= std::uint64_t(size) - offset;
    };
    if (!fits(header.placesOffset, std::uint64_t(header.placeCount) * sizeof(PlaceRecord)) ||
        !fits(header.keysOffset, std::uint64_t(header.keyCount) * sizeof(KeyRecord)) ||
        !fits(header.stringsOffset, header.stringBytes) || header.stringBytes == 0 ||
        base[header.stringsOffset + header.stringBytes - 1] != 0 ||
        header.placesOffset % alignof(PlaceRecord) || header.keysOffset % alignof(KeyRecord))
        return fail(QStringLiteral("the gazetteer index is truncated or damaged"));

    gazetteer->m_places = {reinterpret_cast<const Place *>(base + header.placesOffset),
                           header.placeCount};
    gazetteer->m_keys = {reinterpret_cast<const Key *>(base + header.keysOffset),
                         header.keyCount};
    gazetteer->m_strings = reinterpret_cast<const char *>(base + header.stringsOffset);
    return gazetteer;
}

std::span<const Gazetteer::Key> Gazetteer::find(std::string_view key) const
{
    const auto less = [this](const Key &a, std::string_view b) { return keyText(a) < b; };
    const auto greater = [this](std::string_view a, const Key &b) { return a < keyText(b); };
    const auto first = std::lower_bound(m_keys.begin(), m_keys.end(), key, less);
    const auto last = std::upper_bound(first, m_keys.end(), key, greater);
    return {first, last};
}

bool Gazetteer::hasLongerKey(std::string_view prefix) const
{
    char buffer[256];
    if (prefix.size() + 1 >= sizeof buffer)
        return false;
    std::memcpy(buffer, prefix.data(), prefix.size());
    buffer[prefix.size()] = ' ';
    const std::string_view withSpace(buffer, prefix.size() + 1);
    const auto less = [this](const Key &a, std::string_view b) { return keyText(a) < b; };
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), withSpace, less);
    return it != m_keys.end() && keyText(*it).starts_with(withSpace);
}

} // namespace frontline
