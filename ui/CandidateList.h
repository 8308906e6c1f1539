#pragma once

#include "geoparse/GeoparseResult.h"
#include "map/MapFrame.h"

#include <QTreeWidget>
#include <optional>
#include <vector>

namespace frontline {

// The gazetteer's readings of a place's name, ranked as the resolver scored them, the one in
// use marked; resting the pointer on one asks for it to be previewed on the map.
class CandidateList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CandidateList(QWidget *parent = nullptr);

    void showCandidates(const Place &place);
    // The row selected, unless it is the reading in use; none otherwise.
    std::optional<PlaceCandidate> chosenCandidate() const;
    // The row of the candidate with this id (for tests and tooltips), or -1.
    int rowOf(const QString &candidateId) const;

Q_SIGNALS:
    void previewRequested(const std::optional<MapPreview> &preview); // none: take it away

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void preview(QTreeWidgetItem *item);

    std::vector<PlaceCandidate> m_candidates; // by row
    QString m_inUse;                          // the id of the reading in use
};

} // namespace frontline
