#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace frontline {

class ArticleListModel;
class Document;
class Selection;

// The articles dock: every open article with its title, source and date (edited in place;
// an impossible date is refused with the reason under the table) and how many places and
// events it names. The box beside a title shows or hides its article on the map; Show Only
// Selected and Show All do so for many at once. Picking an article goes to its text.
class ArticlesPanel : public QWidget
{
    Q_OBJECT
public:
    ArticlesPanel(Document &document, Selection &selection, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ArticleListModel *model() const { return m_model; }
    QString message() const;

private:
    void showOnlySelected();
    void goToArticle(int article);

    Selection &m_selection;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    ArticleListModel *m_model = nullptr;
};

} // namespace frontline
