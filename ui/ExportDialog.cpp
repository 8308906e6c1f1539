#include "ExportDialog.h"

#include "SnapshotChoicesForm.h"
#include "files/SafeWrite.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontline {
namespace {

constexpr int kPreviewDelayMs = 250; // typing a title draws once, not once a letter
constexpr QSize kPreviewMinimum{560, 360};
constexpr QSize kFirstSize{1240, 680}; // room for a preview a third of a 1600 x 1000 picture

} // namespace

ExportDialog::ExportDialog(SnapshotScene scene, const Basemap &basemap, const QString &title,
                           const QDate &asOf, QWidget *parent)
    : QDialog(parent), m_scene(std::make_shared<const SnapshotScene>(std::move(scene))),
      m_basemap(basemap)
{
    setWindowTitle(tr("Export Snapshot"));
    resize(kFirstSize);
    m_form = new SnapshotChoicesForm(m_scene->layers, title, asOf, this);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("snapshotPreview"));
    m_previewLabel->setMinimumSize(kPreviewMinimum);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    auto *columns = new QHBoxLayout;
    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(m_form);
    formColumn->addStretch(1); // the fields stay together at the top
    columns->addLayout(formColumn);
    columns->addWidget(m_previewLabel, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(makeProgressRow());
    layout->addWidget(buttons);
    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(kPreviewDelayMs);
    connect(&m_previewDelay, &QTimer::timeout, this, &ExportDialog::startPreview);
    connect(m_form, &SnapshotChoicesForm::changed, this, &ExportDialog::schedulePreview);
    startPreview();
}

ExportDialog::~ExportDialog()
{
    for (QFutureWatcherBase *job : {static_cast<QFutureWatcherBase *>(m_previewJob.get()),
                                    static_cast<QFutureWatcherBase *>(m_exportJob.get())})
        if (job) {
            job->disconnect(this);
            job->cancel();
            job->waitForFinished(); // the job reads the basemap, which goes after the window
        }
}

QWidget *ExportDialog::makeProgressRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(row);
    m_progress = new QProgressBar(row);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), row);
    m_cancel->setObjectName(QStringLiteral("cancelSnapshotJob"));
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelJob);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    showIdle(QString());
    return row;
}

bool ExportDialog::isPreviewCurrent() const
{
    return !m_previewJob && !m_previewDelay.isActive() && m_previewChoices == m_form->choices();
}

void ExportDialog::schedulePreview()
{
    m_previewDelay.start();
}

void ExportDialog::startPreview()
{
    if (m_exportJob)
        return; // the export's choices stand until it ends
    if (m_previewJob)
        m_previewJob->cancel(); // it stops at its next step; its result is not wanted
    m_previewJobChoices = m_form->choices();
    m_previewJob = std::make_unique<QFutureWatcher<SnapshotPreview>>();
    connect(m_previewJob.get(), &QFutureWatcherBase::finished, this,
            &ExportDialog::previewFinished);
    follow(m_previewJob.get());
    m_previewJob->setFuture(startSnapshotPreview(m_scene, m_previewJobChoices, m_basemap,
                                                 m_previewLabel->contentsRect().size()));
}

void ExportDialog::previewFinished()
{
    const QFuture<SnapshotPreview> job = m_previewJob->future();
    m_previewJob.reset();
    if (!job.isCanceled() && job.resultCount() > 0) {
        m_preview = job.result();
        m_previewChoices = m_previewJobChoices;
        showPreview();
        showIdle(tr("Preview of %1 x %2 pixels")
                     .arg(m_preview.image.width())
                     .arg(m_preview.image.height()));
        Q_EMIT previewShown();
    } else {
        showIdle(tr("Preview cancelled"));
    }
    Q_EMIT jobEnded();
}

void ExportDialog::startExport()
{
    m_exportPath = m_form->path();
    if (m_exportPath.isEmpty()) {
        sayFailure(tr("Name the file to write."));
        return;
    }
    // What the analyst saw is what is written, when the preview is of these choices.
    const QImage previewed = isPreviewCurrent() ? m_preview.image : QImage();
    m_previewDelay.stop();
    if (m_previewJob) {
        m_previewJob->disconnect(this);
        m_previewJob->cancel();
        m_previewJob.reset();
    }
    m_exportJob = std::make_unique<QFutureWatcher<StagedSnapshot>>();
    connect(m_exportJob.get(), &QFutureWatcherBase::finished, this, &ExportDialog::exportFinished);
    follow(m_exportJob.get());
    m_exportJob->setFuture(
        startSnapshotFile(m_scene, m_form->choices(), m_basemap, m_exportPath, previewed));
}

// A cancelled export leaves nothing, even when its file was ready: it is put in place only
// here, once the job has ended uncancelled.
void ExportDialog::exportFinished()
{
    const QFuture<StagedSnapshot> job = m_exportJob->future();
    m_exportJob.reset();
    if (job.isCanceled()) {
        if (job.resultCount() > 0 && job.result().file)
            job.result().file->discard();
        showIdle(tr("Export cancelled: nothing was written"));
    } else {
        commit(job.resultCount() > 0 ? job.result()
                                     : StagedSnapshot{nullptr, tr("the export stopped")});
    }
    Q_EMIT jobEnded();
}

void ExportDialog::commit(const StagedSnapshot &staged)
{
    QString error = staged.error;
    if (!staged.file || !staged.file->commit(&error)) {
        showIdle(tr("Not written"));
        sayFailure(tr("The snapshot was not written: %1").arg(error));
        return;
    }
    m_form->remember();
    showIdle(tr("Saved %1").arg(m_exportPath));
    Q_EMIT exported(m_exportPath);
    accept();
}

void ExportDialog::cancelJob()
{
    if (m_exportJob)
        m_exportJob->cancel();
    else if (m_previewJob)
        m_previewJob->cancel();
}

// The job's steps in the progress bar and its words beside it; Cancel while it runs.
void ExportDialog::follow(QFutureWatcherBase *job)
{
    connect(job, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(job, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(job, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    m_progress->setValue(m_progress->minimum());
    m_progress->setVisible(true);
    m_cancel->setEnabled(true);
    m_export->setEnabled(!m_exportJob);
    m_form->setEnabled(!m_exportJob);
}

void ExportDialog::showIdle(const QString &status)
{
    m_status->setText(status);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_export->setEnabled(true);
    m_form->setEnabled(true);
}

// Scaled anew on this thread only when the label has changed size since the job began.
void ExportDialog::showPreview()
{
    const QSize fitting =
        m_preview.image.size().scaled(m_previewLabel->contentsRect().size(), Qt::KeepAspectRatio);
    if (m_preview.shown.size() != fitting)
        m_preview.shown =
            m_preview.image.scaled(fitting, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview.shown));
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (!m_preview.image.isNull())
        showPreview();
}

void ExportDialog::sayFailure(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Snapshot"), message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportFailure"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace frontline
