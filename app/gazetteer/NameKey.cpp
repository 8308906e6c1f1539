#include "NameKey.h"

#include "NameFolding.h"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

namespace frontline {
namespace {

// An ASCII letter or digit as it stands in a key (lower case); 0 for anything else.
constexpr auto kPlainKeyChar = [] {
    std::array<char, 0x80> table{};
    for (char c = '0'; c <= '9'; ++c)
        table[std::size_t(c)] = c;
    for (char c = 'a'; c <= 'z'; ++c)
        table[std::size_t(c)] = table[std::size_t(c - 'a' + 'A')] = c;
    return table;
}();

} // namespace

#include "NameFoldingTable.inc"

bool appendNameKey(QStringView name, std::string &out)
{
    const auto &table = kFoldingTable;
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
        if (c < kFoldingTableEnd) {
            kind = table[c].kind;
            letters = table[c].letters;
        } else if (isNameMark(c)) {
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
    static constexpr std::string_view kArticles[] = {
        "al", "el", "ar", "as", "ad", "at", "az", "an", "ash", "ath", "ez", "es", "ed", "er", "et"};
    for (std::string_view article : kArticles)
        if (word == article)
            return true;
    return false;
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

template <typename WordFunction> void forEachWord(std::string_view key, WordFunction function)
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
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            rowMinimum = std::min(rowMinimum, row[j]);
            diagonal = above;
        }
        if (rowMinimum > maxEdits) // every path already costs more than the limit allows
            return double(rowMinimum) / double(a.size());
    }
    return double(row[b.size()]) / double(a.size());
}

} // namespace frontline
