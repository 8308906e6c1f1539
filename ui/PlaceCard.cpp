#include "PlaceCard.h"

#include "CandidateList.h"
#include "MapView.h"
#include "NamedInList.h"
#include "document/ChoosePlaceCommand.h"
#include "document/NotAPlaceCommand.h"
#include "document/PlaceFacts.h"
#include "document/Selection.h"
#include "geo/Coordinates.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace frontline {
namespace {

// The facts in a grid of two pairs of columns (label, value); the long values take a row.
struct FactRow
{
    const char *label;
    QString PlaceFacts::*field;
    const char *objectName; // for tests
    int row, column;        // column 0 or 1 of the two pairs
    bool wide;              // its value spans the row
};
const FactRow kFactRows[] = {
    {QT_TRANSLATE_NOOP("PlaceCard", "As written"), &PlaceFacts::asWritten, "factAsWritten", 0, 0,
     false},
    {QT_TRANSLATE_NOOP("PlaceCard", "Gazetteer"), &PlaceFacts::gazetteerName, "factGazetteer", 0, 1,
     false},
    {QT_TRANSLATE_NOOP("PlaceCard", "Kind"), &PlaceFacts::kind, "factKind", 1, 0, false},
    {QT_TRANSLATE_NOOP("PlaceCard", "Population"), &PlaceFacts::population, "factPopulation", 1, 1,
     false},
    {QT_TRANSLATE_NOOP("PlaceCard", "Country"), &PlaceFacts::country, "factCountry", 2, 0, false},
    {QT_TRANSLATE_NOOP("PlaceCard", "Province"), &PlaceFacts::admin1, "factProvince", 2, 1, false},
    {QT_TRANSLATE_NOOP("PlaceCard", "Decimal"), &PlaceFacts::decimal, "factDecimal", 3, 0, true},
    {QT_TRANSLATE_NOOP("PlaceCard", "DMS"), &PlaceFacts::dms, "factDms", 4, 0, true},
    {QT_TRANSLATE_NOOP("PlaceCard", "MGRS"), &PlaceFacts::mgrs, "factMgrs", 5, 0, true},
    {QT_TRANSLATE_NOOP("PlaceCard", "Confidence"), &PlaceFacts::confidence, "factConfidence", 6, 0,
     false},
    {QT_TRANSLATE_NOOP("PlaceCard", "Origin"), &PlaceFacts::origin, "factOrigin", 6, 1, false},
};

const QColor kRefusalInk(0xb0, 0x00, 0x20);
constexpr int kEmptyMargin = 8;
constexpr int kBodyMinimumHeight = 440;       // the facts, a few readings and sentences
constexpr int kListMinimumHeight = 90;        // four rows or so
constexpr int kCandidatesMaximumHeight = 130; // the header and the resolver's five readings

} // namespace

PlaceCard::PlaceCard(Document &document, Selection &selection, MapView &mapView, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_mapView(mapView)
{
    buildLayout();
    connect(&selection, &Selection::changed, this, &PlaceCard::selectionChanged);
    connect(&document, &Document::changed, this, [this] {
        m_stale = true;
        reload();
    });
    connect(&document, &Document::nameMoved, this, &PlaceCard::followMovedName);
    connect(&mapView, &MapView::pointPicked, this, &PlaceCard::pointPicked);
    connect(&mapView, &MapView::pickCancelled, this, [this] {
        m_placing.clear();
        showMessage(QString(), false);
    });
    connect(m_candidates, &CandidateList::previewRequested, &mapView, &MapView::setPreview);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &PlaceCard::updateButtons);
    connect(m_candidates, &QTreeWidget::itemDoubleClicked, this, &PlaceCard::useCandidate);
    reload();
}

