#pragma once

#include "map/SnapshotComposition.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace frontline {

// What the analyst chooses for a snapshot: the file and its format, size and resolution (the
// presets of SnapshotPresets.h), title, as-of date, the layers shown, whether to cite the
// sentences and how coarse the coordinates are. The file's folder, the format, the preset, the
// layers left out, citing and coarsening are remembered between sessions; the title and date
// come from the article each time.
class SnapshotChoicesForm : public QWidget
{
    Q_OBJECT
public:
    SnapshotChoicesForm(const LayerStack &layers, const QString &title, const QDate &asOf,
                        QWidget *parent = nullptr);

    // The picture asked for (the file's name and format do not change it).
    SnapshotChoices choices() const;
    // The file to write, with the format's extension.
    QString path() const;
    // Keeps the choices for next time.
    void remember() const;

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *layerList() const { return m_layers; }
    QCheckBox *citeBox() const { return m_cite; }
    QComboBox *coarsenBox() const { return m_coarsen; }

Q_SIGNALS:
    void changed(); // a choice the picture depends on

private:
    QWidget *makePathField();
    QWidget *makeDateField(const QDate &asOf);
    void makeFormatAndPresetBoxes();
    void makeLayerList(const LayerStack &layers);
    void makeCoarsenBox();
    void restoreRemembered();
    void connectChanges();
    void browse();
    void formatChosen();

    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_asOf = nullptr;
    QListWidget *m_layers = nullptr;
    QCheckBox *m_cite = nullptr;
    QComboBox *m_coarsen = nullptr;
};

} // namespace frontline
