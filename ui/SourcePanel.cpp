#include "SourcePanel.h"

#include "MentionHighlighter.h"
#include "document/Selection.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QTextBlock>
#include <QToolTip>

namespace frontline {
namespace {

const QString kArticleSeparator = QStringLiteral("\n\n");

// Qt lays a paragraph out whole: a paragraph longer than this is broken into lines at the
// spaces after its sentences (a space becomes a line break, so every position stays put).
constexpr int kLongestParagraph = 4000;

QString withShortParagraphs(const Article &article)
{
    QString text = article.text;
    int paragraphStart = 0;
    for (const TextRange &sentence : article.sentences) {
        const int end = sentence.end; // the previous break is at most a paragraph back
        paragraphStart =
            std::max(paragraphStart, int(text.lastIndexOf(QLatin1Char('\n'), end - 1)) + 1);
        if (end - paragraphStart > kLongestParagraph && end < text.size() &&
            text[end] == QLatin1Char(' ')) {
            text[end] = QLatin1Char('\n');
            paragraphStart = end + 1;
        }
    }
    return text;
}

} // namespace

SourcePanel::SourcePanel(Document &document, Selection &selection, QWidget *parent)
    : QPlainTextEdit(parent), m_document(document), m_selection(selection)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Open an article (Ctrl+O) to see its text here."));
    m_highlighter = new MentionHighlighter(document, QPlainTextEdit::document());
    m_insertTimer.setSingleShot(true);
    connect(&m_insertTimer, &QTimer::timeout, this, &SourcePanel::insertSomePendingText);
    connect(&document, &Document::changed, this, &SourcePanel::reload);
    connect(&selection, &Selection::changed, this, &SourcePanel::followSelection);
    reload();
}

// Articles are only ever added: their text is appended. Only a new reading of the same
// articles (Document::readings) marks the whole text again.
void SourcePanel::reload()
{
    const std::vector<Article> &articles = m_document.articles();
    if (articles.size() < m_articleOffsets.size()) { // a project opened in place of the work
        m_insertTimer.stop();
        m_pending.clear();
        m_articleOffsets.clear();
        QPlainTextEdit::clear();
    }
    const std::size_t shown = m_articleOffsets.size();
    const bool reread = m_document.readings() != m_readingShown;
    if (shown == articles.size() && !reread) {
        if (m_document.mentionEdits() != m_mentionEditsShown) // "Not a place", "Use this one"
            markAgain();
        applyHighlights(); // an edit: the text stays
        return;
    }
    QString text;
    int end = QPlainTextEdit::document()->characterCount() - 1 + int(m_pending.size());
    for (std::size_t a = shown; a < articles.size(); ++a) {
        if (a > 0) {
            text += kArticleSeparator;
            end += int(kArticleSeparator.size());
        }
        m_articleOffsets.push_back(end);
        const QString article = withShortParagraphs(articles[a]);
        text += article;
        end += int(article.size());
    }
    m_readingShown = m_document.readings();
    m_mentionEditsShown = m_document.mentionEdits();
    m_highlighter->setMarks(m_articleOffsets);
    if (reread) {
        showPendingText();
        m_highlighter->rehighlight();
    } else {
        m_pending += text;
        m_insertTimer.start();
    }
    applyHighlights();
}

// A slice of the new text each turn of the event loop: the window answers while a day's
// feed, or one huge article, is laid out and marked.
void SourcePanel::insertSomePendingText()
{
    constexpr int kCharactersPerTurn = 32 * 1024; // a few milliseconds of layout and marks
    QTextCursor cursor(QPlainTextEdit::document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending.left(kCharactersPerTurn));
    m_pending.remove(0, kCharactersPerTurn);
    if (!m_pending.isEmpty())
        m_insertTimer.start();
}

