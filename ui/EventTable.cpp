#include "EventTable.h"

#include "EventEditDialog.h"
#include "document/Document.h"
#include "document/EditEventCommand.h"
#include "document/Selection.h"
#include "document/SplitEventCommand.h"
#include "events/FactionCatalog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace frontline {
namespace {

constexpr int kTypeCount = int(EventType::Other) + 1;
constexpr int kAllTypes = -1;
constexpr int kExcerptLength = 70; // of a report's sentence in the split menu
constexpr int kCellPadding = 16;
constexpr int kSortArrowRoom = 16;  // beside a column's title
constexpr int kWidestSubtype = 190; // ACLED's longest run past it, elided
// What a column typically holds, to size it before the analyst does.
const char *const kColumnSamples[EventTableModel::ColumnCount] = {"Withdrawal",
                                                                  "",
                                                                  "Russian forces, Ukrainian army",
                                                                  "Kupiansk",
                                                                  "28 Dec 2023 - 3 Jan 2024",
                                                                  "at least 12 people",
                                                                  "reported",
                                                                  "0.95",
                                                                  "12"};

// Widths until the analyst sets them: room for what a column typically holds and its title.
void sizeColumns(QTableView &view)
{
    const QFontMetrics metrics = view.fontMetrics();
    for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
        const QString title = view.model()->headerData(column, Qt::Horizontal).toString();
        const int content = column == EventTableModel::SubtypeColumn
                                ? kWidestSubtype
                                : metrics.horizontalAdvance(QLatin1String(kColumnSamples[column]));
        view.setColumnWidth(column,
                            std::max(content, metrics.horizontalAdvance(title) + kSortArrowRoom) +
                                kCellPadding);
    }
}

} // namespace

EventTable::EventTable(Document &document, Selection &selection, const FactionCatalog &catalog,
                       QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_catalog(catalog),
      m_model(document, catalog), m_view(new QTableView(this))
{
    m_filter.setSourceModel(&m_model);
    m_view->setModel(&m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::TimeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    sizeColumns(*m_view);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &EventTable::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { editRow(index.row()); });
    m_editAction = new QAction(tr("&Edit Event..."), m_view);
    m_editAction->setShortcuts(
        {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            editRow(m_view->currentIndex().row());
    });
    m_view->addAction(m_editAction);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventTable::rowsSelected);
    connect(&selection, &Selection::changed, this, &EventTable::followSelection);
    // New rows after a change of the document: the selected events stay selected.
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &EventTable::followSelection);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &EventTable::updateCount);
    connect(&m_filter, &QAbstractItemModel::rowsInserted, this, &EventTable::updateCount);
    connect(&m_filter, &QAbstractItemModel::rowsRemoved, this, &EventTable::updateCount);
    connect(&document, &Document::changed, this, &EventTable::fillFactionFilter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeFilterBar());
    layout->addWidget(m_view);
    fillFactionFilter();
    updateCount();
}

QWidget *EventTable::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 2, 4, 2);
    m_factionBox = new QComboBox(bar);
    m_factionBox->setObjectName(QStringLiteral("factionFilter"));
    m_factionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeBox = new QComboBox(bar);
    m_typeBox->setObjectName(QStringLiteral("typeFilter"));
    m_typeBox->addItem(tr("All types"), kAllTypes);
    for (int t = 0; t < kTypeCount; ++t)
        m_typeBox->addItem(eventTypeTitle(EventType(t)), t);
    m_count = new QLabel(bar);
    auto *factionLabel = new QLabel(tr("Fa&ction:"), bar);
    factionLabel->setBuddy(m_factionBox);
    auto *typeLabel = new QLabel(tr("T&ype:"), bar);
    typeLabel->setBuddy(m_typeBox);
    layout->addWidget(factionLabel);
    layout->addWidget(m_factionBox);
    layout->addWidget(typeLabel);
    layout->addWidget(m_typeBox);
    layout->addStretch();
    layout->addWidget(m_count);
    connect(m_factionBox, &QComboBox::currentIndexChanged, this, &EventTable::applyFilters);
    connect(m_typeBox, &QComboBox::currentIndexChanged, this, &EventTable::applyFilters);
    return bar;
}

// The factions the document's events name, by name; the one chosen stays chosen.
void EventTable::fillFactionFilter()
{
    const QString chosen = m_filter.faction();
    std::vector<const Faction *> factions;
    for (const QString &id : m_document.events().factions)
        if (const Faction *faction = m_catalog.find(id))
            factions.push_back(faction);
    std::sort(factions.begin(), factions.end(),
              [](const Faction *a, const Faction *b) { return a->name < b->name; });
    const QSignalBlocker quiet(m_factionBox);
    m_factionBox->clear();
    m_factionBox->addItem(tr("All factions"), QString());
    for (const Faction *faction : factions)
        m_factionBox->addItem(faction->name, faction->id);
    m_factionBox->addItem(tr("No faction"), EventTableFilter::kNoFaction);
    m_factionBox->setCurrentIndex(std::max(0, m_factionBox->findData(chosen)));
    applyFilters();
}

