#include "Casualties.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace frontline {
namespace {

// Counts above this are no head count ("10000000000" is a typo or an amount): words only.
constexpr qint64 kLargestCount = 100'000'000;
// Words a count may stand before its verb: "At least 22 ISIS members were killed".
constexpr std::size_t kSubjectWords = 6;
// Words a count may stand after its verb: "killed at least 11".
constexpr std::size_t kObjectWords = 3;

// Words between a subject and its verb: "were reportedly killed", "have been fatally shot".
constexpr std::array<std::string_view, 12> kVerbGroup{"was",        "were",    "been", "have",
                                                      "has",        "had",     "are",  "is",
                                                      "reportedly", "fatally", "also", "later"};
// A count that says how many only roughly or not at all: its words, no numbers.
constexpr std::array<std::string_view, 11> kVagueCounts{
    "dozens",   "scores", "hundreds", "thousands", "several", "many",
    "numerous", "tens",   "few",      "countless", "dozen"};
constexpr std::array<std::string_view, 20> kSmallNumbers{
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens{"twenty", "thirty",  "forty",  "fifty",
                                                "sixty",  "seventy", "eighty", "ninety"};

template <std::size_t N>
bool among(const std::array<std::string_view, N> &words, std::string_view word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

// How a qualifier before a number bounds it.
enum class Bound
{
    Exact,
    AtLeast,
    MoreThan,
    AtMost,
    Rough
};

class TollReader
{
public:
    TollReader(const WordTokens &words, const SentenceLexicon &lexicon, QStringView text)
        : m_words(words), m_lexicon(lexicon), m_text(text)
    {
    }

    // The count a toll word tells: after it ("killing 8"), else before it ("8 were killed";
    // not for a participle, whose subject is the act: "a blast, killing 8").
    Casualties countFor(std::size_t verb) const
    {
        Casualties found = after(verb);
        if (found.isEmpty() && !key(verb).ends_with("ing"))
            found = before(verb);
        return found;
    }

private:
    std::string_view key(std::size_t i) const { return m_words.key(i); }
    bool boundaryBefore(std::size_t i) const
    {
        const auto &tokens = m_words.tokens();
        for (int c = tokens[i - 1].end; c < tokens[i].start; ++c)
            if (m_text.at(c) == QLatin1Char(',') || m_text.at(c) == QLatin1Char(';') ||
                m_text.at(c) == QLatin1Char('.'))
                return true;
        return false;
    }
    bool isDigits(std::size_t i) const
    {
        return !key(i).empty() && key(i).front() >= '0' && key(i).front() <= '9';
    }

    // The value of a number at word `i` ("12", "1,200", "twenty five"), or -1; `large` when it
    // is too large to be a count.
    qint64 numberAt(std::size_t i, bool *large) const
    {
        *large = false;
        if (isDigits(i)) {
            // "1,200": the digits and thousands commas as written.
            const auto &token = m_words.tokens()[i];
            std::string digits;
            for (int c = token.start; c < m_text.size(); ++c) {
                const QChar ch = m_text.at(c);
                if (ch.isDigit())
                    digits.push_back(char(ch.unicode()));
                else if (!(ch == QLatin1Char(',') && c + 1 < m_text.size() &&
                           m_text.at(c + 1).isDigit()))
                    break;
            }
            constexpr std::size_t kLongestCount = 12; // digits; longer is never a head count
            if (digits.size() > kLongestCount) {
                *large = true;
                return -1;
            }
            qint64 value = 0;
            std::from_chars(digits.data(), digits.data() + digits.size(), value);
            *large = value > kLargestCount;
            return *large ? -1 : value;
        }
        qint64 value = -1;
        std::string_view rest = key(i);
        while (!rest.empty()) { // "twenty five" (a joined word keys with a space)
            const std::size_t space = std::min(rest.find(' '), rest.size());
            const std::string_view part = rest.substr(0, space);
            rest = space < rest.size() ? rest.substr(space + 1) : std::string_view();
            const auto small = std::find(kSmallNumbers.begin(), kSmallNumbers.end(), part);
            const auto tens = std::find(kTens.begin(), kTens.end(), part);
            if (small != kSmallNumbers.end())
                value = std::max<qint64>(value, 0) + (small - kSmallNumbers.begin());
            else if (tens != kTens.end())
                value = std::max<qint64>(value, 0) + 20 + 10 * (tens - kTens.begin());
            else
                return -1;
        }
        return value;
    }

    // The qualifier that ends right before word `i`, and its first word.
    Bound boundBefore(std::size_t i, std::size_t *first) const
    {
        *first = i;
        if (i >= 2) {
            const std::string_view a = key(i - 2), b = key(i - 1);
            const auto two = [&](Bound bound) {
                *first = i - 2;
                return bound;
            };
            if (a == "at" && b == "least")
                return two(Bound::AtLeast);
            if ((a == "more" || a == "less" || a == "fewer") && b == "than")
                return two(a == "more" ? Bound::MoreThan : Bound::AtMost);
            if ((a == "up" && b == "to") || (a == "at" && b == "most"))
                return two(Bound::AtMost);
            if ((a == "close" && b == "to") || (a == "an" && b == "estimated"))
                return two(Bound::Rough);
        }
        if (i >= 3 && key(i - 3) == "as" && key(i - 2) == "many" && key(i - 1) == "as") {
            *first = i - 3;
            return Bound::AtMost;
        }
        if (i >= 1) {
            const std::string_view b = key(i - 1);
            if (b == "over") {
                *first = i - 1;
                return Bound::MoreThan;
            }
            if (b == "about" || b == "around" || b == "nearly" || b == "almost" || b == "some" ||
                b == "approximately" || b == "roughly") {
                *first = i - 1;
                return b == "nearly" || b == "almost" ? Bound::AtMost : Bound::Rough;
            }
        }
        return Bound::Exact;
    }

    // The count whose number (or vague word) is word `i`, or an empty count.
    Casualties countAt(std::size_t i) const
    {
        Casualties count;
        const std::string_view word = key(i);
        std::size_t first = i, last = i;
        if (among(kVagueCounts, word)) {
            boundBefore(i, &first);
            count.text = textOf(first, last);
            return count;
        }
        bool large = false;
        const qint64 value = numberAt(i, &large);
        if (value < 0 && !large)
            return count;
        // "between 5 and 8 people were killed", found from its upper end: read from the lower.
        if (!large && i >= 2 && (key(i - 1) == "to" || key(i - 1) == "and")) {
            bool largeLow = false;
            const qint64 low = numberAt(i - 2, &largeLow);
            if (low >= 0 && low < value)
                return countAt(i - 2);
        }
        const Bound bound = boundBefore(i, &first);
        // "12 to 15", "between 12 and 15".
        const std::size_t size = m_words.tokens().size();
        if (!large && i + 2 < size && (key(i + 1) == "to" || key(i + 1) == "and")) {
            bool largeHigh = false;
            const qint64 high = numberAt(i + 2, &largeHigh);
            if (high > value) {
                count.min = value;
                count.max = high;
                first = first > 0 && key(first - 1) == "between" ? first - 1 : first;
                count.text = textOf(first, i + 2);
                return count;
            }
        }
        count.text = textOf(first, last);
        if (large)
            return count; // words only
        switch (bound) {
        case Bound::Exact:
            count.min = count.max = value;
            break;
        case Bound::AtLeast:
            count.min = value;
            break;
        case Bound::MoreThan:
            count.min = value + 1;
            break;
        case Bound::AtMost:
            count.max = bound == Bound::AtMost && key(first) == "nearly" ? value - 1 : value;
            break;
        case Bound::Rough:
            break;
        }
        return count;
    }

    // A number in digits, or a count word ("twelve", "dozens"; "twenty-five" joined).
    bool isCountWord(std::size_t i) const
    {
        if (isDigits(i))
            return true;
        if (m_lexicon.is(i, WordClass::CountWord))
            return true;
        bool large = false; // "twenty five": a joined word the lexicon does not list
        return key(i).find(' ') != std::string_view::npos && numberAt(i, &large) >= 0;
    }

    // "killed at least 11 people", "wounding 20".
    Casualties after(std::size_t verb) const
    {
        const std::size_t size = m_words.tokens().size();
        for (std::size_t i = verb + 1; i < size && i <= verb + kObjectWords; ++i) {
            if (boundaryBefore(i))
                break;
            if (isCountWord(i))
                return countAt(i);
            const std::string_view word = key(i);
            if (word != "at" && word != "least" && word != "more" && word != "than" &&
                word != "about" && word != "up" && word != "to" && word != "nearly" &&
                word != "some" && word != "over" && word != "around" && word != "as" &&
                word != "many" && word != "almost" && word != "an" && word != "estimated" &&
                word != "approximately")
                break;
        }
        return {};
    }

    // "At least 22 ISIS members were killed", "one Iraqi dead", "77 others wounded".
    Casualties before(std::size_t verb) const
    {
        std::size_t i = verb;
        while (i > 0 && among(kVerbGroup, key(i - 1)) && !boundaryBefore(i))
            --i;
        for (std::size_t crossed = 0; i > 0 && crossed < kSubjectWords; ++crossed) {
            if (boundaryBefore(i))
                break;
            --i;
            if (isCountWord(i) &&
                !(i > 0 && (key(i - 1) == "in" || key(i - 1) == "on" || key(i - 1) == "since")))
                return countAt(i); // not a year: "in 1991"
        }
        return {};
    }

    QString textOf(std::size_t first, std::size_t last) const
    {
        const auto &tokens = m_words.tokens();
        return m_text.mid(tokens[first].start, tokens[last].end - tokens[first].start).toString();
    }

    const WordTokens &m_words;
    const SentenceLexicon &m_lexicon;
    QStringView m_text;
};

} // namespace

SentenceToll sentenceToll(const WordTokens &words, const SentenceLexicon &lexicon, QStringView text)
{
    SentenceToll toll;
    if (!lexicon.names(WordClass::FatalWord) && !lexicon.names(WordClass::InjuryWord))
        return toll;
    const TollReader reader(words, lexicon, text);
    for (std::size_t i = 0; i < words.tokens().size(); ++i) {
        if (lexicon.is(i, WordClass::FatalWord) && toll.fatalities.isEmpty())
            toll.fatalities = reader.countFor(i);
        else if (lexicon.is(i, WordClass::InjuryWord) && toll.injured.isEmpty())
            toll.injured = reader.countFor(i);
    }
    return toll;
}

} // namespace frontline
