#include "EventTableFilter.h"

#include "EventTableModel.h"

namespace frontline {

EventTableFilter::EventTableFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::SortRole);
}

void EventTableFilter::setFaction(const QString &factionId)
{
    if (factionId == m_faction)
        return;
    m_faction = factionId;
    invalidateRowsFilter();
}

void EventTableFilter::setType(std::optional<EventType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

QStringList EventTableFilter::listedEventIds() const
{
    QStringList ids;
    for (int row = 0; row < rowCount(); ++row)
        ids << index(row, 0).data(EventTableModel::EventIdRole).toString();
    return ids;
}

bool EventTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type && index.data(EventTableModel::TypeRole).toInt() != int(*m_type))
        return false;
    if (m_faction.isEmpty())
        return true;
    const QStringList factions = index.data(EventTableModel::FactionsRole).toStringList();
    return m_faction == kNoFaction ? factions.isEmpty() : factions.contains(m_faction);
}

} // namespace frontline
