#include "GazetteerBuilder.h"

#include "NameKey.h"

#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace frontline {

using namespace gazetteer_format;

std::uint32_t GazetteerBuilder::intern(const std::string &text)
{
    const auto [it, inserted] = m_stringOffsets.try_emplace(text, std::uint32_t(m_strings.size()));
    if (inserted) {
        m_strings.append(text);
        m_strings.push_back('\0');
    }
    return it->second;
}

std::uint32_t GazetteerBuilder::addPlace(const PlaceEntry &entry)
{
    PlaceRecord record{};
    record.id = intern(entry.id.toStdString());
    record.name = intern(entry.name.toStdString());
    record.admin1Name = intern(entry.admin1Name.toStdString());
    record.population = std::uint32_t(std::min<quint64>(entry.population, UINT32_MAX));
    record.latitude = float(entry.latitude);
    record.longitude = float(entry.longitude);
    const QByteArray country = entry.countryCode.toLatin1().leftJustified(2, '\0', true);
    std::memcpy(record.countryCode, country.constData(), 2);
    const QByteArray feature = entry.featureCode.toLatin1().leftJustified(6, '\0', true);
    std::memcpy(record.featureCode, feature.constData(), 6);
    record.kind = entry.kind;
    m_places.push_back(record);
    return std::uint32_t(m_places.size() - 1);
}

bool GazetteerBuilder::addName(std::uint32_t place, QStringView name, std::uint8_t flags)
{
    std::string key;
    if (!appendNameKey(name, key) || key.empty() || key.size() > 200)
        return false;
    const std::uint32_t keyOffset = intern(key);
    if (!m_placeKeys.insert((std::uint64_t(place) << 32) | keyOffset).second) {
        // The same key again for this place: keep the strongest flags (preferred name).
        for (auto it = m_keys.rbegin(); it != m_keys.rend() && it->place == place; ++it)
            if (it->key == keyOffset)
                it->flags |= flags;
        return false;
    }
    m_keys.push_back({keyOffset, place, flags});
    return true;
}

bool GazetteerBuilder::write(const QString &path, QString *error)
{
    const auto keyText = [this](std::uint32_t offset) {
        return std::string_view(m_strings.data() + offset);
    };
    std::vector<KeyRecord> keys;
    keys.reserve(m_keys.size());
    for (const PendingKey &pending : m_keys) {
        KeyRecord record{};
        record.key = pending.key;
        record.place = pending.place;
        record.flags = pending.flags;
        if (m_commonWords.contains(std::string(keyText(pending.key))))
            record.flags |= CommonWord;
        keys.push_back(record);
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const KeyRecord &a, const KeyRecord &b) {
        return keyText(a.key) < keyText(b.key);
    });

    FileHeader header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kVersion;
    header.placeCount = std::uint32_t(m_places.size());
    header.keyCount = std::uint32_t(keys.size());
    header.stringBytes = std::uint32_t(m_strings.size());
    header.placesOffset = sizeof(FileHeader);
    header.keysOffset = header.placesOffset + m_places.size() * sizeof(PlaceRecord);
    header.stringsOffset = header.keysOffset + keys.size() * sizeof(KeyRecord);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(reinterpret_cast<const char *>(&header), sizeof header);
    file.write(reinterpret_cast<const char *>(m_places.data()),
               qint64(m_places.size() * sizeof(PlaceRecord)));
    file.write(reinterpret_cast<const char *>(keys.data()), qint64(keys.size() * sizeof(KeyRecord)));
    file.write(m_strings.data(), qint64(m_strings.size()));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace frontline
