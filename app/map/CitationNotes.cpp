#include "CitationNotes.h"

#include "Citations.h"
#include "MapDecorations.h"
#include "MapFrame.h"
#include "MapStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace frontline {
namespace {

constexpr double kNotesShareOfHeight = 0.3; // the map keeps the rest of the frame
// Pixels at 96 DPI.
constexpr double kPadding = 8;
constexpr double kNumberGap = 5;  // between a note's number and its text
constexpr double kNoteGap = 2;    // between notes
constexpr double kArticleGap = 3; // above an article's line
constexpr double kHeadingPointSize = 8.5;
constexpr double kNotePointSize = 7.5;

struct NoteFonts
{
    QFont heading, text, number, article, leftOut;
};

NoteFonts fontsOf(const MapFrame &frame, const MapStyle &style)
{
    const double s = frame.symbolScale;
    NoteFonts fonts{style.font(kHeadingPointSize, s, true), style.font(kNotePointSize, s),
                    style.font(kNotePointSize, s, true), style.font(kNotePointSize, s),
                    style.font(kNotePointSize, s)};
    fonts.article.setItalic(true);
    fonts.leftOut.setItalic(true);
    return fonts;
}

QString articleLine(const CitedSentence &sentence)
{
    const QLocale english(QLocale::English);
    return sentence.articleDate.isValid()
               ? QStringLiteral("%1, %2").arg(
                     sentence.articleTitle,
                     english.toString(sentence.articleDate, QStringLiteral("d MMMM yyyy")))
               : sentence.articleTitle;
}

QString leftOutText(int count)
{
    return count == 1 ? QStringLiteral("1 more sentence cited: no room for it at this size")
                      : QStringLiteral("%1 more sentences cited: no room for them at this size")
                            .arg(count);
}

// The numbers' column: as wide as the widest number.
double numberColumnWidth(const Citations &citations, const QFontMetricsF &bold)
{
    const int widest = citations.sentences.empty() ? 0 : citations.sentences.back().number;
    return bold.horizontalAdvance(QString::number(widest));
}

// Lays the sentences out from `top` down, as many as fit above `bottom` (less the room of a
// last line for those left out, unless every one fits); returns the height used.
double layoutSentences(const Citations &citations, const NoteFonts &fonts, double left,
                       double width, double top, double bottom, double s, NotesLayout &layout)
{
    const QFontMetricsF text(fonts.text), article(fonts.article);
    const double textLeft =
        left + numberColumnWidth(citations, QFontMetricsF(fonts.number)) + kNumberGap * s;
    const double textWidth = left + width - textLeft;
    const int count = int(citations.sentences.size());
    double y = top;
    for (int i = 0; i < count; ++i) {
        const CitedSentence &sentence = citations.sentences[i];
        const bool opensArticle = i == 0 || citations.sentences[i - 1].article != sentence.article;
        const double lineHeight = opensArticle ? kArticleGap * s + article.height() : 0;
        const QRectF wrapped =
            text.boundingRect(QRectF(0, 0, textWidth, 1e9), Qt::TextWordWrap, sentence.text);
        const bool everyOneFits = i + 1 == count && citations.leftOut == 0;
        const double leftOutRoom = everyOneFits ? 0 : text.height() + kNoteGap * s;
        if (y + lineHeight + wrapped.height() + leftOutRoom > bottom)
            break;
        if (opensArticle)
            layout.articles.push_back({QRectF(left, y + kArticleGap * s, width, article.height()),
                                       int(layout.notes.size())});
        y += lineHeight;
        layout.notes.push_back(QRectF(textLeft, y, textWidth, wrapped.height()));
        y += wrapped.height() + kNoteGap * s;
    }
    return y - top;
}

} // namespace

NotesLayout layoutNotes(const Citations &citations, const MapFrame &frame, const MapStyle &style)
{
    NotesLayout layout;
    if (citations.isEmpty() && citations.leftOut == 0)
        return layout;
    const double s = frame.symbolScale;
    const NoteFonts fonts = fontsOf(frame, style);
    const QRectF band = notesBand(frame, style);
    const double inner = band.width() - 2 * kPadding * s;
    const double maxHeight = frame.viewport.size().height() * kNotesShareOfHeight;
    double y = kPadding * s + QFontMetricsF(fonts.heading).height();
    y += layoutSentences(citations, fonts, kPadding * s, inner, y, maxHeight - kPadding * s, s,
                         layout);
    if (int(layout.notes.size()) < int(citations.sentences.size()) || citations.leftOut > 0) {
        const double line = QFontMetricsF(fonts.leftOut).height();
        layout.leftOutLine = QRectF(kPadding * s, y, inner, line);
        y += line;
    }
    const double height = y + kPadding * s;
    layout.panel = QRectF(band.left(), band.bottom() - height, band.width(), height);
    const QPointF offset = layout.panel.topLeft();
    for (NotesLayout::Heading &heading : layout.articles)
        heading.rect.translate(offset);
    for (QRectF &note : layout.notes)
        note.translate(offset);
    layout.leftOutLine.translate(offset);
    return layout;
}

void paintNotes(QPainter &painter, const MapFrame &frame, const MapStyle &style)
{
    const Citations &citations = frame.citations;
    const NotesLayout layout = layoutNotes(citations, frame, style);
    if (layout.panel.isNull())
        return;
    const double s = frame.symbolScale;
    const NoteFonts fonts = fontsOf(frame, style);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.panel);
    painter.drawRoundedRect(layout.panel, 3 * s, 3 * s);
    painter.setPen(style.decorationText);
    painter.setFont(fonts.heading);
    painter.drawText(
        layout.panel.topLeft() +
            QPointF(kPadding * s, kPadding * s + QFontMetricsF(fonts.heading).ascent()),
        QStringLiteral("Sources"));
    painter.setFont(fonts.article);
    for (const NotesLayout::Heading &heading : layout.articles)
        painter.drawText(heading.rect, Qt::AlignLeft | Qt::AlignTop,
                         articleLine(citations.sentences[heading.firstNote]));
    for (std::size_t i = 0; i < layout.notes.size(); ++i) {
        const QRectF &note = layout.notes[i];
        painter.setFont(fonts.number);
        painter.drawText(QRectF(layout.panel.left(), note.top(),
                                note.left() - layout.panel.left() - kNumberGap * s, note.height()),
                         Qt::AlignRight | Qt::AlignTop,
                         QString::number(citations.sentences[i].number));
        painter.setFont(fonts.text);
        painter.drawText(note, Qt::TextWordWrap, citations.sentences[i].text);
    }
    if (!layout.leftOutLine.isNull()) {
        painter.setFont(fonts.leftOut);
        const int leftOut =
            citations.leftOut + int(citations.sentences.size() - layout.notes.size());
        painter.drawText(layout.leftOutLine, Qt::AlignLeft | Qt::AlignTop, leftOutText(leftOut));
    }
    painter.restore();
}

} // namespace frontline
