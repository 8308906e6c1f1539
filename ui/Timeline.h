#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;

namespace frontline {

class Document;

// The days the map shows, in a bar under it: from and to, within the span of the document's
// event days (an article's date where an event has none), and All Dates. It sets the
// document's view filter dates, so the map, the event table, the legend and exports agree;
// the articles the analyst hid stay hidden.
class Timeline : public QWidget
{
    Q_OBJECT
public:
    explicit Timeline(Document &document, QWidget *parent = nullptr);

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *allDatesButton() const { return m_allDates; }

    // The map with a timeline under it, as the window's centre.
    static QWidget *underMap(QWidget *map, Document &document);

private:
    void showDocument();
    void rangeEdited(bool fromEdited);
    void showAllDates();

    Document &m_document;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_allDates = nullptr;
    QLabel *m_span = nullptr;
    bool m_showing = false; // the editors follow the document: no edit of the filter
};

} // namespace frontline
