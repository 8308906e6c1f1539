#pragma once

// How each UTF-16 code unit of the Latin ranges folds into a name key (NameKey.h). The table
// is made at build time by ICU's Latin-ASCII transliteration (geodata/make_fold_table.cpp), so
// no program pays ICU's transliterator set-up (a third of a headless command's start) to read
// a name.

#include <array>

namespace frontline {

struct Folding
{
    enum Kind : char
    {
        Separator,
        Drop,
        Letters,
        Foreign
    } kind = Foreign;
    char letters[4] = {}; // NUL-padded ASCII replacement
};

// Apostrophes, ayn and hamza marks: dropped from a name's key ("Al-Qā’im" -> "al qaim").
inline bool isNameMark(char16_t c)
{
    switch (c) {
    case u'\'':
    case u'`':
    case 0x00B4:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BB:
    case 0x02BC:
    case 0x02BD:
    case 0x02BE:
    case 0x02BF:
    case 0x02C8:
        return true;
    default:
        return false;
    }
}

inline constexpr char16_t kFoldingTableEnd = 0x2000; // Basic Latin to Latin Extended Additional

// The generated table (NameFoldingTable.inc in the build tree).
extern const std::array<Folding, kFoldingTableEnd> kFoldingTable;

} // namespace frontline
