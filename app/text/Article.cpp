#include "Article.h"

#include <algorithm>

namespace frontline {

int Article::sentenceAt(int position) const
{
    auto it = std::upper_bound(sentences.begin(), sentences.end(), position,
                               [](int pos, const TextRange &s) { return pos < s.start; });
    if (it == sentences.begin())
        return -1;
    --it;
    return it->contains(position) ? int(it - sentences.begin()) : -1;
}

int Article::toCodePoint(int utf16Index) const
{
    const auto before = std::lower_bound(lowSurrogates.begin(), lowSurrogates.end(), utf16Index);
    return utf16Index - int(before - lowSurrogates.begin());
}

void Article::indexCodePoints()
{
    lowSurrogates.clear();
    // Most texts have no character beyond the Basic Multilingual Plane: a pass without
    // branches, which the compiler vectorises, says so before any is looked for.
    const auto *chars = reinterpret_cast<const char16_t *>(text.utf16());
    unsigned anyLowSurrogate = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        anyLowSurrogate |= unsigned(QChar::isLowSurrogate(chars[i]));
    for (int i = 0; anyLowSurrogate && i < text.size(); ++i)
        if (QChar::isLowSurrogate(chars[i]))
            lowSurrogates.push_back(i);
}

} // namespace frontline
