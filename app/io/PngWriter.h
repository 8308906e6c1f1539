#pragma once

#include <QString>

class QImage;
class QIODevice;

namespace frontline {

// Writes an opaque image as an 8-bit RGB PNG, quickly: no row filter and zlib's fastest level.
// A map's flat colours compress well either way, and Qt's writer (every filter tried on every
// row, the default level) takes several times longer than drawing the map. The image's
// resolution goes in a pHYs chunk.
bool writePng(QIODevice &device, const QImage &image, QString *error);

} // namespace frontline
