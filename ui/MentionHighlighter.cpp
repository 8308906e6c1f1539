#include "MentionHighlighter.h"

#include "document/Document.h"

#include <QPalette>
#include <QTextBlock>
#include <algorithm>

namespace frontline {

MentionHighlighter::MentionHighlighter(const Document &document, QTextDocument *text)
    : QSyntaxHighlighter(text), m_document(document)
{
}

void MentionHighlighter::setMentions(const std::vector<int> &articleOffsets)
{
    m_spans.clear();
    for (const Mention &mention : m_document.geoparse().mentions) {
        if (mention.article < 0 || mention.article >= int(articleOffsets.size()))
            continue;
        const int offset = articleOffsets[mention.article];
        m_spans.push_back({offset + mention.range.start, offset + mention.range.end,
                           mention.role == MentionRole::Demonym});
    }
    std::sort(m_spans.begin(), m_spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
}

void MentionHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    auto span = std::lower_bound(m_spans.begin(), m_spans.end(), blockStart,
                                 [](const Span &s, int position) { return s.start < position; });
    QTextCharFormat place, demonym;
    place.setFontUnderline(true);
    place.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
    place.setForeground(QColor(0x9c, 0x1c, 0x1c));
    demonym = place;
    demonym.setForeground(QPalette().color(QPalette::PlaceholderText));
    for (; span != m_spans.end() && span->start < blockEnd; ++span)
        setFormat(span->start - blockStart, std::min(span->end, blockEnd) - span->start,
                  span->demonym ? demonym : place);
}

} // namespace frontline
