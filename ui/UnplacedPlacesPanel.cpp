#include "UnplacedPlacesPanel.h"

#include "document/Selection.h"

namespace frontline {

UnplacedPlacesPanel::UnplacedPlacesPanel(Document &document, Selection &selection, QWidget *parent)
    : QListWidget(parent), m_document(document), m_selection(selection)
{
    setToolTip(tr("Places the text names that no gazetteer lists. Select one, then right-click "
                  "the map where it lies: Place \u2026 Here."));
    connect(&document, &Document::changed, this, &UnplacedPlacesPanel::reload);
    connect(&selection, &Selection::changed, this, &UnplacedPlacesPanel::followSelection);
    connect(this, &QListWidget::itemClicked, this, &UnplacedPlacesPanel::select);
    reload();
}

void UnplacedPlacesPanel::reload()
{
    clear();
    const auto &places = m_document.geoparse().places;
    for (int i = 0; i < int(places.size()); ++i) {
        if (places[i].hasCoordinates() || m_document.mentionsOfPlace(i).empty())
            continue; // placed, or no longer named (Not a Place)
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(places[i].name, placeKindName(places[i].kind)), this);
        item->setData(Qt::UserRole, places[i].id);
    }
    followSelection();
}

void UnplacedPlacesPanel::followSelection()
{
    for (int row = 0; row < count(); ++row)
        item(row)->setSelected(item(row)->data(Qt::UserRole).toString() == m_selection.placeId());
}

void UnplacedPlacesPanel::select(QListWidgetItem *item)
{
    const QString id = item->data(Qt::UserRole).toString();
    const int place = m_document.geoparse().findPlace(id);
    if (place < 0)
        return;
    const std::vector<int> mentions = m_document.mentionsOfPlace(place);
    m_selection.selectPlace(id, mentions.empty() ? SentenceRef{}
                                                 : m_document.sentenceOfMention(mentions.front()));
}

} // namespace frontline
