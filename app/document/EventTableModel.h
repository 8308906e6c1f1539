#pragma once

#include "Document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace frontline {

class FactionCatalog;

// The event table: one row per real event (the reports of one event across articles merged),
// exactly those the document's view filter shows, as the map does; rows follow every change of
// the document, and of the view filter without reading the events again. A row whose event has no
// point to pin it to (a country, a province, no place) is listed too, greyed, saying why it is not
// on the map.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TypeColumn,
        SubtypeColumn,
        ActorsColumn,
        PlaceColumn,
        TimeColumn,
        FatalitiesColumn,
        StatusColumn,
        ConfidenceColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // numbers and days sort as such
        EventIdRole,             // the id of the report that stands for the event
        FactionsRole,            // the faction ids of every report
        TypeRole                 // int(EventType)
    };

    EventTableModel(const Document &document, const FactionCatalog &catalog,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The real event of a row: its reports, the first standing for it.
    const MergedEvent &eventAt(int row) const;
    // The row of the event that one of whose reports has this id, or -1.
    int rowOf(const QString &eventId) const;
    // Whether the map pins the row's event at a place.
    bool isOnMap(int row) const;

private:
    struct Row
    {
        int merged = 0;         // into Document::mergedEvents()
        QStringList factions;   // of every report
        QStringList actorNames; // as written, by every report
        int place = -1;         // the place it happened, into the places
        QDate day;              // its first day: its own, else its article's
    };

    void readDocument(); // every real event, when the document changes
    void showRows();     // those the view filter shows, when it changes
    void chooseShownRows();
    Row rowFor(int merged) const;
    const MergedEvent &eventOf(const Row &row) const;
    const Event &representative(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    QString actorsText(const Row &row) const;
    QString placeName(int place) const;
    QVariant sortKey(const Row &row, int column) const;
    QString toolTip(const Row &row) const;

    const Document &m_document;
    const FactionCatalog &m_catalog;
    std::vector<Row> m_allRows;           // one per real event
    std::vector<int> m_rows;              // the rows shown: into m_allRows
    std::vector<int> m_shownRow;          // for each of m_allRows, its row, or -1 when hidden
    QHash<QString, int> m_allRowOfReport; // event id -> into m_allRows
};

} // namespace frontline
