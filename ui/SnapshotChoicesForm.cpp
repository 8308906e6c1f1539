#include "SnapshotChoicesForm.h"

#include "document/Coarsening.h"
#include "map/SnapshotPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

namespace frontline {
namespace {

const QString kFolderKey = QStringLiteral("export/folder");
const QString kFormatKey = QStringLiteral("export/format");
const QString kPresetKey = QStringLiteral("export/preset");
const QString kHiddenLayersKey = QStringLiteral("export/hiddenLayers");
const QString kCiteKey = QStringLiteral("export/cite");
const QString kCoarsenKey = QStringLiteral("export/coarsenKm");

struct Format
{
    const char *suffix;
    const char *label;
};
constexpr Format kFormats[] = {{"png", "PNG image"},
                               {"jpg", "JPEG image"},
                               {"svg", "SVG (vector, text as text)"},
                               {"pdf", "PDF (vector, text as text)"}};

QString presetLabel(const SnapshotPreset &preset)
{
    return QStringLiteral("%1 (%2 x %3 px, %4 dpi)")
        .arg(preset.label)
        .arg(preset.size.width())
        .arg(preset.size.height())
        .arg(preset.dpi);
}

QString defaultFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(pictures).exists() ? pictures : QDir::homePath();
}

} // namespace

SnapshotChoicesForm::SnapshotChoicesForm(const LayerStack &layers, const QString &title,
                                         const QDate &asOf, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), makePathField());
    makeFormatAndPresetBoxes();
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Size:"), m_preset);
    m_title = new QLineEdit(title, this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&As of:"), makeDateField(asOf));
    makeLayerList(layers);
    form->addRow(tr("&Layers:"), m_layers);
    m_cite = new QCheckBox(tr("&Cite sentences (numbers on the map, notes below)"), this);
    form->addRow(QString(), m_cite);
    makeCoarsenBox();
    form->addRow(tr("Coa&rsen coordinates:"), m_coarsen);
    restoreRemembered();
    connectChanges();
}

QWidget *SnapshotChoicesForm::makePathField()
{
    auto *field = new QWidget(this);
    auto *row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(field);
    m_path->setObjectName(QStringLiteral("snapshotPath"));
    auto *browse = new QToolButton(field);
    browse->setText(tr("Browse..."));
    connect(browse, &QToolButton::clicked, this, &SnapshotChoicesForm::browse);
    row->addWidget(m_path);
    row->addWidget(browse);
    return field;
}

// The date under the title, ticked when the article has one; unticked, the snapshot says none.
QWidget *SnapshotChoicesForm::makeDateField(const QDate &asOf)
{
    auto *field = new QWidget(this);
    auto *row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    m_dated = new QCheckBox(field);
    m_dated->setChecked(asOf.isValid());
    m_asOf = new QDateEdit(asOf.isValid() ? asOf : QDate::currentDate(), field);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setEnabled(asOf.isValid());
    connect(m_dated, &QCheckBox::toggled, m_asOf, &QDateEdit::setEnabled);
    row->addWidget(m_dated);
    row->addWidget(m_asOf, 1);
    return field;
}

void SnapshotChoicesForm::makeFormatAndPresetBoxes()
{
    m_format = new QComboBox(this);
    for (const Format &format : kFormats)
        m_format->addItem(tr(format.label), QString::fromLatin1(format.suffix));
    m_preset = new QComboBox(this);
    for (const QString &name : snapshotPresetNames())
        m_preset->addItem(presetLabel(*snapshotPreset(name)), name);
}

