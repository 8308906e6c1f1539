#pragma once

#include <array>
#include <bitset>
#include <string_view>

namespace frontline {

// A quick "certainly not" for a small vocabulary of folded words: a bit per (first letter,
// second letter, length). Most words of running text fail it at once, before any hashing;
// a word that passes still needs the real lookup.
class WordPrefilter
{
public:
    void add(std::string_view word) { m_bits.set(slot(word)); }
    // Where a (non-empty) word falls, worked out once to test it against several filters,
    // and whether anything added fell there.
    static std::size_t slot(std::string_view word)
    {
        const std::size_t first = letter(word[0]);
        const std::size_t second = word.size() > 1 ? letter(word[1]) : kLetters - 1;
        const std::size_t length = word.size() < kLengths ? word.size() : kLengths - 1;
        return (first * kLetters + second) * kLengths + length;
    }
    bool mayContainSlot(std::size_t slot) const { return m_bits.test(slot); }

private:
    static constexpr std::size_t kLetters = 27; // a-z, and one bucket for everything else
    static constexpr std::size_t kLengths = 16;

    // A table, not a comparison: every word of an article passes here, several times.
    static constexpr auto kLetterOf = [] {
        std::array<unsigned char, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[std::size_t(c)] = c >= 'a' && c <= 'z' ? (unsigned char)(c - 'a') : (unsigned char)(kLetters - 1);
        return table;
    }();
    static std::size_t letter(char c) { return kLetterOf[static_cast<unsigned char>(c)]; }
    std::bitset<kLetters * kLetters * kLengths> m_bits;
};

} // namespace frontline
