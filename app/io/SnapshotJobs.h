#pragma once

#include "map/SnapshotComposition.h"

#include <QFuture>
#include <QImage>
#include <QString>
#include <memory>

namespace frontline {

class Basemap;
class SafeFileWriter;

// A preview of a snapshot: the image at the export's size (what a .png of the same choices
// holds, pixel for pixel) and the same scaled to be shown.
struct SnapshotPreview
{
    QImage image;
    QImage shown;
};

// A snapshot file written beside its target and synced, not yet in place: whoever decides
// commits it (SafeFileWriter::commit) or discards it, and then nothing is left. No file and
// the reason when it could not be made or written.
struct StagedSnapshot
{
    std::shared_ptr<SafeFileWriter> file;
    QString error;
};

// The export dialog's work, each on a worker thread of a copy of the scene: the progress in
// steps with what is being done as its text, stopping at the next step once cancelled (no
// result then). `basemap` must outlive the job.
QFuture<SnapshotPreview> startSnapshotPreview(std::shared_ptr<const SnapshotScene> scene,
                                              const SnapshotChoices &choices,
                                              const Basemap &basemap, QSize shownSize);
// An image file (.png, .jpg) holds `previewed` when given: the pixels the analyst saw.
QFuture<StagedSnapshot> startSnapshotFile(std::shared_ptr<const SnapshotScene> scene,
                                          const SnapshotChoices &choices, const Basemap &basemap,
                                          const QString &path, const QImage &previewed);

} // namespace frontline
