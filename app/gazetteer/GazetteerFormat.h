#pragma once

// The on-disk layout of a gazetteer index: one file, memory-mapped as it is, so that loading
// costs a map call and a header check, and a lookup is a binary search that never allocates.
//
//   FileHeader | PlaceRecord[] | KeyRecord[] per tier | lexicon (string offsets) | strings
//
// There is one key table per KeyTier (NameKey.h). Each is sorted by its key string (byte
// order), so all places sharing a key form one contiguous run. The lexicon lists ordinary
// lower-case English words, sorted, so the matcher can tell "Reading" the word from the town.
// Strings are NUL-terminated UTF-8. Integers are little-endian; records naturally aligned.

#include <cstdint>

namespace frontline::gazetteer_format {

inline constexpr char kMagic[8] = {'F', 'L', 'G', 'A', 'Z', 'I', 'D', 'X'};
inline constexpr std::uint32_t kVersion = 2;
inline constexpr int kTierCount = 3;

struct Table
{
    std::uint64_t offset;
    std::uint64_t count;
};

struct FileHeader
{
    char magic[8];
    std::uint32_t version;
    std::uint32_t stringBytes;
    Table places;
    Table keys[kTierCount];
    Table lexicon; // std::uint32_t string offsets
    std::uint64_t stringsOffset;
};

enum class Kind : std::uint8_t { PopulatedPlace, Admin1, Admin2, Country, Feature };

struct PlaceRecord
{
    std::uint32_t id;         // string offset: "geonames:174448", "country:SY", "admin1:IQ.01"
    std::uint32_t name;       // string offset: preferred name
    std::uint32_t admin1Name; // string offset: first-level division, "" when unknown
    std::uint32_t population;
    float latitude;
    float longitude;
    char countryCode[2];   // ISO 3166-1 alpha-2
    char featureCode[6];   // GeoNames feature code, NUL-padded ("PPLA2", "ADM1", "PCLI")
    Kind kind;
    std::uint8_t reserved[3];
};
static_assert(sizeof(PlaceRecord) == 36);

enum KeyFlag : std::uint8_t {
    PreferredName = 1, // the place's own name, not one of its alternate names
    CommonWord = 2,    // the key is also an ordinary lower-case English word ("reading")
    Demonym = 4,       // "syrian" -> Syria: names a people or adjective, not a location
    Abbreviation = 8,  // a country's code as news writes it ("US", "DRC"): matched in capitals
    People = 16,       // "Arab", "Kurd": a people or faith, never a location in news text
};

struct KeyRecord
{
    std::uint32_t key;    // string offset: the key in this table's tier
    std::uint32_t place;  // index into the place records
    std::uint32_t origin; // string offset: the spelling it came from, Exact key (Exact and
                          // Folded tiers) or Folded key (Skeleton tier), to measure similarity
    std::uint8_t flags;   // KeyFlag bits
    std::uint8_t reserved[3];
};
static_assert(sizeof(KeyRecord) == 16);

} // namespace frontline::gazetteer_format
