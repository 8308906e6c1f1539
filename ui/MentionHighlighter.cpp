#include "MentionHighlighter.h"

#include "document/Document.h"
#include "events/EventsResult.h"

#include <QPalette>
#include <QTextBlock>
#include <algorithm>

namespace frontline {
namespace {

constexpr int kDemonym = -2;
constexpr int kPlainMention = -1;
const QColor kMentionInk(0x9c, 0x1c, 0x1c);
const QColor kMentionUnderline(0xc6, 0x28, 0x28);
constexpr int kTintAlpha = 70; // a faction's colour behind the words, the text still legible

template <typename Span> void sortByStart(std::vector<Span> &spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
}

// Four kinds of act, four underlines: movement and control dashed, fighting and strikes waved
// (in two colours), arrests and protests dotted; the rest dash-dotted.
QTextCharFormat eventFormat(EventType type)
{
    QTextCharFormat format;
    switch (type) {
    case EventType::Offensive:
    case EventType::Capture:
    case EventType::Control:
    case EventType::Withdrawal:
    case EventType::Patrol:
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(QColor(0x1f, 0x4e, 0x79));
        break;
    case EventType::Clash:
    case EventType::Attack:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xd3, 0x54, 0x00));
        break;
    case EventType::Airstrike:
    case EventType::Shelling:
    case EventType::Explosion:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0x7d, 0x3c, 0x98));
        break;
    case EventType::Arrest:
    case EventType::Protest:
    case EventType::Riot:
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(QColor(0x11, 0x7a, 0x65));
        break;
    case EventType::Other:
        format.setUnderlineStyle(QTextCharFormat::DashDotLine);
        format.setUnderlineColor(QColor(0x60, 0x60, 0x60));
        break;
    }
    return format;
}

} // namespace

MentionHighlighter::MentionHighlighter(const Document &document, QTextDocument *text)
    : QSyntaxHighlighter(text), m_document(document)
{
}

void MentionHighlighter::setMarks(const std::vector<int> &articleOffsets)
{
    m_mentions.clear();
    m_events.clear();
    m_colors.clear();
    const auto colorIndex = [this](const QColor &color) {
        const auto found = std::find(m_colors.begin(), m_colors.end(), color);
        if (found != m_colors.end())
            return int(found - m_colors.begin());
        m_colors.push_back(color);
        return int(m_colors.size() - 1);
    };
    const GeoparseResult &geoparse = m_document.geoparse();
    for (const Mention &mention : geoparse.mentions) {
        if (mention.article < 0 || mention.article >= int(articleOffsets.size()))
            continue;
        const int offset = articleOffsets[mention.article];
        const QColor color = m_placeColors.value(geoparse.places[mention.place].id);
        const int kind = mention.role == MentionRole::Demonym ? kDemonym
                         : color.isValid()                    ? colorIndex(color)
                                                              : kPlainMention;
        m_mentions.push_back({offset + mention.range.start, offset + mention.range.end, kind});
    }
    for (const Event &event : m_document.events().events) {
        if (event.article < 0 || event.article >= int(articleOffsets.size()) ||
            event.trigger.length() <= 0)
            continue;
        const int offset = articleOffsets[event.article];
        m_events.push_back(
            {offset + event.trigger.start, offset + event.trigger.end, int(event.type)});
    }
    sortByStart(m_mentions);
    sortByStart(m_events);
}

QSet<QString> MentionHighlighter::setPlaceColors(const QHash<QString, QColor> &colors)
{
    QSet<QString> changed;
    for (auto it = colors.cbegin(); it != colors.cend(); ++it)
        if (m_placeColors.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = m_placeColors.cbegin(); it != m_placeColors.cend(); ++it)
        if (!colors.contains(it.key()))
            changed.insert(it.key());
    m_placeColors = colors;
    return changed;
}

void MentionHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    markEvents(blockStart, blockEnd);
    markMentions(blockStart, blockEnd); // a name inside an event's words keeps its own mark
}

void MentionHighlighter::markMentions(int blockStart, int blockEnd)
{
    QTextCharFormat plain;
    plain.setFontUnderline(true);
    plain.setUnderlineColor(kMentionUnderline);
    plain.setForeground(kMentionInk);
    QTextCharFormat demonym = plain;
    demonym.setForeground(QPalette().color(QPalette::PlaceholderText));
    auto span = std::lower_bound(m_mentions.begin(), m_mentions.end(), blockStart,
                                 [](const Span &s, int position) { return s.start < position; });
    for (; span != m_mentions.end() && span->start < blockEnd; ++span) {
        QTextCharFormat format = span->kind == kDemonym ? demonym : plain;
        if (span->kind >= 0) {
            QColor tint = m_colors[span->kind];
            format.setUnderlineColor(tint);
            format.setForeground(QPalette().color(QPalette::Text));
            tint.setAlpha(kTintAlpha);
            format.setBackground(tint);
        }
        setFormat(span->start - blockStart, std::min(span->end, blockEnd) - span->start, format);
    }
}

void MentionHighlighter::markEvents(int blockStart, int blockEnd)
{
    auto span = std::lower_bound(m_events.begin(), m_events.end(), blockStart,
                                 [](const Span &s, int position) { return s.start < position; });
    for (; span != m_events.end() && span->start < blockEnd; ++span)
        setFormat(span->start - blockStart, std::min(span->end, blockEnd) - span->start,
                  eventFormat(EventType(span->kind)));
}

} // namespace frontline
