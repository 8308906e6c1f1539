#include "EventEditDialog.h"

#include "document/CasualtyWords.h"
#include "events/AcledSubtypes.h"
#include "events/FactionCatalog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>

namespace frontline {
namespace {

constexpr int kTypeCount = int(EventType::Other) + 1;
constexpr int kStatusCount = int(EventStatus::Denied) + 1;
constexpr int kFactionListHeight = 120;
// The date editors' lowest date stands for "no day known": QDateEdit shows it as words.
const QDate kUnknownDay(1900, 1, 1);

QDateEdit *dayEditor(const QDate &day, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kUnknownDay);
    edit->setSpecialValueText(QObject::tr("unknown"));
    edit->setDate(day.isValid() ? day : kUnknownDay);
    return edit;
}

QDate dayOf(const QDateEdit *edit)
{
    return edit->date() == kUnknownDay ? QDate() : edit->date();
}

} // namespace

EventEditDialog::EventEditDialog(const Event &event, const FactionCatalog &catalog,
                                 const QStringList &prominentFactions, QWidget *parent)
    : QDialog(parent), m_original(correctionOf(event))
{
    setWindowTitle(tr("Edit Event"));
    m_type = new QComboBox(this);
    for (int t = 0; t < kTypeCount; ++t)
        m_type->addItem(eventTypeTitle(EventType(t)));
    m_type->setCurrentIndex(int(event.type));
    m_subtype = new QComboBox(this);
    m_subtype->setEditable(true);
    offerSubtypesOf(int(event.type));
    m_subtype->setCurrentText(event.subtype);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventEditDialog::offerSubtypesOf);
    m_fatalities = new QLineEdit(event.fatalities.text, this);
    m_fatalities->setPlaceholderText(
        tr("none given (\"12\", \"at least 12\", \"5-8\", \"dozens\")"));
    m_status = new QComboBox(this);
    for (int s = 0; s < kStatusCount; ++s)
        m_status->addItem(eventStatusName(EventStatus(s)));
    m_status->setCurrentIndex(int(event.status));

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Subtype:"), m_subtype);
    form->addRow(tr("&Actors:"), makeActorsField(catalog, prominentFactions));
    form->addRow(tr("&Days:"), makeTimeField());
    form->addRow(tr("&Fatalities:"), m_fatalities);
    form->addRow(tr("St&atus:"), m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

// The names as the text writes them, and the factions they stand for (checked).
QWidget *EventEditDialog::makeActorsField(const FactionCatalog &catalog,
                                          const QStringList &prominent)
{
    auto *field = new QWidget(this);
    auto *layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    m_actorNames = new QLineEdit(m_original.actorNames.join(QStringLiteral(", ")), field);
    m_actorNames->setPlaceholderText(tr("as written, comma-separated"));
    m_factions = new QListWidget(field);
    m_factions->setFixedHeight(kFactionListHeight);
    QSet<QString> listed;
    const auto addFaction = [&](const Faction &faction) {
        if (listed.contains(faction.id))
            return;
        listed.insert(faction.id);
        auto *item = new QListWidgetItem(faction.name, m_factions);
        item->setData(Qt::UserRole, faction.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_original.actors.contains(faction.id) ? Qt::Checked : Qt::Unchecked);
    };
    // The event's own first, then the document's, then the rest of the catalogue.
    for (const QString &id : m_original.actors + prominent)
        if (const Faction *faction = catalog.find(id))
            addFaction(*faction);
    for (const Faction &faction : catalog.factions())
        addFaction(faction);
    layout->addWidget(m_actorNames);
    layout->addWidget(m_factions);
    return field;
}

QWidget *EventEditDialog::makeTimeField()
{
    auto *field = new QWidget(this);
    auto *layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    const TimeSpan &time = m_original.time;
    m_from = dayEditor(time.start, field);
    m_to = dayEditor(time.end.isValid() ? time.end : time.start, field);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), field));
    layout->addWidget(m_to);
    if (!time.text.isEmpty())
        layout->addWidget(new QLabel(tr("(\u201c%1\u201d)").arg(time.text), field));
    layout->addStretch();
    return field;
}

// ACLED's sub-event types for the type; the analyst may type another.
void EventEditDialog::offerSubtypesOf(int typeIndex)
{
    const QString current = m_subtype->currentText();
    const QStringList offered = acledSubtypesOf(EventType(typeIndex));
    m_subtype->clear();
    m_subtype->addItem(QString());
    m_subtype->addItems(offered);
    m_subtype->setCurrentText(offered.contains(current) || offered.isEmpty() ? current
                                                                             : offered.front());
}

TimeSpan EventEditDialog::editedTime() const
{
    const TimeSpan &original = m_original.time;
    const QDate from = dayOf(m_from), to = dayOf(m_to);
    const QDate originalLast = original.end.isValid() ? original.end : original.start;
    if (from == original.start && to == originalLast)
        return original; // untouched: the reading's words stay
    TimeSpan time;       // the analyst's days, from no words of the text
    time.start = from.isValid() ? from : to;
    time.end = to.isValid() && to > time.start ? to : QDate();
    return time;
}

EventCorrection EventEditDialog::correction() const
{
    EventCorrection corrected = m_original;
    corrected.type = EventType(m_type->currentIndex());
    corrected.subtype = m_subtype->currentText().trimmed();
    corrected.actorNames.clear();
    for (const QString &name : m_actorNames->text().split(QLatin1Char(',')))
        if (!name.trimmed().isEmpty())
            corrected.actorNames << name.trimmed();
    corrected.actors.clear();
    for (int i = 0; i < m_factions->count(); ++i)
        if (m_factions->item(i)->checkState() == Qt::Checked)
            corrected.actors << m_factions->item(i)->data(Qt::UserRole).toString();
    corrected.time = editedTime();
    if (m_fatalities->text().simplified() != m_original.fatalities.text)
        corrected.fatalities = casualtiesFromWords(m_fatalities->text());
    corrected.status = EventStatus(m_status->currentIndex());
    return corrected;
}

} // namespace frontline
