#pragma once

#include <QSyntaxHighlighter>
#include <vector>

namespace frontline {

class Document;

// Underlines the place mentions of the source panel's text, a block at a time as Qt lays the
// blocks out: a day's feed of mentions costs nothing until its text is shown.
class MentionHighlighter : public QSyntaxHighlighter
{
public:
    MentionHighlighter(const Document &document, QTextDocument *text);

    // The mentions of the document's articles at their positions in the panel's text (each
    // article starts at its offset); call before the text of new articles is added.
    void setMentions(const std::vector<int> &articleOffsets);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span
    {
        int start, end;
        bool demonym;
    };
    const Document &m_document;
    std::vector<Span> m_spans; // sorted by start
};

} // namespace frontline
