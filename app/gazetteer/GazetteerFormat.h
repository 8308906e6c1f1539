#pragma once

// The on-disk layout of a gazetteer index: one file, memory-mapped as it is, so that loading
// costs a map call and a header check, and a lookup is a binary search that never allocates.
//
//   FileHeader | PlaceRecord[] | per tier: KeyRecord[], key buckets, prefix buckets |
//   lexicon buckets | strings
//
// There is one key table per KeyTier (NameKey.h). Records sharing a key are contiguous and
// share the key's string offset. Per tier, hash buckets (StringHash.h) map a key to its first
// record, and a second set holds every word prefix of the multi-word keys ("deir" and
// "deir ez" of "deir ez zor"), so a matcher knows when a longer name could still follow.
// The lexicon buckets hold ordinary lower-case English words ("reading", "may").
// Strings are NUL-terminated UTF-8. Integers are little-endian; records naturally aligned.

#include <cstdint>

namespace frontline::gazetteer_format {

inline constexpr char kMagic[8] = {'F', 'L', 'G', 'A', 'Z', 'I', 'D', 'X'};
inline constexpr std::uint32_t kVersion = 4;
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
    Table keys[kTierCount];       // KeyRecord
    Table keyBuckets[kTierCount]; // std::uint32_t: first record of a key, + 1
    Table prefixes[kTierCount];   // std::uint32_t: string offset of a word prefix, + 1
    Table lexicon;                // std::uint32_t: string offset of a common word, + 1
    std::uint64_t stringsOffset;
    // 0 for the shipped index; for a user's combined index, the fingerprint of the shipped
    // index it was built on, so a newer shipped index is noticed.
    std::uint64_t baseFingerprint;
};

// Continent, Region, Water and Island are areas from geodata/regions.tsv: labelled, not pinned.
enum class Kind : std::uint8_t
{
    PopulatedPlace,
    Admin1,
    Admin2,
    Country,
    Feature,
    Continent,
    Region,
    Water,
    Island
};

struct PlaceRecord
{
    std::uint32_t id;         // string offset: "geonames:174448", "country:SY", "admin1:IQ.01"
    std::uint32_t name;       // string offset: preferred name
    std::uint32_t admin1Name; // string offset: first-level division, "" when unknown
    std::uint32_t population;
    float latitude;
    float longitude;
    char countryCode[2]; // ISO 3166-1 alpha-2
    char featureCode[6]; // GeoNames feature code, NUL-padded ("PPLA2", "ADM1", "PCLI")
    Kind kind;
    std::uint8_t origin; // PlaceOrigin
    std::uint8_t reserved[2];
};
static_assert(sizeof(PlaceRecord) == 36);

enum PlaceOrigin : std::uint8_t
{
    Shipped = 0, // built from the pinned packages
    User = 1,    // imported from a GeoNames dump: wins over Shipped
    Analyst = 2, // placed by the analyst, or chosen by them for a name: wins over Shipped
};

enum KeyFlag : std::uint8_t
{
    PreferredName = 1,   // the place's own name, not one of its alternate names
    CommonWord = 2,      // the key is also an ordinary lower-case English word ("reading")
    Demonym = 4,         // "syrian" -> Syria: names a people or adjective, not a location
    Abbreviation = 8,    // a country's code as news writes it ("US", "DRC"): matched in capitals
    NotAPlace = 16,      // "Arab", "Shia": a people or faith, never a place
    PersonName = 32,     // "Maria", "Carson": a given name or surname (never a hit of its own)
    AfterTown = 64,      // "Ore.", "TX": a state's abbreviation, only after "Town, "
    AnalystChoice = 128, // the analyst chose this place for this name: it wins the name
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
