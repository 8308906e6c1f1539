#include "SnapshotExporter.h"

#include "PngWriter.h"
#include "files/SafeWrite.h"
#include "map/MapRenderer.h"
#include "map/SnapshotComposition.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <functional>

namespace frontline {
namespace {

constexpr double kScreenDpi = 96; // a symbol scale of 1
constexpr double kMetresPerInch = 0.0254;
constexpr double kPointsPerInch = 72;
constexpr int kJpegQuality = 92;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

void render(QPainter &painter, const MapRenderer &renderer, const SnapshotPicture &picture)
{
    renderer.render(painter, picture.frame, picture.overlay, picture.layers);
}

bool writeImage(QIODevice &file, const QString &format, const QImage &image, QString *error)
{
    if (format == QLatin1String("png"))
        return writePng(file, image, error);
    QImageWriter writer(&file, format.toLatin1());
    writer.setQuality(kJpegQuality);
    if (!writer.write(image)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

// The file's format by its extension: "png", "jpg", "svg", "pdf", or empty.
QString formatOf(const QString &path)
{
    const QString suffix = suffixOf(path);
    if (suffix == QLatin1String("jpeg"))
        return QStringLiteral("jpg");
    static const QStringList formats{"png", "jpg", "svg", "pdf"};
    return formats.contains(suffix) ? suffix : QString();
}

bool encodeInto(QByteArray *bytes, const QString &path, QString *error,
                const std::function<bool(QIODevice &, const QString &, QString *)> &write)
{
    QBuffer file(bytes);
    file.open(QIODevice::WriteOnly);
    const QString format = formatOf(path);
    QString why;
    const bool written = !format.isEmpty() && write(file, format, &why);
    if (format.isEmpty())
        why = QStringLiteral("unknown snapshot format .%1").arg(suffixOf(path));
    if (!written)
        *error = QStringLiteral("%1: %2").arg(path, why.isEmpty() ? file.errorString() : why);
    return written;
}

QString documentTitle(const SnapshotPicture &picture)
{
    return picture.frame.title.isEmpty() ? QStringLiteral("Frontline map") : picture.frame.title;
}

bool writeSvg(QIODevice &file, const MapRenderer &renderer, const SnapshotPicture &picture)
{
    const QSize size = picture.frame.viewport.size();
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(qRound(kScreenDpi * picture.frame.symbolScale));
    svg.setTitle(documentTitle(picture));
    QPainter painter(&svg);
    render(painter, renderer, picture);
    return painter.end();
}

bool writePdf(QIODevice &file, const MapRenderer &renderer, const SnapshotPicture &picture)
{
    // One page exactly the size of the map; painter units are the frame's pixels.
    const double resolution = kScreenDpi * picture.frame.symbolScale;
    const QSizeF points = QSizeF(picture.frame.viewport.size()) * (kPointsPerInch / resolution);
    QPdfWriter pdf(&file);
    pdf.setTitle(documentTitle(picture));
    pdf.setCreator(QStringLiteral("Frontline"));
    pdf.setResolution(qRound(resolution));
    pdf.setPageSize(QPageSize(points, QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&pdf);
    render(painter, renderer, picture);
    return painter.end();
}

} // namespace

QImage renderSnapshotImage(const MapRenderer &renderer, const SnapshotPicture &picture)
{
    QImage image(picture.frame.viewport.size(), QImage::Format_RGB32);
    const int dotsPerMetre = qRound(kScreenDpi * picture.frame.symbolScale / kMetresPerInch);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&image);
        render(painter, renderer, picture);
    }
    return image;
}

bool isSnapshotFormat(const QString &path)
{
    return !formatOf(path).isEmpty();
}

bool isRasterSnapshotFormat(const QString &path)
{
    const QString format = formatOf(path);
    return format == QLatin1String("png") || format == QLatin1String("jpg");
}

bool encodeSnapshotImage(const QString &path, const QImage &image, QByteArray *bytes,
                         QString *error)
{
    return encodeInto(bytes, path, error,
                      [&](QIODevice &file, const QString &format, QString *why) {
                          if (format == QLatin1String("svg") || format == QLatin1String("pdf")) {
                              *why = QStringLiteral("a drawn image is no .%1").arg(format);
                              return false;
                          }
                          return writeImage(file, format, image, why);
                      });
}

bool encodeSnapshot(const QString &path, const MapRenderer &renderer,
                    const SnapshotPicture &picture, QByteArray *bytes, QString *error)
{
    return encodeInto(
        bytes, path, error, [&](QIODevice &file, const QString &format, QString *why) {
            if (format == QLatin1String("svg"))
                return writeSvg(file, renderer, picture);
            if (format == QLatin1String("pdf"))
                return writePdf(file, renderer, picture);
            return writeImage(file, format, renderSnapshotImage(renderer, picture), why);
        });
}

bool exportSnapshot(const QString &path, const MapRenderer &renderer,
                    const SnapshotPicture &picture, QString *error)
{
    // Drawn in memory, then written whole or not at all (SafeWrite.h).
    QByteArray bytes;
    return encodeSnapshot(path, renderer, picture, &bytes, error) &&
           writeFileSafely(path, bytes, error);
}

} // namespace frontline
