#pragma once

#include "events/EventsResult.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace frontline {

// The event table's own filter, by faction and by type, and its sort by any column (numbers
// and days as such). The days are the view filter's (the timeline's): the model lists only
// what the map shows.
class EventTableFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Events with no faction among their actors ("gunmen").
    static inline const QString kNoFaction = QStringLiteral("-");

    explicit EventTableFilter(QObject *parent = nullptr);

    // A faction id, kNoFaction, or empty for every event.
    void setFaction(const QString &factionId);
    QString faction() const { return m_faction; }
    // One type, or every type.
    void setType(std::optional<EventType> type);
    // The ids of the events listed (those that stand for them), in the table's order.
    QStringList listedEventIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_faction;
    std::optional<EventType> m_type;
};

} // namespace frontline
