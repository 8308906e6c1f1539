#include "GazetteerBuilder.h"

#include "NameKey.h"
#include "StringHash.h"
#include "files/SafeWrite.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace frontline {

using namespace gazetteer_format;

std::uint32_t GazetteerBuilder::intern(std::string_view text)
{
    const auto [it, inserted] =
        m_stringOffsets.try_emplace(std::string(text), std::uint32_t(m_strings.size()));
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
    record.origin = entry.origin;
    m_places.push_back(record);
    return std::uint32_t(m_places.size() - 1);
}

bool GazetteerBuilder::addName(std::uint32_t place, QStringView name, std::uint8_t flags)
{
    std::string key;
    return appendNameKey(name, key) && addKey(place, key, flags);
}

bool GazetteerBuilder::addKey(std::uint32_t place, std::string_view exactKey, std::uint8_t flags)
{
    if (exactKey.empty() || exactKey.size() > 200)
        return false;
    const std::uint32_t keyOffset = intern(exactKey);
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

std::vector<KeyRecord> GazetteerBuilder::tierTable(int tier)
{
    std::vector<KeyRecord> table;
    table.reserve(m_keys.size());
    // (place, key) once per tier; in the skeleton tier once per folded spelling too, so the
    // matcher can measure how far the text's spelling is from each.
    std::unordered_set<std::string> seen;
    std::string folded, skeleton, identity;
    for (const PendingKey &pending : m_keys) {
        const std::string_view exact(m_strings.data() + pending.key);
        std::string_view key = exact;
        if (tier >= int(KeyTier::Folded)) {
            folded.clear();
            appendFoldedKey(exact, folded);
            key = folded;
        }
        if (tier == int(KeyTier::Skeleton)) {
            skeleton.clear();
            appendSkeletonKey(folded, skeleton);
            key = skeleton;
        }
        if (key.empty())
            continue;
        KeyRecord record{};
        record.key = intern(key);
        record.place = pending.place;
        record.origin = tier == int(KeyTier::Skeleton) ? intern(folded) : pending.key;
        record.flags = pending.flags;
        if (m_commonWords.contains(std::string(exact)))
            record.flags |= CommonWord;
        identity.assign(reinterpret_cast<const char *>(&record), 8);
        if (tier == int(KeyTier::Skeleton))
            identity.append(reinterpret_cast<const char *>(&record.origin), 4);
        if (seen.insert(identity).second)
            table.push_back(record);
    }
    const char *strings = m_strings.data();
    std::stable_sort(table.begin(), table.end(), [strings](const KeyRecord &a, const KeyRecord &b) {
        return std::string_view(strings + a.key) < std::string_view(strings + b.key);
    });
    return table;
}

bool GazetteerBuilder::write(const QString &path, QString *error)
{
    const auto textAt = [this](std::uint32_t offset) {
        return std::string_view(m_strings.data() + offset);
    };
    std::vector<KeyRecord> tables[kTierCount];
    std::vector<std::uint32_t> keyBuckets[kTierCount], prefixBuckets[kTierCount];
    for (int tier = 0; tier < kTierCount; ++tier) {
        tables[tier] = tierTable(tier);
        const std::vector<KeyRecord> &table = tables[tier];
        std::vector<std::uint32_t> runStarts, prefixes;
        for (std::uint32_t i = 0; i < table.size(); ++i) {
            if (i > 0 && table[i].key == table[i - 1].key)
                continue;
            runStarts.push_back(i);
            const std::string key(textAt(table[i].key));
            for (std::size_t space = key.find(' '); space != std::string::npos;
                 space = key.find(' ', space + 1))
                prefixes.push_back(intern(std::string_view(key).substr(0, space)));
        }
        std::sort(prefixes.begin(), prefixes.end());
        prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
        keyBuckets[tier] =
            string_hash::build(runStarts, [&](std::uint32_t i) { return textAt(table[i].key); });
        prefixBuckets[tier] = string_hash::build(prefixes, textAt);
    }
    std::vector<std::uint32_t> lexicon;
    for (const std::string &word : m_commonWords)
        lexicon.push_back(intern(word));
    const std::vector<std::uint32_t> lexiconBuckets = string_hash::build(lexicon, textAt);

    FileHeader header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kVersion;
    header.stringBytes = std::uint32_t(m_strings.size());
    std::uint64_t offset = sizeof(FileHeader);
    const auto place = [&offset](Table &table, std::size_t count, std::size_t recordSize) {
        table = {offset, count};
        offset += count * recordSize;
    };
    place(header.places, m_places.size(), sizeof(PlaceRecord));
    for (int tier = 0; tier < kTierCount; ++tier) {
        place(header.keys[tier], tables[tier].size(), sizeof(KeyRecord));
        place(header.keyBuckets[tier], keyBuckets[tier].size(), sizeof(std::uint32_t));
        place(header.prefixes[tier], prefixBuckets[tier].size(), sizeof(std::uint32_t));
    }
    place(header.lexicon, lexiconBuckets.size(), sizeof(std::uint32_t));
    header.stringsOffset = offset;
    header.baseFingerprint = m_baseFingerprint;

    SafeFileWriter file(path);
    const auto put = [&file](const auto &vector) {
        file.write(reinterpret_cast<const char *>(vector.data()),
                   qint64(vector.size() * sizeof(vector[0])));
    };
    if (!file.open(error))
        return false;
    file.write(reinterpret_cast<const char *>(&header), sizeof header);
    put(m_places);
    for (int tier = 0; tier < kTierCount; ++tier) {
        put(tables[tier]);
        put(keyBuckets[tier]);
        put(prefixBuckets[tier]);
    }
    put(lexiconBuckets);
    put(m_strings);
    return file.commit(error);
}

} // namespace frontline