void EventTable::applyFilters()
{
    m_filter.setFaction(m_factionBox->currentData().toString());
    const int type = m_typeBox->currentData().toInt();
    m_filter.setType(type == kAllTypes ? std::nullopt : std::optional(EventType(type)));
}

void EventTable::updateCount()
{
    m_count->setText(tr("%1 of %n event(s)", nullptr, m_model.rowCount()).arg(m_filter.rowCount()));
}

// The rows picked select their events; the row clicked last leads with its sentence.
void EventTable::rowsSelected()
{
    if (m_syncing)
        return;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_selection.clear();
        return;
    }
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const auto current = std::find_if(rows.begin(), rows.end(), [&](const QModelIndex &index) {
        return index.row() == m_view->currentIndex().row();
    });
    if (current != rows.end())
        std::rotate(rows.begin(), current, current + 1);
    QStringList ids;
    for (const QModelIndex &index : rows)
        ids << index.data(EventTableModel::EventIdRole).toString();
    const MergedEvent &lead = m_model.eventAt(m_filter.mapToSource(rows.front()).row());
    const Event &event = m_document.events().events[lead.representative()];
    m_syncing = true;
    m_selection.selectEvents(ids, event.target, {event.article, event.sentence});
    m_syncing = false;
}

// Events selected elsewhere (an icon on the map) are selected here too, and shown.
void EventTable::followSelection()
{
    if (m_syncing)
        return;
    QItemSelection rows;
    QModelIndex first;
    for (const QString &id : m_selection.eventIds()) {
        const int sourceRow = m_model.rowOf(id);
        const QModelIndex index =
            sourceRow < 0 ? QModelIndex() : m_filter.mapFromSource(m_model.index(sourceRow, 0));
        if (!index.isValid())
            continue;
        rows.select(index, index);
        if (!first.isValid())
            first = index;
    }
    m_syncing = true;
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
    m_syncing = false;
}

QMenu *EventTable::showContextMenu(QPoint viewportPosition)
{
    const QModelIndex index = m_view->indexAt(viewportPosition);
    if (!index.isValid())
        return nullptr;
    const MergedEvent &event = m_model.eventAt(m_filter.mapToSource(index).row());
    const QString id = index.data(EventTableModel::EventIdRole).toString();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *edit = menu->addAction(m_editAction->text(), this, [this, id] { editEvent(id); });
    edit->setShortcut(m_editAction->shortcut());
    addSplitActions(*menu, event);
    menu->popup(m_view->viewport()->mapToGlobal(viewportPosition));
    return menu;
}

// One action for each report of a merged event: the analyst says which one does not belong.
void EventTable::addSplitActions(QMenu &menu, const MergedEvent &event)
{
    QMenu *split = menu.addMenu(tr("&Split Off This Report"));
    split->setEnabled(event.reports.size() > 1);
    if (event.reports.size() < 2)
        return;
    for (int report : event.reports) {
        const Event &reported = m_document.events().events[report];
        const Article &article = m_document.articles()[reported.article];
        QString sentence = article.slice(article.sentences[reported.sentence]).simplified();
        if (sentence.size() > kExcerptLength)
            sentence = sentence.left(kExcerptLength) + QChar(0x2026);
        const QString day = article.date.isValid()
                                ? QLocale::c().toString(article.date, QStringLiteral("d MMM yyyy"))
                                : tr("undated");
        split->addAction(tr("%1 (%2): \u201c%3\u201d").arg(article.title, day, sentence), this,
                         [this, id = reported.id] { splitOff(id); });
    }
}

void EventTable::splitOff(const QString &eventId)
{
    m_document.undoStack()->push(new SplitEventCommand(m_document, eventId));
}

EventEditDialog *EventTable::editRow(int row)
{
    return editEvent(m_filter.index(row, 0).data(EventTableModel::EventIdRole).toString());
}

EventEditDialog *EventTable::editEvent(const QString &eventId)
{
    const int row = m_model.rowOf(eventId);
    if (row < 0)
        return nullptr;
    const MergedEvent &merged = m_model.eventAt(row);
    const std::vector<Event> &events = m_document.events().events;
    QStringList reports;
    for (int report : merged.reports)
        reports << events[report].id;
    auto *dialog = new EventEditDialog(events[merged.representative()], m_catalog,
                                       m_document.events().factions, this);
    dialog->setObjectName(QStringLiteral("eventEditDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reports] {
        m_document.undoStack()->push(
            new EditEventCommand(m_document, reports, dialog->correction()));
    });
    dialog->open();
    return dialog;
}

} // namespace frontline
