#pragma once

// Open-addressing hash tables over strings of an index's string pool, stored in the index
// file itself: a lookup is a hash and one or two probes, with nothing to build at load.
// A bucket holds a value + 1 (0 = empty); the caller says which string a value stands for.

#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

namespace frontline::string_hash {

inline std::uint64_t hash(std::string_view text)
{
    std::uint64_t h = 1469598103934665603ull; // FNV-1a
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h ^ (h >> 29);
}

// The same hash for std::unordered_map over short words: cheaper than std::hash's for them.
struct WordHash
{
    using is_transparent = void; // a std::string key is found by a std::string_view
    std::size_t operator()(std::string_view text) const { return std::size_t(hash(text)); }
};

// Buckets for `values`, at most half full. `textOf(value)` gives the string of a value.
template <typename TextOf>
std::vector<std::uint32_t> build(const std::vector<std::uint32_t> &values, TextOf textOf)
{
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, values.size() * 2));
    std::vector<std::uint32_t> buckets(capacity, 0);
    for (std::uint32_t value : values) {
        std::size_t slot = hash(textOf(value)) & (capacity - 1);
        while (buckets[slot] != 0)
            slot = (slot + 1) & (capacity - 1);
        buckets[slot] = value + 1;
    }
    return buckets;
}

// Whether the NUL-terminated `pooled` is `text`. Most probes differ at the first byte: this
// never measures the pooled string first, as a std::string_view of it would.
inline bool pooledEquals(const char *pooled, std::string_view text)
{
    for (char c : text)
        if (c == '\0' || *pooled++ != c)
            return false;
    return *pooled == '\0';
}

// The value whose string is `text`, or -1. `pooledTextOf(value)` gives the NUL-terminated
// string of a value.
template <typename PooledTextOf>
std::int64_t find(const std::uint32_t *buckets, std::size_t capacity, std::string_view text,
                  PooledTextOf pooledTextOf)
{
    if (capacity == 0)
        return -1;
    std::size_t slot = hash(text) & (capacity - 1);
    for (std::uint32_t bucket; (bucket = buckets[slot]) != 0; slot = (slot + 1) & (capacity - 1))
        if (pooledEquals(pooledTextOf(bucket - 1), text))
            return bucket - 1;
    return -1;
}

} // namespace frontline::string_hash