void SnapshotChoicesForm::makeLayerList(const LayerStack &layers)
{
    m_layers = new QListWidget(this);
    // Top of the map first, as the Layers dock lists them.
    for (auto layer = layers.layers().rbegin(); layer != layers.layers().rend(); ++layer) {
        auto *item = new QListWidgetItem(layer->name, m_layers);
        item->setData(Qt::UserRole, layer->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(layer->visible ? Qt::Checked : Qt::Unchecked);
    }
    // As tall as its rows: the form keeps its other fields together.
    m_layers->setMaximumHeight(m_layers->sizeHintForRow(0) * m_layers->count() +
                               2 * m_layers->frameWidth());
}

void SnapshotChoicesForm::makeCoarsenBox()
{
    m_coarsen = new QComboBox(this);
    m_coarsen->addItem(tr("Off: as read"), 0);
    for (int km : kCoarseGridsKm)
        m_coarsen->addItem(tr("%1 km grid").arg(km), km);
}

void SnapshotChoicesForm::restoreRemembered()
{
    const QSettings settings;
    m_path->setText(QDir(settings.value(kFolderKey, defaultFolder()).toString())
                        .filePath(QStringLiteral("map.png")));
    const auto select = [](QComboBox *box, const QVariant &data) {
        if (const int index = box->findData(data); index >= 0)
            box->setCurrentIndex(index);
    };
    select(m_format, settings.value(kFormatKey));
    formatChosen();
    select(m_preset, settings.value(kPresetKey));
    select(m_coarsen, settings.value(kCoarsenKey));
    m_cite->setChecked(settings.value(kCiteKey, false).toBool());
    const QStringList hidden = settings.value(kHiddenLayersKey).toStringList();
    for (int row = 0; row < m_layers->count(); ++row) {
        QListWidgetItem *item = m_layers->item(row);
        if (hidden.contains(item->data(Qt::UserRole).toString()))
            item->setCheckState(Qt::Unchecked);
    }
}

void SnapshotChoicesForm::connectChanges()
{
    connect(m_format, &QComboBox::currentIndexChanged, this, &SnapshotChoicesForm::formatChosen);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &SnapshotChoicesForm::changed);
    connect(m_title, &QLineEdit::textChanged, this, &SnapshotChoicesForm::changed);
    connect(m_asOf, &QDateEdit::dateChanged, this, &SnapshotChoicesForm::changed);
    connect(m_dated, &QCheckBox::toggled, this, &SnapshotChoicesForm::changed);
    connect(m_layers, &QListWidget::itemChanged, this, &SnapshotChoicesForm::changed);
    connect(m_cite, &QCheckBox::toggled, this, &SnapshotChoicesForm::changed);
    connect(m_coarsen, &QComboBox::currentIndexChanged, this, &SnapshotChoicesForm::changed);
}

SnapshotChoices SnapshotChoicesForm::choices() const
{
    SnapshotChoices choices;
    const std::optional<SnapshotPreset> preset = snapshotPreset(m_preset->currentData().toString());
    choices.size = preset->size;
    choices.dpi = preset->dpi;
    choices.title = m_title->text().trimmed();
    choices.asOf = m_dated->isChecked() ? m_asOf->date() : QDate();
    for (int row = 0; row < m_layers->count(); ++row)
        if (m_layers->item(row)->checkState() != Qt::Checked)
            choices.hiddenLayers << m_layers->item(row)->data(Qt::UserRole).toString();
    choices.cite = m_cite->isChecked();
    choices.coarseGridKm = m_coarsen->currentData().toInt();
    return choices;
}

QString SnapshotChoicesForm::path() const
{
    const QFileInfo file(m_path->text().trimmed());
    if (file.fileName().isEmpty())
        return {};
    return file.dir().filePath(file.completeBaseName() + QLatin1Char('.') +
                               m_format->currentData().toString());
}

void SnapshotChoicesForm::remember() const
{
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(path()).absolutePath());
    settings.setValue(kFormatKey, m_format->currentData());
    settings.setValue(kPresetKey, m_preset->currentData());
    settings.setValue(kHiddenLayersKey, choices().hiddenLayers);
    settings.setValue(kCiteKey, m_cite->isChecked());
    settings.setValue(kCoarsenKey, m_coarsen->currentData());
}

void SnapshotChoicesForm::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Snapshot"), path(), tr("Images (*.png *.jpg);;SVG (*.svg);;PDF (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    const int format = m_format->findData(QFileInfo(chosen).suffix().toLower());
    if (format >= 0)
        m_format->setCurrentIndex(format);
}

// The file's extension follows the format.
void SnapshotChoicesForm::formatChosen()
{
    m_path->setText(path());
}

} // namespace frontline
