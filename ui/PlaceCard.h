#pragma once

#include "document/Document.h"

#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;

namespace frontline {

class CandidateList;
class MapView;
class NamedInList;
class Selection;

// The selected place, all the analyst needs to judge it: the name as written and as the
// gazetteer has it, kind, country, province, coordinates (decimal, DMS, MGRS), population,
// confidence and whose record it is; the gazetteer's ranked readings of the name (previewed on
// the map under the pointer); and the sentences that name it. Its edits are undoable commands:
// Use This One, Place It Here (a click on the map, or a point typed in) and Not a Place.
class PlaceCard : public QWidget
{
    Q_OBJECT
public:
    PlaceCard(Document &document, Selection &selection, MapView &mapView,
              QWidget *parent = nullptr);

    CandidateList *candidates() const { return m_candidates; }
    NamedInList *namedIn() const { return m_namedIn; }
    QString message() const; // the hint or refusal shown under the buttons

Q_SIGNALS:
    // The analyst set the place's point (MainWindow::movePlace checks and stores it).
    void placeRequested(const QString &placeId, double latitude, double longitude);

private:
    void buildLayout();
    QWidget *buildButtons();
    void selectionChanged();
    void reload();
    void showFacts(int place);
    void updateButtons();
    int selectedPlace() const;
    NameInArticle nameInArticle() const;
    void useCandidate();
    void placeOnMap();
    void pointPicked(double latitude, double longitude);
    void setTypedPoint();
    void dismiss();
    void followMovedName(const QString &fromPlaceId, const QString &toPlaceId);
    void showMessage(const QString &text, bool refusal);

    Document &m_document;
    Selection &m_selection;
    MapView &m_mapView;
    QLabel *m_empty = nullptr;   // shown while nothing is selected
    QWidget *m_scroll = nullptr; // the body, shown while a place is
    QWidget *m_body = nullptr;
    std::vector<QLabel *> m_factValues; // in the order of the facts
    CandidateList *m_candidates = nullptr;
    NamedInList *m_namedIn = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_placeHere = nullptr;
    QPushButton *m_notAPlace = nullptr;
    QLineEdit *m_point = nullptr;
    QLabel *m_message = nullptr;
    QString m_placing;    // the place whose point the next map click is
    QString m_shownPlace; // the place the lists show, up to date unless the document changed
    bool m_stale = true;
};

} // namespace frontline