void PlaceCard::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Select a place on the map, in the text or in To Place."), this);
    m_empty->setWordWrap(true);
    m_empty->setMargin(kEmptyMargin);
    layout->addWidget(m_empty);
    // A short dock scrolls the card rather than squeezing its lists to nothing.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(scroll);
    m_body->setMinimumHeight(kBodyMinimumHeight);
    scroll->setWidget(m_body);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *facts = new QGridLayout;
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);
    for (const FactRow &row : kFactRows) {
        auto *label = new QLabel(tr(row.label), m_body);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(m_body);
        value->setObjectName(QString::fromLatin1(row.objectName));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy a coordinate
        value->setWordWrap(!row.wide); // "the analyst's (placed ...)" in half a row
        facts->addWidget(label, row.row, 2 * row.column);
        facts->addWidget(value, row.row, 2 * row.column + 1, 1, row.wide ? 3 : 1);
        m_factValues.push_back(value);
    }
    body->addLayout(facts);
    body->addWidget(new QLabel(tr("Readings of the name:"), m_body));
    m_candidates = new CandidateList(m_body);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setMinimumHeight(kListMinimumHeight);
    m_candidates->setMaximumHeight(kCandidatesMaximumHeight);
    body->addWidget(m_candidates);
    body->addWidget(buildButtons());
    m_message = new QLabel(m_body);
    m_message->setObjectName(QStringLiteral("placeCardMessage"));
    m_message->setWordWrap(true);
    body->addWidget(m_message);
    body->addWidget(new QLabel(tr("Named in:"), m_body));
    m_namedIn = new NamedInList(m_document, m_selection, m_body);
    m_namedIn->setObjectName(QStringLiteral("namedIn"));
    m_namedIn->setMinimumHeight(kListMinimumHeight);
    body->addWidget(m_namedIn, 1);
    layout->addWidget(scroll, 1);
    m_scroll = scroll;
}

QWidget *PlaceCard::buildButtons()
{
    auto *buttons = new QWidget(m_body);
    auto *grid = new QVBoxLayout(buttons);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_use = new QPushButton(tr("&Use This One"), buttons);
    m_use->setToolTip(
        tr("Every mention of the name in this article reads as the selected reading"));
    m_placeHere = new QPushButton(tr("Place It He&re"), buttons);
    m_placeHere->setToolTip(tr("Then click the map where the place lies (Esc gives up)"));
    m_notAPlace = new QPushButton(tr("&Not a Place"), buttons);
    m_notAPlace->setToolTip(tr("The name's mentions in this article are no place: they go"));
    m_use->setObjectName(QStringLiteral("useThisOne"));
    m_placeHere->setObjectName(QStringLiteral("placeItHere"));
    m_notAPlace->setObjectName(QStringLiteral("notAPlace"));
    for (QPushButton *button : {m_use, m_placeHere, m_notAPlace})
        row->addWidget(button);
    grid->addLayout(row);
    m_point = new QLineEdit(buttons);
    m_point->setObjectName(QStringLiteral("placePoint"));
    m_point->setPlaceholderText(tr("Or type a point: 34.45, 40.92 or 37SGU 93280 14310, Enter"));
    grid->addWidget(m_point);
    connect(m_use, &QPushButton::clicked, this, &PlaceCard::useCandidate);
    connect(m_placeHere, &QPushButton::clicked, this, &PlaceCard::placeOnMap);
    connect(m_notAPlace, &QPushButton::clicked, this, &PlaceCard::dismiss);
    connect(m_point, &QLineEdit::returnPressed, this, &PlaceCard::setTypedPoint);
    return buttons;
}

int PlaceCard::selectedPlace() const
{
    return m_document.geoparse().findPlace(m_selection.placeId());
}

// The same place with another sentence: the facts follow (the name as written there); the
// lists stay as they are, so a click in one is not lost under it.
void PlaceCard::selectionChanged()
{
    if (m_selection.placeId() != m_shownPlace)
        m_stale = true;
    reload();
}

