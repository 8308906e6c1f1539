#include "Timeline.h"

#include "document/DateRangeText.h"
#include "document/Document.h"
#include "document/EventDays.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace frontline {
namespace {

QDateEdit *dayEditor(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

Timeline::Timeline(Document &document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_from = dayEditor(QStringLiteral("timelineFrom"), this);
    m_to = dayEditor(QStringLiteral("timelineTo"), this);
    m_allDates = new QPushButton(tr("&All Dates"), this);
    m_allDates->setObjectName(QStringLiteral("allDates"));
    m_allDates->setToolTip(tr("Show the events of every day (Alt+A)"));
    m_span = new QLabel(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(new QLabel(tr("Days shown:"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_allDates);
    layout->addStretch();
    layout->addWidget(m_span);
    connect(m_from, &QDateEdit::dateChanged, this, [this] { rangeEdited(true); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { rangeEdited(false); });
    connect(m_allDates, &QPushButton::clicked, this, &Timeline::showAllDates);
    connect(&document, &Document::changed, this, &Timeline::showDocument);
    connect(&document, &Document::viewFilterChanged, this, &Timeline::showDocument);
    showDocument();
}

QWidget *Timeline::underMap(QWidget *map, Document &document)
{
    auto *centre = new QWidget(map->parentWidget());
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(map, 1);
    auto *timeline = new Timeline(document, centre);
    timeline->setObjectName(QStringLiteral("timeline"));
    layout->addWidget(timeline);
    return centre;
}

// The editors span the document's event days (and the filter's, if it reaches beyond them)
// and show the filter's range, or the whole span when every day is shown.
void Timeline::showDocument()
{
    const DaySpan span = eventDaySpan(m_document);
    const ViewFilter &filter = m_document.viewFilter();
    m_showing = true;
    m_from->setEnabled(span.isValid());
    m_to->setEnabled(span.isValid());
    if (span.isValid()) {
        const QDate first = filter.from.isValid() ? std::min(filter.from, span.first) : span.first;
        const QDate last = filter.to.isValid() ? std::max(filter.to, span.last) : span.last;
        m_from->setDateRange(first, last);
        m_to->setDateRange(first, last);
        m_from->setDate(filter.from.isValid() ? filter.from : span.first);
        m_to->setDate(filter.to.isValid() ? filter.to : span.last);
    }
    m_allDates->setEnabled(filter.hasDateRange());
    m_span->setText(span.isValid() ? tr("Events of %1").arg(dateRangeText(span.first, span.last))
                                   : tr("No dated events"));
    m_showing = false;
}

// The analyst set one end: both ends become the filter's; an end moved past the other takes
// the other with it.
void Timeline::rangeEdited(bool fromEdited)
{
    if (m_showing)
        return;
    QDate from = m_from->date(), to = m_to->date();
    if (from > to) {
        if (fromEdited)
            to = from;
        else
            from = to;
        const QSignalBlocker quietFrom(m_from), quietTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    ViewFilter filter = m_document.viewFilter();
    filter.from = from;
    filter.to = to;
    m_document.setViewFilter(filter);
}

void Timeline::showAllDates()
{
    ViewFilter filter = m_document.viewFilter();
    filter.from = filter.to = QDate();
    m_document.setViewFilter(filter);
}

} // namespace frontline
