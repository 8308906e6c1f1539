#include "OpenFromDatabaseDialog.h"

#include "geo/WebMercator.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <memory>

namespace frontline {
namespace {

constexpr int kDefaultMonths = 1; // the days first offered: the last month's articles

QRectF lonLatOf(const QRectF &world)
{
    return QRectF(
        QPointF(mercator::longitudeOf(world.topLeft()), mercator::latitudeOf(world.bottomRight())),
        QPointF(mercator::longitudeOf(world.bottomRight()), mercator::latitudeOf(world.topLeft())));
}

QDateEdit *dateEdit(const QString &objectName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

OpenFromDatabaseDialog::OpenFromDatabaseDialog(const QRectF &visibleWorld, QWidget *parent)
    : DatabaseDialog(tr("Open from Database"), tr("&Open"), parent), m_view(lonLatOf(visibleWorld)),
      m_author(new QLineEdit(this)), m_datesOnly(new QCheckBox(tr("Only articles &dated"), this)),
      m_from(dateEdit(QStringLiteral("teamFrom"), QDate::currentDate().addMonths(-kDefaultMonths),
                      this)),
      m_to(dateEdit(QStringLiteral("teamTo"), QDate::currentDate(), this)),
      m_viewOnly(new QCheckBox(tr("Only what lies in the map's &view (%1, %2 to %3, %4)")
                                   .arg(m_view.left(), 0, 'f', 2)
                                   .arg(m_view.top(), 0, 'f', 2)
                                   .arg(m_view.right(), 0, 'f', 2)
                                   .arg(m_view.bottom(), 0, 'f', 2),
                               this))
{
    m_author->setObjectName(QStringLiteral("teamAuthor"));
    m_author->setPlaceholderText(tr("everyone"));
    m_datesOnly->setObjectName(QStringLiteral("teamDatesOnly"));
    m_viewOnly->setObjectName(QStringLiteral("teamViewOnly"));
    auto *days = new QHBoxLayout;
    days->addWidget(m_datesOnly);
    days->addWidget(m_from);
    days->addWidget(m_to);
    form()->addRow(tr("&Author:"), m_author);
    form()->addRow(tr("Days:"), days);
    form()->addRow(QString(), m_viewOnly);
}

TeamFilter OpenFromDatabaseDialog::filter() const
{
    TeamFilter filter;
    filter.author = m_author->text().trimmed();
    if (m_datesOnly->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    if (m_viewOnly->isChecked())
        filter.region = m_view;
    return filter;
}

void OpenFromDatabaseDialog::start()
{
    const QString connection = rememberConnection();
    const TeamFilter chosen = filter();
    auto layers = std::make_shared<std::vector<MapLayer>>();
    runInBackground(
        [connection, chosen, layers](const Progress &) {
            QString error;
            *layers = readTeamLayers(connection, chosen, &error);
            return layers->empty() ? error : QString();
        },
        [this, layers] {
            Q_EMIT layersRead(*layers);
            accept();
        });
}

} // namespace frontline