void PlaceCard::reload()
{
    const int place = selectedPlace();
    m_empty->setVisible(place < 0);
    m_scroll->setVisible(place >= 0);
    if (place < 0) {
        m_shownPlace.clear();
        m_mapView.setPreview(std::nullopt);
        return;
    }
    showFacts(place);
    if (m_stale) {
        if (m_placing.isEmpty())
            showMessage(QString(), false);
        m_candidates->showCandidates(m_document.geoparse().places[place]);
        m_namedIn->showSentencesNaming(place);
        m_shownPlace = m_selection.placeId();
        m_stale = false;
    }
    updateButtons();
}

void PlaceCard::showFacts(int place)
{
    const PlaceFacts facts = placeFacts(m_document, place, m_selection.sentence());
    for (std::size_t row = 0; row < std::size(kFactRows); ++row)
        m_factValues[row]->setText(facts.*kFactRows[row].field);
}

void PlaceCard::updateButtons()
{
    const int place = selectedPlace();
    const bool named = place >= 0 && !m_document.mentionsOfPlace(place).empty();
    m_use->setEnabled(named && m_candidates->chosenCandidate().has_value());
    m_notAPlace->setEnabled(named);
    m_placeHere->setEnabled(place >= 0);
    m_point->setEnabled(place >= 0);
    if (place >= 0 && !named)
        showMessage(tr("No open article names it now (Edit > Undo brings its mentions back)."),
                    false);
}

NameInArticle PlaceCard::nameInArticle() const
{
    const int article = articleOfPlace(m_document, selectedPlace(), m_selection.sentence());
    return {article < 0 ? QString() : m_document.articles()[article].id, m_selection.placeId()};
}

void PlaceCard::useCandidate()
{
    const std::optional<PlaceCandidate> candidate = m_candidates->chosenCandidate();
    if (!candidate || selectedPlace() < 0)
        return;
    m_mapView.setPreview(std::nullopt);
    m_document.undoStack()->push(new ChoosePlaceCommand(m_document, nameInArticle(), *candidate));
}

void PlaceCard::dismiss()
{
    const int place = selectedPlace();
    if (place < 0)
        return;
    const QString name = placeFacts(m_document, place, m_selection.sentence()).asWritten;
    m_document.undoStack()->push(new NotAPlaceCommand(m_document, nameInArticle(), name));
}

void PlaceCard::placeOnMap()
{
    m_placing = m_selection.placeId();
    const QString name = placeFacts(m_document, selectedPlace(), m_selection.sentence()).asWritten;
    showMessage(tr("Click the map where %1 lies (Esc gives up).").arg(name), false);
    m_mapView.pickPoint();
    m_mapView.setFocus(); // Esc reaches the map
}

void PlaceCard::pointPicked(double latitude, double longitude)
{
    const QString placeId = std::exchange(m_placing, QString());
    if (placeId.isEmpty())
        return; // the map was asked for a point by someone else
    showMessage(QString(), false);
    Q_EMIT placeRequested(placeId, latitude, longitude);
}

// A point typed or pasted: refused here, with the reason, unless it is on the globe.
void PlaceCard::setTypedPoint()
{
    QString problem;
    const std::optional<LatitudeLongitude> point = parseCoordinates(m_point->text(), &problem);
    if (point)
        problem = offTheGlobe(point->latitude, point->longitude);
    if (!problem.isEmpty()) {
        showMessage(tr("Not placed: %1.").arg(problem), true);
        return;
    }
    showMessage(QString(), false);
    m_point->clear();
    Q_EMIT placeRequested(m_selection.placeId(), point->latitude, point->longitude);
}

// A name now reads as another place: the card, and the map's highlight, go with it.
void PlaceCard::followMovedName(const QString &fromPlaceId, const QString &toPlaceId)
{
    if (m_selection.placeId() == fromPlaceId)
        m_selection.selectPlace(toPlaceId, m_selection.sentence());
}

void PlaceCard::showMessage(const QString &text, bool refusal)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     refusal ? kRefusalInk : QWidget::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
}

QString PlaceCard::message() const
{
    return m_message->text();
}

} // namespace frontline
