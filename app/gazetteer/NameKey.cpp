#include "NameKey.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

namespace frontline {
namespace {

// How one UTF-16 code unit of the Latin ranges folds.
struct Folding
{
    enum Kind : char { Separator, Drop, Letters, Foreign } kind = Foreign;
    char letters[4] = {}; // NUL-padded ASCII replacement
};

constexpr char16_t kTableEnd = 0x2000; // Basic Latin to Latin Extended Additional

bool isMark(char16_t c)
{
    switch (c) {
    case u'\'': case u'`': case 0x00B4: case 0x2018: case 0x2019: case 0x201B:
    case 0x02BB: case 0x02BC: case 0x02BD: case 0x02BE: case 0x02BF: case 0x02C8:
        return true;
    default:
        return false;
    }
}

std::array<Folding, kTableEnd> buildTable()
{
    std::array<Folding, kTableEnd> table;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toAscii(icu::Transliterator::createInstance(
        "NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    for (char16_t c = 0; c < kTableEnd; ++c) {
        Folding &f = table[c];
        if (isMark(c)) {
            f.kind = Folding::Drop;
            continue;
        }
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
                f = {Folding::Letters, {char(c)}};
            } else if (c >= u'A' && c <= u'Z') {
                f = {Folding::Letters, {char(c - u'A' + u'a')}};
            } else {
                f.kind = Folding::Separator;
            }
            continue;
        }
        const bool latinLetter = (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||
                                 (c >= 0x1E00 && c <= 0x1EFF);
        if (!latinLetter || U_FAILURE(status)) {
            if (c < 0x00C0 || c == 0x00D7 || c == 0x00F7)
                f.kind = Folding::Separator; // Latin-1 punctuation, symbols, no-break space
            else if (c >= 0x02B0 && c <= 0x036F)
                f.kind = Folding::Drop; // modifier letters and combining marks
            else
                f.kind = Folding::Foreign; // Greek, Cyrillic, Arabic, ...
            continue;
        }
        icu::UnicodeString s(static_cast<UChar>(c));
        toAscii->transliterate(s);
        int n = 0;
        for (int i = 0; i < s.length() && n < 3; ++i) {
            const UChar a = s.charAt(i);
            if ((a >= u'a' && a <= u'z') || (a >= u'0' && a <= u'9'))
                f.letters[n++] = char(a);
        }
        f.kind = n > 0 ? Folding::Letters : Folding::Drop;
    }
    return table;
}

// An ASCII letter or digit as it stands in a key (lower case); 0 for anything else.
constexpr auto kPlainKeyChar = [] {
    std::array<char, 0x80> table{};
    for (char c = '0'; c <= '9'; ++c)
        table[std::size_t(c)] = c;
    for (char c = 'a'; c <= 'z'; ++c)
        table[std::size_t(c)] = table[std::size_t(c - 'a' + 'A')] = c;
    return table;
}();

const std::array<Folding, kTableEnd> &foldingTable()
{
    static const std::array<Folding, kTableEnd> table = buildTable();
    return table;
}

} // namespace

bool appendNameKey(QStringView name, std::string &out)
{
    const auto &table = foldingTable();
    const std::size_t begin = out.size();
    // Most words of an article are ASCII letters and digits only: their key is the word in
    // lower case, one table look-up a letter.
    out.resize(begin + std::size_t(name.size()));
    qsizetype plain = 0;
    for (; plain < name.size(); ++plain) {
        const char16_t c = name[plain].unicode();
        const char folded = c < 0x80 ? kPlainKeyChar[c] : 0;
        if (!folded)
            break;
        out[begin + std::size_t(plain)] = folded;
    }
    if (plain == name.size())
        return true;
    // Otherwise a code unit folds to at most four letters and a space before them: the room
    // is made once and the key written straight into it.
    out.resize(begin + 5 * std::size_t(name.size()));
    char *const start = out.data() + begin;
    char *end = start;
    bool pendingSpace = false;
    for (const QChar qc : name) {
        const char16_t c = qc.unicode();
        if (c < 0x80) { // most of an English article: letters, digits, spaces, punctuation
            const Folding &f = table[c];
            if (f.kind == Folding::Letters) {
                if (pendingSpace)
                    *end++ = ' ';
                pendingSpace = false;
                *end++ = f.letters[0];
            } else if (f.kind == Folding::Separator) {
                pendingSpace = end > start;
            }
            continue;
        }
        Folding::Kind kind;
        const char *letters = nullptr;
        if (c < kTableEnd) {
            kind = table[c].kind;
            letters = table[c].letters;
        } else if (isMark(c)) {
            kind = Folding::Drop;
        } else if (c < 0x2070 || qc.isSpace() || qc.isPunct() || qc.isSymbol()) {
            kind = Folding::Separator; // general punctuation: dashes, quotes, spaces
        } else {
            kind = Folding::Foreign;
        }
        switch (kind) {
        case Folding::Foreign:
            out.resize(begin);
            return false;
        case Folding::Drop:
            break;
        case Folding::Separator:
            pendingSpace = end > start;
            break;
        case Folding::Letters:
            if (pendingSpace)
                *end++ = ' ';
            pendingSpace = false;
            for (int i = 0; i < 4 && letters[i]; ++i)
                *end++ = letters[i];
            break;
        }
    }
    out.resize(begin + std::size_t(end - start));
    return true;
}

std::string nameKey(QStringView name)
{
    std::string key;
    appendNameKey(name, key);
    return key;
}

} // namespace frontline

