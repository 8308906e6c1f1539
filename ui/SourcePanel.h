#pragma once

#include "document/Document.h"

#include <QPlainTextEdit>
#include <QTimer>
#include <vector>

namespace frontline {

class MentionHighlighter;
class Selection;

// The articles' text with every place mention marked in its holder's colour and every event
// underlined by its type (lazily, as blocks are laid out); new articles are appended, never the
// whole text set again. Clicking a sentence selects it (the map centres on its places);
// selecting a place highlights and scrolls to its sentence; F3 and Shift+F3 (the Edit menu's)
// go to the place's next and previous mention. Hover a mark for what it is.
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
    // The mention the panel last went to with F3 or Shift+F3 (index into the mentions), or -1.
    int currentMention() const { return m_currentMention; }
    QString tooltipAt(QPoint viewportPosition) const;

public Q_SLOTS:
    // The colour of each place's marker on the map (the faction holding it), by place id.
    void setPlaceColors(const QHash<QString, QColor> &colors);
    void goToNextMention() { goToMention(+1); }
    void goToPreviousMention() { goToMention(-1); }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void reload();
    void insertSomePendingText();
    void showPendingText(); // all of it, now
    void followSelection();
    void applyHighlights();
    int panelPosition(SentenceRef sentence, bool end = false) const;
    void markAgain();
    void goToMention(int step);
    int mentionAfterCurrent(const std::vector<int> &mentions, int step) const;
    std::pair<int, int> articleAndOffsetAt(QPoint viewportPosition) const;

    Document &m_document;
    Selection &m_selection;
    MentionHighlighter *m_highlighter = nullptr;
    int m_readingShown = 0; // the document's reading the marks are of
    int m_mentionEditsShown = 0; // and the analyst's edits of its mentions
    int m_currentMention = -1;
    QString m_pending;      // new articles' text not yet in the panel
    QTimer m_insertTimer;
    std::vector<int> m_articleOffsets; // where each article starts in the panel's text
    SentenceRef m_highlighted;
};

} // namespace frontline
