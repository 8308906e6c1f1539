#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace frontline {

// A half-open range [start, end) of UTF-16 indexes into Article::text.
struct TextRange
{
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    bool contains(int position) const { return position >= start && position < end; }
    bool operator==(const TextRange &) const = default;
};

// A news article as read from its file. Offsets inside the program are UTF-16 indexes into
// `text`; they become Unicode code points only at the edges (JSON, CSV, GeoJSON).
struct Article
{
    QString id;
    QString title;
    QString source;
    QString url;
    QDate date;
    QString text;                    // the whole text exactly as read, title line included
    std::vector<TextRange> sentences;
    std::vector<int> lowSurrogates; // UTF-16 indexes of the second halves of surrogate pairs

    int sentenceAt(int position) const;
    // Code points before a UTF-16 index. Call indexCodePoints() once the text is final.
    int toCodePoint(int utf16Index) const;
    void indexCodePoints();
    QString slice(TextRange range) const { return text.mid(range.start, range.length()); }
};

} // namespace frontline
