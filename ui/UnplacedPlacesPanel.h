#pragma once

#include "document/Document.h"

#include <QListWidget>

namespace frontline {

class Selection;

// The places the text names that the gazetteer does not list and the text puts in no known
// area ("the village of X"): they have no coordinates yet. Clicking one selects it; the
// analyst then right-clicks the map where it lies ("Place ... Here"), and it leaves the list.
class UnplacedPlacesPanel : public QListWidget
{
    Q_OBJECT
public:
    UnplacedPlacesPanel(Document &document, Selection &selection, QWidget *parent = nullptr);

private:
    void reload();
    void followSelection();
    void select(QListWidgetItem *item);

    Document &m_document;
    Selection &m_selection;
};

} // namespace frontline
