#include "NamedInList.h"

#include "document/PlaceFacts.h"
#include "document/Selection.h"

#include <QHeaderView>
#include <QLocale>

namespace frontline {
namespace {

enum Column
{
    Title,
    Date,
    Sentence,
    ColumnCount
};

} // namespace

NamedInList::NamedInList(const Document &document, Selection &selection, QWidget *parent)
    : QTreeWidget(parent), m_document(document), m_selection(selection)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Article"), tr("Date"), tr("Sentence")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    setToolTip(
        tr("Every sentence of the open articles that names the place: click one to read it."));
    connect(this, &QTreeWidget::itemClicked, this, &NamedInList::select);
    connect(&selection, &Selection::changed, this, &NamedInList::followSelection);
}

void NamedInList::showSentencesNaming(int place)
{
    clear();
    m_sentences.clear();
    if (place < 0)
        return;
    m_placeId = m_document.geoparse().places[place].id;
    m_sentences = sentencesNaming(m_document, place);
    for (const SentenceRef &sentence : m_sentences) {
        const Article &article = m_document.articles()[sentence.article];
        auto *item = new QTreeWidgetItem(this);
        item->setText(Title, article.title);
        item->setText(Date, article.date.isValid()
                                ? QLocale::c().toString(article.date, QStringLiteral("d MMM yyyy"))
                                : tr("undated"));
        const QString text = article.slice(article.sentences[sentence.sentence]).simplified();
        item->setText(Sentence, text);
        item->setToolTip(Sentence, text);
    }
    resizeColumnToContents(Title);
    resizeColumnToContents(Date);
    followSelection();
}

int NamedInList::rowOf(SentenceRef sentence) const
{
    const auto found = std::find(m_sentences.begin(), m_sentences.end(), sentence);
    return found == m_sentences.end() ? -1 : int(found - m_sentences.begin());
}

void NamedInList::select(QTreeWidgetItem *item)
{
    const int row = indexOfTopLevelItem(item);
    if (row >= 0 && row < int(m_sentences.size()))
        m_selection.selectPlace(m_placeId, m_sentences[row]);
}

void NamedInList::followSelection()
{
    const int row = rowOf(m_selection.sentence());
    setCurrentItem(row >= 0 ? topLevelItem(row) : nullptr);
}

} // namespace frontline
