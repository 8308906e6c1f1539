#pragma once

#include "document/Document.h"

#include <QTreeWidget>

namespace frontline {

class Selection;

// Every sentence of the open articles that names a place (article, date, sentence); a click
// selects the place with that sentence, so the text shows it and the map keeps the place.
class NamedInList : public QTreeWidget
{
    Q_OBJECT
public:
    NamedInList(const Document &document, Selection &selection, QWidget *parent = nullptr);

    void showSentencesNaming(int place);
    // The row of a sentence (for tests), or -1.
    int rowOf(SentenceRef sentence) const;

private:
    void select(QTreeWidgetItem *item);
    void followSelection();

    const Document &m_document;
    Selection &m_selection;
    QString m_placeId;
    std::vector<SentenceRef> m_sentences; // by row
};

} // namespace frontline
