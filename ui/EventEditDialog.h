#pragma once

#include "document/EventCorrection.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace frontline {

class FactionCatalog;

// Edits what the analyst may correct of an event: type, ACLED subtype, actors (as written, and
// their factions), days, fatalities and status. What is left untouched keeps the reading's
// words.
class EventEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `prominentFactions` (those of the document) are listed first.
    EventEditDialog(const Event &event, const FactionCatalog &catalog,
                    const QStringList &prominentFactions, QWidget *parent = nullptr);

    EventCorrection correction() const;

    QComboBox *typeBox() const { return m_type; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *fatalitiesEdit() const { return m_fatalities; }

private:
    QWidget *makeActorsField(const FactionCatalog &catalog, const QStringList &prominent);
    QWidget *makeTimeField();
    void offerSubtypesOf(int typeIndex);
    TimeSpan editedTime() const;

    EventCorrection m_original;
    QComboBox *m_type = nullptr;
    QComboBox *m_subtype = nullptr;
    QLineEdit *m_actorNames = nullptr;
    QListWidget *m_factions = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_fatalities = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace frontline
