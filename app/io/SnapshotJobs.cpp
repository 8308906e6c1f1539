#include "SnapshotJobs.h"

#include "SnapshotExporter.h"
#include "files/SafeWrite.h"
#include "map/MapRenderer.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace frontline {
namespace {

enum PreviewStep
{
    ComposingPreview,
    DrawingPreview,
    PreviewDone
};
enum FileStep
{
    ComposingFile,
    EncodingFile,
    WritingFile,
    FileDone
};

const QString kComposing = QStringLiteral("Working out the map");

void drawPreview(QPromise<SnapshotPreview> &promise, const SnapshotScene &scene,
                 const SnapshotChoices &choices, const Basemap &basemap, QSize shownSize)
{
    if (promise.isCanceled()) // before it began
        return;
    promise.setProgressRange(0, PreviewDone);
    promise.setProgressValueAndText(ComposingPreview, kComposing);
    const SnapshotPicture picture = composeSnapshot(scene, choices, basemap);
    if (promise.isCanceled())
        return;
    promise.setProgressValueAndText(DrawingPreview, QStringLiteral("Drawing the preview"));
    SnapshotPreview preview;
    preview.image = renderSnapshotImage(MapRenderer(basemap), picture);
    preview.shown = shownSize.isEmpty() ? preview.image
                                        : preview.image.scaled(shownSize, Qt::KeepAspectRatio,
                                                               Qt::SmoothTransformation);
    promise.setProgressValueAndText(PreviewDone, QStringLiteral("Preview drawn"));
    promise.addResult(std::move(preview));
}

// The bytes of the file, or the reason they could not be made; none once cancelled.
std::optional<StagedSnapshot> encodeOrSay(QPromise<StagedSnapshot> &promise,
                                          const SnapshotScene &scene,
                                          const SnapshotChoices &choices, const Basemap &basemap,
                                          const QString &path, const QImage &previewed,
                                          QByteArray *bytes)
{
    const QString name = QFileInfo(path).fileName();
    StagedSnapshot failed;
    if (!previewed.isNull() && isRasterSnapshotFormat(path)) {
        promise.setProgressValueAndText(EncodingFile, QStringLiteral("Encoding %1").arg(name));
        if (!encodeSnapshotImage(path, previewed, bytes, &failed.error))
            return failed;
    } else {
        promise.setProgressValueAndText(ComposingFile, kComposing);
        const SnapshotPicture picture = composeSnapshot(scene, choices, basemap);
        if (promise.isCanceled())
            return std::nullopt;
        promise.setProgressValueAndText(EncodingFile, QStringLiteral("Drawing %1").arg(name));
        if (!encodeSnapshot(path, MapRenderer(basemap), picture, bytes, &failed.error))
            return failed;
    }
    if (promise.isCanceled())
        return std::nullopt;
    promise.setProgressValueAndText(WritingFile, QStringLiteral("Writing %1").arg(name));
    return StagedSnapshot{};
}

void stageFile(QPromise<StagedSnapshot> &promise, const SnapshotScene &scene,
               const SnapshotChoices &choices, const Basemap &basemap, const QString &path,
               const QImage &previewed)
{
    if (promise.isCanceled()) // before it began
        return;
    promise.setProgressRange(0, FileDone);
    QByteArray bytes;
    std::optional<StagedSnapshot> staged =
        encodeOrSay(promise, scene, choices, basemap, path, previewed, &bytes);
    if (!staged)
        return;
    if (staged->error.isEmpty()) {
        auto file = std::make_shared<SafeFileWriter>(path);
        if (file->open(&staged->error)) {
            file->write(bytes);
            if (file->sync(&staged->error))
                staged->file = std::move(file);
        }
    }
    if (promise.isCanceled())
        return; // the file, if any, is discarded with it
    promise.setProgressValueAndText(FileDone, QStringLiteral("Written"));
    promise.addResult(std::move(*staged));
}

} // namespace

QFuture<SnapshotPreview> startSnapshotPreview(std::shared_ptr<const SnapshotScene> scene,
                                              const SnapshotChoices &choices,
                                              const Basemap &basemap, QSize shownSize)
{
    return QtConcurrent::run(
        [scene, choices, &basemap, shownSize](QPromise<SnapshotPreview> &promise) {
            drawPreview(promise, *scene, choices, basemap, shownSize);
        });
}

QFuture<StagedSnapshot> startSnapshotFile(std::shared_ptr<const SnapshotScene> scene,
                                          const SnapshotChoices &choices, const Basemap &basemap,
                                          const QString &path, const QImage &previewed)
{
    return QtConcurrent::run(
        [scene, choices, &basemap, path, previewed](QPromise<StagedSnapshot> &promise) {
            stageFile(promise, *scene, choices, basemap, path, previewed);
        });
}

} // namespace frontline
