#include "SourcePanel.h"

#include "document/Selection.h"

#include <QMouseEvent>
#include <QTextBlock>

namespace frontline {
namespace {

const QString kArticleSeparator = QStringLiteral("\n\n");

} // namespace

SourcePanel::SourcePanel(Document &document, Selection &selection, QWidget *parent)
    : QPlainTextEdit(parent), m_document(document), m_selection(selection)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Open an article (Ctrl+O) to see its text here."));
    connect(&document, &Document::changed, this, &SourcePanel::reload);
    connect(&selection, &Selection::changed, this, &SourcePanel::followSelection);
    reload();
}

void SourcePanel::reload()
{
    QString text;
    m_articleOffsets.clear();
    for (const Article &article : m_document.articles()) {
        if (!text.isEmpty())
            text += kArticleSeparator;
        m_articleOffsets.push_back(int(text.size()));
        text += article.text;
    }
    setPlainText(text);
    applyHighlights();
}

int SourcePanel::panelPosition(SentenceRef sentence, bool end) const
{
    const TextRange &range = m_document.articles()[sentence.article].sentences[sentence.sentence];
    return m_articleOffsets[sentence.article] + (end ? range.end : range.start);
}

SentenceRef SourcePanel::sentenceAt(QPoint viewportPosition) const
{
    const int position = cursorForPosition(viewportPosition).position();
    for (int a = int(m_articleOffsets.size()) - 1; a >= 0; --a) {
        if (position < m_articleOffsets[a])
            continue;
        const int sentence = m_document.articles()[a].sentenceAt(position - m_articleOffsets[a]);
        return sentence >= 0 ? SentenceRef{a, sentence} : SentenceRef{};
    }
    return {};
}

QRect SourcePanel::sentenceRect(SentenceRef sentence) const
{
    QTextCursor cursor(QPlainTextEdit::document());
    cursor.setPosition(panelPosition(sentence));
    return cursorRect(cursor);
}

QString SourcePanel::highlightedText() const
{
    if (!m_highlighted.isValid())
        return {};
    const Article &article = m_document.articles()[m_highlighted.article];
    return article.slice(article.sentences[m_highlighted.sentence]);
}

void SourcePanel::followSelection()
{
    m_highlighted = m_selection.sentence();
    applyHighlights();
    if (!m_highlighted.isValid())
        return;
    QTextCursor cursor(QPlainTextEdit::document());
    cursor.setPosition(panelPosition(m_highlighted));
    setTextCursor(cursor);
    centerCursor();
}

void SourcePanel::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette palette = this->palette();
    if (m_highlighted.isValid()) {
        QTextEdit::ExtraSelection sentence;
        sentence.cursor = QTextCursor(QPlainTextEdit::document());
        sentence.cursor.setPosition(panelPosition(m_highlighted));
        sentence.cursor.setPosition(panelPosition(m_highlighted, true), QTextCursor::KeepAnchor);
        sentence.format.setBackground(QColor(0xff, 0xe8, 0x99));
        selections.append(sentence);
    }
    const QString selectedPlace = m_selection.placeId();
    for (const Mention &mention : m_document.geoparse().mentions) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(QPlainTextEdit::document());
        const int offset = m_articleOffsets[mention.article];
        mark.cursor.setPosition(offset + mention.range.start);
        mark.cursor.setPosition(offset + mention.range.end, QTextCursor::KeepAnchor);
        const bool selected = m_document.geoparse().places[mention.place].id == selectedPlace;
        mark.format.setFontUnderline(true);
        mark.format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
        mark.format.setForeground(mention.role == MentionRole::Demonym
                                      ? palette.color(QPalette::PlaceholderText)
                                      : QColor(0x9c, 0x1c, 0x1c));
        if (selected)
            mark.format.setFontWeight(QFont::Bold);
        selections.append(mark);
    }
    setExtraSelections(selections);
}

void SourcePanel::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return; // the user is selecting text to copy
    const SentenceRef sentence = sentenceAt(event->position().toPoint());
    if (sentence.isValid())
        m_selection.selectSentence(sentence);
}

} // namespace frontline
