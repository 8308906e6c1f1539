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
    // Surrogate pairs are rare in news text: count them only up to the index.
    int surrogates = 0;
    const int end = std::min<int>(utf16Index, text.size());
    for (int i = 0; i < end; ++i)
        if (text.at(i).isLowSurrogate())
            ++surrogates;
    return utf16Index - surrogates;
}

} // namespace frontline
