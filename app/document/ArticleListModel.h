#pragma once

#include "Document.h"

#include <QAbstractTableModel>
#include <vector>

namespace frontline {

// The open articles as a table for the articles dock: title (with a box: shown on the map),
// source and date (all three editable, undoably), and how many places and events each names.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Source,
        Date,
        Places,
        Events,
        ColumnCount
    };

    explicit ArticleListModel(Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // The map shows these articles alone, or every article again.
    void showOnly(const QList<int> &articles);
    void showAll();

Q_SIGNALS:
    // An edit refused, and why in words ("2024-02-30 is not a date: type YYYY-MM-DD").
    void refused(const QString &why);

private:
    void documentChanged();
    void countPlacesAndEvents();
    bool setShown(int article, bool shown);
    bool editInfo(int article, int column, const QString &text);

    Document &m_document;
    int m_rows = 0;
    std::vector<int> m_places, m_events; // per article
};

} // namespace frontline
