#include "FactionsDialog.h"

#include "map/FactionColors.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace frontline {
namespace {

enum Column
{
    TheatreColumn,
    NameColumn,
    AliasesColumn,
    ColorColumn,
    SafeColorColumn,
    ColumnCount
};

QTableWidgetItem *colorItem(const QColor &color)
{
    auto *item = new QTableWidgetItem(color.name());
    item->setBackground(color);
    item->setForeground(color.lightness() < 128 ? Qt::white : Qt::black);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

FactionsDialog::FactionsDialog(const FactionCatalog &catalog, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Factions"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Theatre"), tr("Name"), tr("Aliases (comma-separated)"),
                                        tr("Colour"), tr("Colour-blind-safe")});
    const auto &factions = m_catalog.factions();
    m_table->setRowCount(int(factions.size()));
    for (int row = 0; row < int(factions.size()); ++row) {
        const Faction &f = factions[row];
        auto *theatre = new QTableWidgetItem(f.theatre);
        theatre->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, TheatreColumn, theatre);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(f.name));
        m_table->setItem(row, AliasesColumn,
                         new QTableWidgetItem(f.aliases.join(QStringLiteral(", "))));
        m_table->setItem(row, ColorColumn, colorItem(toQColor(f.style.color)));
        m_table->setItem(row, SafeColorColumn, colorItem(toQColor(f.colorBlindStyle.color)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(AliasesColumn, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &FactionsDialog::chooseColor);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Double-click a colour to change it. Saved to %1.").arg(FactionCatalog::userPath()),
        this));
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(980, 620);
}

void FactionsDialog::chooseColor(int row, int column)
{
    if (column != ColorColumn && column != SafeColorColumn)
        return;
    const QColor color = QColorDialog::getColor(QColor(m_table->item(row, column)->text()), this);
    if (color.isValid())
        m_table->setItem(row, column, colorItem(color));
}

FactionCatalog FactionsDialog::editedCatalog() const
{
    FactionCatalog catalog = m_catalog;
    auto &factions = catalog.factions();
    for (int row = 0; row < int(factions.size()); ++row) {
        Faction &f = factions[row];
        f.name = m_table->item(row, NameColumn)->text().trimmed();
        f.aliases.clear();
        for (const QString &alias :
             m_table->item(row, AliasesColumn)->text().split(QLatin1Char(',')))
            if (!alias.trimmed().isEmpty())
                f.aliases << alias.trimmed();
        f.style.color = FactionColor::fromName(m_table->item(row, ColorColumn)->text());
        f.colorBlindStyle.color =
            FactionColor::fromName(m_table->item(row, SafeColorColumn)->text());
    }
    return catalog;
}

} // namespace frontline
