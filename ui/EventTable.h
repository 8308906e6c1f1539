#pragma once

#include "document/EventTableFilter.h"
#include "document/EventTableModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTableView;

namespace frontline {

class Document;
class EventEditDialog;
class FactionCatalog;
class Selection;

// The Events dock: every real event the map shows, a row each (type, subtype, actors as
// written, place, time, fatalities, status, confidence, sources), sorted by any column and
// filtered by faction and type; its days are the timeline's. Selecting rows selects their
// events on the map and the first one's sentence in the source panel; double-click (or F2,
// Enter) edits an event; the context menu splits a report off a merged event. Every change is
// an undoable command on the document.
class EventTable : public QWidget
{
    Q_OBJECT
public:
    EventTable(Document &document, Selection &selection, const FactionCatalog &catalog,
               QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QComboBox *factionFilter() const { return m_factionBox; }
    QComboBox *typeFilter() const { return m_typeBox; }
    const EventTableFilter &filter() const { return m_filter; }
    const EventTableModel &model() const { return m_model; }
    // The context menu of a row of the view, shown (non-blocking) at a point of the viewport.
    QMenu *showContextMenu(QPoint viewportPosition);
    // Opens the editor of a row of the view (window-modal, non-blocking).
    EventEditDialog *editRow(int row);

private:
    QWidget *makeFilterBar();
    void fillFactionFilter();
    void applyFilters();
    void rowsSelected();
    void followSelection();
    EventEditDialog *editEvent(const QString &eventId);
    void splitOff(const QString &eventId);
    void addSplitActions(QMenu &menu, const MergedEvent &event);
    void updateCount();

    Document &m_document;
    Selection &m_selection;
    const FactionCatalog &m_catalog;
    EventTableModel m_model;
    EventTableFilter m_filter;
    QTableView *m_view = nullptr;
    QComboBox *m_factionBox = nullptr;
    QComboBox *m_typeBox = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_editAction = nullptr;
    bool m_syncing = false; // the table follows the selection: no echo back to it
};

} // namespace frontline
