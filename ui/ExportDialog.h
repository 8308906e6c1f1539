#pragma once

#include "io/SnapshotJobs.h"
#include "map/SnapshotComposition.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace frontline {

class Basemap;
class SnapshotChoicesForm;

// File > Export Snapshot: the choices (SnapshotChoicesForm) beside a preview of the picture
// they make, drawn on a worker thread from a copy of the scene through the same composition
// and frame builder as the file, never by changing the live view. The export runs on a worker
// thread too; both show their progress with a Cancel button, and a cancelled export leaves no
// file. A failure is said in a message box.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `scene`: a copy of what the window shows, the view's box among it. `basemap` outlives
    // the dialog.
    ExportDialog(SnapshotScene scene, const Basemap &basemap, const QString &title,
                 const QDate &asOf, QWidget *parent = nullptr);
    ~ExportDialog() override; // cancels what runs and waits for it to stop

    SnapshotChoicesForm *form() const { return m_form; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The last preview, at the export's size: what a .png of its choices holds.
    const QImage &previewImage() const { return m_preview.image; }
    // The preview shows the choices the form shows, and no job is pending.
    bool isPreviewCurrent() const;
    bool isBusy() const { return m_previewJob || m_exportJob; }

Q_SIGNALS:
    void previewShown();
    void exported(const QString &path);
    void jobEnded(); // a preview or an export finished, failed or was cancelled

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *makeProgressRow();
    void schedulePreview();
    void startPreview();
    void previewFinished();
    void startExport();
    void exportFinished();
    void commit(const StagedSnapshot &staged);
    void cancelJob();
    void follow(QFutureWatcherBase *job);
    void showIdle(const QString &status);
    void showPreview();
    void sayFailure(const QString &message);

    std::shared_ptr<const SnapshotScene> m_scene;
    const Basemap &m_basemap;
    SnapshotChoicesForm *m_form = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QTimer m_previewDelay; // a preview waits for the analyst to stop typing
    std::unique_ptr<QFutureWatcher<SnapshotPreview>> m_previewJob;
    SnapshotChoices m_previewJobChoices;
    SnapshotPreview m_preview;
    std::optional<SnapshotChoices> m_previewChoices; // of the preview shown
    std::unique_ptr<QFutureWatcher<StagedSnapshot>> m_exportJob;
    QString m_exportPath;
};

} // namespace frontline
