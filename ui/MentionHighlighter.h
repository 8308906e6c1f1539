#pragma once

#include <QColor>
#include <QHash>
#include <QSet>
#include <QSyntaxHighlighter>
#include <vector>

namespace frontline {

class Document;

// Marks the source panel's text, a block at a time as Qt lays the blocks out (a day's feed of
// marks costs nothing until its text is shown): each place mention in the colour of the faction
// holding the place, as its marker is on the map (the plain mention colour if none holds it),
// and each event's words underlined in the style of its type.
class MentionHighlighter : public QSyntaxHighlighter
{
public:
    MentionHighlighter(const Document &document, QTextDocument *text);

    // The mentions and events of the document's articles at their positions in the panel's
    // text (each article starts at its offset); call before the text of new articles is added.
    void setMarks(const std::vector<int> &articleOffsets);
    // The colour of each place's marker, by place id. Returns the places whose colour changed
    // (setMarks, then mark their blocks again).
    QSet<QString> setPlaceColors(const QHash<QString, QColor> &colors);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span
    {
        int start, end;
        int kind; // kDemonym, kPlainMention, an index into m_colors, or an event type (events)
    };
    void markMentions(int blockStart, int blockEnd);
    void markEvents(int blockStart, int blockEnd);

    const Document &m_document;
    QHash<QString, QColor> m_placeColors;
    std::vector<QColor> m_colors; // the distinct colours the mentions take
    std::vector<Span> m_mentions; // sorted by start
    std::vector<Span> m_events;   // sorted by start
};

} // namespace frontline
