#include "WordTokens.h"

namespace frontline {
namespace {

bool isInnerJoiner(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019) ||
           c == QChar(0x2010) || c == QChar(0x2011);
}

// "al-Qaim", "el-Fasher", "ash-Shaddadi": a lower-case Arabic article joined to a name.
bool articleBeforeCapital(QStringView word)
{
    const qsizetype hyphen = word.indexOf(QLatin1Char('-'));
    if (hyphen < 2 || hyphen > 3 || hyphen + 1 >= word.size() || !word.at(hyphen + 1).isUpper())
        return false;
    const QChar first = word.front();
    return first == QLatin1Char('a') || first == QLatin1Char('e');
}

} // namespace

void tokenizeWords(QStringView text, TextRange range, std::vector<WordToken> &out)
{
    int i = range.start;
    while (i < range.end) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        WordToken token;
        token.start = i;
        while (i < range.end) {
            if (text.at(i).isLetterOrNumber() || text.at(i).isMark()) {
                ++i;
            } else if (isInnerJoiner(text.at(i)) && i + 1 < range.end &&
                       text.at(i + 1).isLetterOrNumber()) {
                i += 2;
            } else {
                break;
            }
        }
        token.end = i;
        const QStringView word = text.mid(token.start, token.end - token.start);
        token.capitalised = word.front().isUpper() || articleBeforeCapital(word);
        token.allCaps = word.size() > 1;
        for (QChar c : word)
            if (c.isLetter() && !c.isUpper())
                token.allCaps = false;
        out.push_back(token);
    }
}

} // namespace frontline
