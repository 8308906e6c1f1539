#pragma once

#include "events/FactionCatalog.h"

#include <QDialog>

class QTableWidget;

namespace frontline {

// Edits the factions: name, aliases and colours, theatre by theatre. Saving writes the
// analyst's factions.json (atomically) and hands the catalogue back.
class FactionsDialog : public QDialog
{
    Q_OBJECT
public:
    FactionsDialog(const FactionCatalog &catalog, QWidget *parent = nullptr);

    // The catalogue with the table's edits.
    FactionCatalog editedCatalog() const;
    QTableWidget *table() const { return m_table; }

private:
    void chooseColor(int row, int column);

    FactionCatalog m_catalog;
    QTableWidget *m_table;
};

} // namespace frontline
