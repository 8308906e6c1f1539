#pragma once

#include "document/Document.h"

#include <QPlainTextEdit>
#include <QTimer>
#include <vector>

namespace frontline {

class MentionHighlighter;
class Selection;

// The articles' text with every place mention marked (lazily, as blocks are laid out); new
// articles are appended, never the whole text set again. Clicking a sentence selects it (the
// map centres on its places); selecting a place highlights and scrolls to its sentence.
class SourcePanel : public QPlainTextEdit
{
    Q_OBJECT
public:
    SourcePanel(Document &document, Selection &selection, QWidget *parent = nullptr);

    SentenceRef highlightedSentence() const { return m_highlighted; }
    // New articles' text still being added, a slice each turn of the event loop.
    bool isAddingText() const { return !m_pending.isEmpty(); }
    QString highlightedText() const;
    // The sentence shown at a point of the viewport, for clicks (and tests).
    SentenceRef sentenceAt(QPoint viewportPosition) const;
    QRect sentenceRect(SentenceRef sentence); // viewport coordinates of its first line

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void reload();
    void insertSomePendingText();
    void showPendingText(); // all of it, now
    void followSelection();
    void applyHighlights();
    int panelPosition(SentenceRef sentence, bool end = false) const;

    Document &m_document;
    Selection &m_selection;
    MentionHighlighter *m_highlighter = nullptr;
    int m_readingShown = 0; // the document's reading the marks are of
    QString m_pending;      // new articles' text not yet in the panel
    QTimer m_insertTimer;
    std::vector<int> m_articleOffsets; // where each article starts in the panel's text
    SentenceRef m_highlighted;
};

} // namespace frontline
