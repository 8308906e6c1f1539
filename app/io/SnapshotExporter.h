#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace frontline {

class MapRenderer;
struct SnapshotPicture;

// A snapshot as an image at the frame's size and resolution: what a .png or .jpg holds, and
// what the export dialog previews.
QImage renderSnapshotImage(const MapRenderer &renderer, const SnapshotPicture &picture);

// A snapshot as the bytes of an image (.png, .jpg), vector (.svg) or document (.pdf) file, by
// the path's extension; false, with the reason, when it cannot be made.
bool encodeSnapshot(const QString &path, const MapRenderer &renderer,
                    const SnapshotPicture &picture, QByteArray *bytes, QString *error);

// The bytes of an image file (.png, .jpg, by the path's extension) of an image already drawn:
// an export writes the pixels its preview showed. Qt's glyph cache makes a second drawing of
// the same picture on one thread differ from the first in the odd text pixel.
bool encodeSnapshotImage(const QString &path, const QImage &image, QByteArray *bytes,
                         QString *error);
bool isRasterSnapshotFormat(const QString &path);

// Writes a snapshot to `path`, replaced atomically: it appears whole or not at all.
bool exportSnapshot(const QString &path, const MapRenderer &renderer,
                    const SnapshotPicture &picture, QString *error);

bool isSnapshotFormat(const QString &path);

} // namespace frontline