void SourcePanel::showPendingText()
{
    if (m_pending.isEmpty())
        return;
    m_insertTimer.stop();
    QTextCursor cursor(QPlainTextEdit::document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(std::exchange(m_pending, QString()));
}

int SourcePanel::panelPosition(SentenceRef sentence, bool end) const
{
    const TextRange &range = m_document.articles()[sentence.article].sentences[sentence.sentence];
    return m_articleOffsets[sentence.article] + (end ? range.end : range.start);
}

// The article at a point of the viewport and the position in its text; -1 for none.
std::pair<int, int> SourcePanel::articleAndOffsetAt(QPoint viewportPosition) const
{
    const int position = cursorForPosition(viewportPosition).position();
    for (int a = int(m_articleOffsets.size()) - 1; a >= 0; --a)
        if (position >= m_articleOffsets[a])
            return {a, position - m_articleOffsets[a]};
    return {-1, -1};
}

SentenceRef SourcePanel::sentenceAt(QPoint viewportPosition) const
{
    const auto [article, offset] = articleAndOffsetAt(viewportPosition);
    if (article < 0)
        return {};
    const int sentence = m_document.articles()[article].sentenceAt(offset);
    return sentence >= 0 ? SentenceRef{article, sentence} : SentenceRef{};
}

// What a mark under the pointer stands for: the place a mention names, an event's type.
QString SourcePanel::tooltipAt(QPoint viewportPosition) const
{
    const SentenceRef sentence = sentenceAt(viewportPosition);
    if (!sentence.isValid())
        return {};
    const int offset = articleAndOffsetAt(viewportPosition).second;
    const GeoparseResult &geoparse = m_document.geoparse();
    for (int mention : m_document.mentionsInSentence(sentence)) {
        const Mention &m = geoparse.mentions[mention];
        if (!m.range.contains(offset))
            continue;
        const Place &place = geoparse.places[m.place];
        return tr("%1: %2, %3 (%4), confidence %5")
            .arg(m.text, place.name, placeKindName(place.kind), place.countryCode)
            .arg(place.confidence, 0, 'f', 2);
    }
    for (const Event &event : m_document.events().events)
        if (event.article == sentence.article && event.sentence == sentence.sentence &&
            event.trigger.contains(offset))
            return event.subtype.isEmpty()
                       ? tr("Event: %1").arg(eventTypeName(event.type))
                       : tr("Event: %1 (%2)").arg(eventTypeName(event.type), event.subtype);
    return {};
}

bool SourcePanel::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = tooltipAt(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

// Only the paragraphs that name a place whose holder changed are marked again: articles come
// in batches, each of which may change a few holders.
void SourcePanel::setPlaceColors(const QHash<QString, QColor> &colors)
{
    const QSet<QString> changed = m_highlighter->setPlaceColors(colors);
    if (changed.isEmpty())
        return;
    m_highlighter->setMarks(m_articleOffsets);
    const GeoparseResult &geoparse = m_document.geoparse();
    const int laidOut = QPlainTextEdit::document()->characterCount();
    QSet<int> marked;
    for (const Mention &mention : geoparse.mentions) {
        if (mention.article >= int(m_articleOffsets.size()) ||
            !changed.contains(geoparse.places[mention.place].id))
            continue;
        const int position = m_articleOffsets[mention.article] + mention.range.start;
        const QTextBlock block = QPlainTextEdit::document()->findBlock(position);
        if (position < laidOut && block.isValid() && !marked.contains(block.blockNumber())) {
            marked.insert(block.blockNumber());
            m_highlighter->rehighlightBlock(block);
        }
    }
}

// The marks of the whole text again, after the analyst's edits of the mentions.
void SourcePanel::markAgain()
{
    m_mentionEditsShown = m_document.mentionEdits();
    m_highlighter->setMarks(m_articleOffsets);
    m_highlighter->rehighlight();
}

void SourcePanel::goToMention(int step)
{
    const QString placeId = m_selection.placeId();
    const int place = m_document.geoparse().findPlace(placeId);
    if (place < 0)
        return;
    std::vector<int> mentions = m_document.mentionsOfPlace(place);
    if (mentions.empty())
        return;
    const auto &all = m_document.geoparse().mentions;
    std::sort(mentions.begin(), mentions.end(), [&](int a, int b) {
        return std::pair(all[a].article, all[a].range.start) <
               std::pair(all[b].article, all[b].range.start);
    });
    const int next = mentionAfterCurrent(mentions, step);
    m_selection.selectPlace(placeId, m_document.sentenceOfMention(next));
    m_currentMention = next; // after the selection, which starts the count afresh
    const Mention &mention = all[next];
    QTextCursor cursor(QPlainTextEdit::document());
    cursor.setPosition(m_articleOffsets[mention.article] + mention.range.start);
    cursor.setPosition(m_articleOffsets[mention.article] + mention.range.end,
                       QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

// The mention `step` on from the one the panel is at: the last one gone to, else the first
// in the highlighted sentence; from none, the first (or the last, going back). Wraps round.
int SourcePanel::mentionAfterCurrent(const std::vector<int> &mentions, int step) const
{
    const int count = int(mentions.size());
    auto at = std::find(mentions.begin(), mentions.end(), m_currentMention);
    if (at == mentions.end())
        at = std::find_if(mentions.begin(), mentions.end(), [this](int mention) {
            return m_document.sentenceOfMention(mention) == m_highlighted;
        });
    if (at == mentions.end())
        return step > 0 ? mentions.front() : mentions.back();
    return mentions[((at - mentions.begin()) + step + count) % count];
}

QRect SourcePanel::sentenceRect(SentenceRef sentence)
{
    showPendingText();
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
    m_currentMention = -1;
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
    if (m_highlighted.isValid() || !m_selection.placeId().isEmpty())
        showPendingText(); // what is highlighted must be in the text
    if (m_highlighted.isValid()) {
        QTextEdit::ExtraSelection sentence;
        sentence.cursor = QTextCursor(QPlainTextEdit::document());
        sentence.cursor.setPosition(panelPosition(m_highlighted));
        sentence.cursor.setPosition(panelPosition(m_highlighted, true), QTextCursor::KeepAnchor);
        sentence.format.setBackground(QColor(0xff, 0xe8, 0x99));
        selections.append(sentence);
    }
    // The selected place's mentions in bold; every mention's underline is the highlighter's.
    const int selectedPlace = m_document.geoparse().findPlace(m_selection.placeId());
    for (int mention : m_document.mentionsOfPlace(selectedPlace)) {
        const Mention &m = m_document.geoparse().mentions[mention];
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(QPlainTextEdit::document());
        const int offset = m_articleOffsets[m.article];
        mark.cursor.setPosition(offset + m.range.start);
        mark.cursor.setPosition(offset + m.range.end, QTextCursor::KeepAnchor);
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
