#include "WordTokens.h"

#include "gazetteer/NameKey.h"

#include <algorithm>
#include <cstring>

namespace frontline {
namespace {

// QChar::isLetterOrNumber() asks Unicode's tables; plain ASCII needs no such lookup.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// QChar::isMark() is a library call; no ASCII character is a combining mark.
inline bool isMark(QChar c)
{
    return c.unicode() >= 0x80 && c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

// "al-Qaim", "el-Fasher", "ash-Shaddadi": a lower-case Arabic article joined to a name.
bool articleBeforeCapital(QStringView word)
{
    // The first letter first: it rules out most of the words asked about.
    if (word.isEmpty() || (word.front() != QLatin1Char('a') && word.front() != QLatin1Char('e')))
        return false;
    qsizetype hyphen = -1;
    for (qsizetype i = 0; i < word.size() && i < 4; ++i)
        if (isHyphen(word.at(i)))
            hyphen = i;
    return hyphen >= 2 && hyphen + 1 < word.size() && word.at(hyphen + 1).isUpper();
}

// "Don't", "I've", "We'll": a contraction, never a name.
bool isContraction(QStringView word)
{
    for (const char *tail : {"n't", "'ve", "'ll", "'re", "'m", "'d"}) {
        const qsizetype length = qsizetype(std::strlen(tail));
        if (word.size() <= length)
            continue;
        const QStringView end = word.right(length);
        bool same = true;
        for (qsizetype k = 0; same && k < length; ++k)
            same = tail[k] == '\'' ? isApostrophe(end.at(k)) : end.at(k) == QLatin1Char(tail[k]);
        if (same)
            return true;
    }
    return false;
}

// "en-Provence", "sur-Mer", "upon-Avon": at `start`, a short lower-case word, a hyphen and a
// capital, as in the middle of "Aix-en-Provence".
bool joiningWordBeforeCapital(QStringView text, int start, int end)
{
    constexpr int kMaxJoiningWordLength = 4; // "sur", "upon", "les"
    int i = start;
    while (i < end && i - start <= kMaxJoiningWordLength && text.at(i).isLower())
        ++i;
    return i > start && i - start <= kMaxJoiningWordLength && i + 1 < end && isHyphen(text.at(i)) &&
           text.at(i + 1).isUpper();
}

// "d'Ivoire", "l'Aquila": an elided French or Italian article joined to a name.
bool elisionBeforeCapital(QStringView word)
{
    return word.size() > 2 && isApostrophe(word.at(1)) && word.at(2).isUpper();
}

// Whether a quotation mark opens just before `start`, after the word ending at `previousEnd`.
bool opensQuotation(QStringView text, int previousEnd, int start)
{
    const int quote = start - 1;
    if (quote <= previousEnd || quote < 1)
        return false;
    const QChar mark = text.at(quote), before = text.at(quote - 1);
    return mark == QChar(0x201C) ||
           (mark == QLatin1Char('"') && (before.isSpace() || before == QLatin1Char(':')));
}

// "U.S.", "U.K.", "D.C.": single capitals each followed by a full stop, two or more of them.
// Returns the length of such initials at `start`, 0 if there are none.
int dottedInitialsLength(QStringView text, int start, int end)
{
    int i = start;
    while (i + 1 < end && text.at(i).isUpper() && text.at(i + 1) == QLatin1Char('.'))
        i += 2;
    const int length = i - start;
    // A third letter straight after ("U.S.A" without its stop) or a word ("U.Sa") is not initials.
    if (length < 4 || (i < end && isWordChar(text.at(i)) && !text.at(i).isUpper()))
        return 0;
    return length;
}

} // namespace

std::size_t WordTokens::firstEndingAfter(int position) const
{
    return std::size_t(
        std::partition_point(m_tokens.begin(), m_tokens.end(),
                             [position](const WordToken &t) { return t.end <= position; }) -
        m_tokens.begin());
}

void WordTokens::makeKey(const WordToken &token) const
{
    token.keyBegin = int(m_keys.size());
    if (token.dotted) { // "U.S." is keyed "us", as the abbreviation it spells
        for (int i = token.start; i < token.end; i += 2)
            m_keys.push_back(char(m_text.at(i).toLower().unicode()));
    } else {
        token.foreignScript =
            !appendNameKey(m_text.mid(token.start, token.end - token.start), m_keys);
    }
    token.keyEnd = int(m_keys.size());
}

void WordTokens::tokenize(QStringView text, TextRange sentence)
{
    m_text = text;
    m_tokens.clear();
    m_keys.clear();
    // Keys are about as long as the words: room for them all at once, not grown key by key.
    m_keys.reserve(std::size_t(sentence.end - sentence.start));
    int i = sentence.start;
    int previousEnd = -1;
    while (i < sentence.end) {
        if (!isWordChar(text.at(i)) || isMark(text.at(i))) {
            ++i;
            continue;
        }
        WordToken token;
        token.start = i;
        bool possessive = false;
        // Initials are rare: look for them only where a capital and a full stop begin a word.
        const bool mayBeInitials = i + 1 < sentence.end && text.at(i + 1) == QLatin1Char('.');
        const int initials = mayBeInitials ? dottedInitialsLength(text, i, sentence.end) : 0;
        token.dotted = initials > 0;
        i += initials;
        while (!token.dotted && i < sentence.end) {
            const QChar c = text.at(i);
            if (isWordChar(c)) {
                ++i;
                continue;
            }
            const bool joins = (isHyphen(c) || isApostrophe(c)) && i + 1 < sentence.end &&
                               isWordChar(text.at(i + 1)) && !isMark(text.at(i + 1));
            if (!joins)
                break;
            // "Daesh's": the possessive is not part of the name.
            if (isApostrophe(c) && text.at(i + 1).toLower() == QLatin1Char('s') &&
                (i + 2 >= sentence.end || !isWordChar(text.at(i + 2)))) {
                possessive = true;
                break;
            }
            // "US-backed", "junta-held": a lower-case tail is a word of its own. ("al-Tanaf",
            // "Deir ez-Zor" keep their article, "Aix-en-Provence" its joining word: their tail
            // is a name.)
            if (isHyphen(c) && text.at(i + 1).isLower() &&
                !articleBeforeCapital(text.mid(token.start, i + 2 - token.start)) &&
                !joiningWordBeforeCapital(text, i + 1, sentence.end))
                break;
            i += 2;
        }
        token.end = i;
        token.possessive = possessive;
        if (possessive)
            i += 2; // the "'s" belongs to no word
        const QStringView word = text.mid(token.start, token.end - token.start);
        const QChar first = word.front();
        token.capitalised =
            (first.isUpper() && !isContraction(word)) ||
            (first.isLower() && (articleBeforeCapital(word) || elisionBeforeCapital(word)));
        token.allCaps = token.capitalised && word.size() > 1;
        for (qsizetype k = 1; token.allCaps && k < word.size(); ++k)
            token.allCaps = !word.at(k).isLower();
        // A quotation opens like a sentence: "The U.S. is ..." after a colon and a quote mark.
        token.sentenceInitial = m_tokens.empty() || opensQuotation(text, previousEnd, token.start);
        token.spaceBefore = previousEnd >= 0;
        for (int k = previousEnd; token.spaceBefore && k >= 0 && k < token.start; ++k)
            token.spaceBefore = text.at(k) == QLatin1Char(' ');
        previousEnd = token.end;
        m_tokens.push_back(token);
    }
}

} // namespace frontline