namespace frontline {
namespace {

// The Arabic definite article as English-language news and GeoNames spell it, once
// nameKey() has turned its hyphen into a space ("al-Qaim" -> "al qaim", "Deir ez-Zor").
bool isArticle(std::string_view word)
{
    static constexpr std::string_view kArticles[] = {"al", "el", "ar", "as", "ad", "at", "az", "an",
                                                     "ash", "ath", "ez", "es", "ed", "er", "et"};
    for (std::string_view article : kArticles)
        if (word == article)
            return true;
    return false;
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

template <typename WordFunction>
void forEachWord(std::string_view key, WordFunction function)
{
    std::size_t start = 0;
    while (start <= key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string_view::npos)
            end = key.size();
        function(key.substr(start, end - start), end == key.size());
        start = end + 1;
    }
}

void appendWordSeparator(std::string &out, std::size_t begin)
{
    if (out.size() > begin)
        out.push_back(' ');
}

} // namespace

void appendFoldedKey(std::string_view exactKey, std::string &out)
{
    const std::size_t begin = out.size();
    forEachWord(exactKey, [&](std::string_view word, bool last) {
        if (!last && isArticle(word))
            return; // "al qaim" -> "qaim", but a name that is only "As" stays
        appendWordSeparator(out, begin);
        const std::size_t wordBegin = out.size();
        for (char c : word)
            if (out.size() == wordBegin || out.back() != c) // doubled letters once
                out.push_back(c);
        // A final -h after a vowel is a transliteration habit ("Raqqah", "Fallujah").
        if (out.size() - wordBegin > 3 && out.back() == 'h' && isVowel(out[out.size() - 2]))
            out.pop_back();
    });
}

void appendSkeletonKey(std::string_view foldedKey, std::string &out)
{
    const std::size_t begin = out.size();
    forEachWord(foldedKey, [&](std::string_view word, bool) {
        if (word.empty())
            return;
        appendWordSeparator(out, begin);
        out.push_back(word.front());
        for (std::size_t i = 1; i < word.size(); ++i)
            if (!isVowel(word[i]) && out.back() != word[i])
                out.push_back(word[i]);
    });
}

double keyDistance(std::string_view a, std::string_view b, double limit)
{
    if (a.size() < b.size())
        std::swap(a, b);
    if (a.empty())
        return 0;
    // The distance is at least the difference in length: skip the table when that alone
    // says the names are too far apart.
    const std::size_t maxEdits = std::size_t(limit * double(a.size()));
    if (a.size() - b.size() > maxEdits)
        return double(a.size() - b.size()) / double(a.size());
    // One row of the Levenshtein table; names are short, so it lives on the stack.
    constexpr std::size_t kMax = 128;
    if (a.size() >= kMax)
        return a == b ? 0 : 1;
    std::size_t row[kMax];
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        std::size_t rowMinimum = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            rowMinimum = std::min(rowMinimum, row[j]);
            diagonal = above;
        }
        if (rowMinimum > maxEdits) // every path already costs more than the limit allows
            return double(rowMinimum) / double(a.size());
    }
    return double(row[b.size()]) / double(a.size());
}

} // namespace frontline
