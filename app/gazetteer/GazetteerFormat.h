#pragma once

// The on-disk layout of a gazetteer index: one file, memory-mapped as it is, so that loading
// costs a map call and a header check, and a lookup is a binary search that never allocates.
//
//   FileHeader | PlaceRecord[placeCount] | KeyRecord[keyCount] | strings (NUL-terminated UTF-8)
//
// Key records are sorted by their key string (byte order), so all places sharing a key form
// one contiguous run. All integers are little-endian; records are naturally aligned.

#include <cstdint>

namespace frontline::gazetteer_format {

inline constexpr char kMagic[8] = {'F', 'L', 'G', 'A', 'Z', 'I', 'D', 'X'};
inline constexpr std::uint32_t kVersion = 1;

struct FileHeader
{
    char magic[8];
    std::uint32_t version;
    std::uint32_t placeCount;
    std::uint32_t keyCount;
    std::uint32_t stringBytes;
    std::uint64_t placesOffset;
    std::uint64_t keysOffset;
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
    Abbreviation = 8,  // a code or acronym ("US", "DRC")
};

struct KeyRecord
{
    std::uint32_t key;   // string offset: the folded name key
    std::uint32_t place; // index into the place records
    std::uint8_t flags;  // KeyFlag bits
    std::uint8_t reserved[3];
};
static_assert(sizeof(KeyRecord) == 12);

} // namespace frontline::gazetteer_format
