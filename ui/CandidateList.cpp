#include "CandidateList.h"

#include "geo/Geodesy.h"
#include "geo/WebMercator.h"

#include <QEvent>
#include <QHeaderView>

namespace frontline {
namespace {

enum Column
{
    Reading,
    Where,
    Score,
    Distance,
    ColumnCount
};

QString whereIs(const PlaceCandidate &candidate)
{
    QStringList parts;
    if (!candidate.admin1.isEmpty())
        parts << candidate.admin1;
    parts << candidate.countryCode;
    return parts.join(QStringLiteral(", "));
}

} // namespace

CandidateList::CandidateList(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Reading"), tr("Where"), tr("Score"), tr("From this")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setMouseTracking(true); // itemEntered, for the preview
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setToolTip(tr("The gazetteer's readings of the name, best first. Rest the pointer on one to "
                  "see it on the map; double-click it, or select it and Use This One."));
    connect(this, &QTreeWidget::itemEntered, this, &CandidateList::preview);
    connect(this, &QAbstractItemView::viewportEntered, this,
            [this] { Q_EMIT previewRequested(std::nullopt); });
}

void CandidateList::showCandidates(const Place &place)
{
    clear();
    m_candidates = place.candidates;
    m_inUse = place.id;
    for (const PlaceCandidate &candidate : m_candidates) {
        auto *item = new QTreeWidgetItem(this);
        const bool inUse = candidate.id == place.id;
        item->setText(Reading, inUse ? tr("%1 (in use)").arg(candidate.name) : candidate.name);
        item->setText(Where, whereIs(candidate));
        item->setText(Score, QString::number(candidate.score, 'f', 1));
        const geodesy::Measurement away =
            geodesy::measure(QGeoCoordinate(place.latitude, place.longitude),
                             QGeoCoordinate(candidate.latitude, candidate.longitude));
        item->setText(Distance, inUse || !place.hasCoordinates()
                                    ? QString()
                                    : geodesy::formatDistance(away.metres));
        QFont font = item->font(Reading);
        font.setBold(inUse);
        item->setFont(Reading, font);
    }
}

std::optional<PlaceCandidate> CandidateList::chosenCandidate() const
{
    const int row = currentItem() ? indexOfTopLevelItem(currentItem()) : -1;
    if (row < 0 || row >= int(m_candidates.size()) || m_candidates[row].id == m_inUse)
        return std::nullopt;
    return m_candidates[row];
}

int CandidateList::rowOf(const QString &candidateId) const
{
    for (int row = 0; row < int(m_candidates.size()); ++row)
        if (m_candidates[row].id == candidateId)
            return row;
    return -1;
}

void CandidateList::preview(QTreeWidgetItem *item)
{
    const int row = indexOfTopLevelItem(item);
    if (row < 0 || row >= int(m_candidates.size()))
        return;
    const PlaceCandidate &candidate = m_candidates[row];
    Q_EMIT previewRequested(
        MapPreview{mercator::toWorld(candidate.latitude, candidate.longitude),
                   QStringLiteral("%1, %2").arg(candidate.name, whereIs(candidate))});
}

// The pointer left the list: the preview goes with it.
bool CandidateList::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        Q_EMIT previewRequested(std::nullopt);
    return QTreeWidget::viewportEvent(event);
}

} // namespace frontline
