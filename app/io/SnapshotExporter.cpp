#include "SnapshotExporter.h"

#include "PngWriter.h"
#include "files/SafeWrite.h"
#include "map/MapRenderer.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace frontline {
namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

bool writeRaster(QIODevice &file, const QString &format, const MapRenderer &renderer,
                 const MapFrame &frame, const MapOverlay &overlay, const LayerStack &layers,
                 QString *error)
{
    QImage image(frame.viewport.size(), QImage::Format_RGB32);
    const int dotsPerMetre = qRound(96.0 * frame.symbolScale / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&image);
        renderer.render(painter, frame, overlay, layers);
    }
    if (format == QLatin1String("png"))
        return writePng(file, image, error);
    QImageWriter writer(&file, format.toLatin1());
    writer.setQuality(92);
    if (!writer.write(image)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool writeSvg(QIODevice &file, const MapRenderer &renderer, const MapFrame &frame,
              const MapOverlay &overlay, const LayerStack &layers)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(frame.viewport.size());
    svg.setViewBox(QRect(QPoint(0, 0), frame.viewport.size()));
    svg.setResolution(qRound(96 * frame.symbolScale));
    svg.setTitle(frame.title.isEmpty() ? QStringLiteral("Frontline map") : frame.title);
    QPainter painter(&svg);
    renderer.render(painter, frame, overlay, layers);
    return painter.end();
}

bool writePdf(QIODevice &file, const MapRenderer &renderer, const MapFrame &frame,
              const MapOverlay &overlay, const LayerStack &layers)
{
    // One page exactly the size of the map; painter units are the frame's pixels.
    const double resolution = 96.0 * frame.symbolScale;
    const QSizeF points = QSizeF(frame.viewport.size()) * (72.0 / resolution);
    QPdfWriter pdf(&file);
    pdf.setTitle(frame.title.isEmpty() ? QStringLiteral("Frontline map") : frame.title);
    pdf.setCreator(QStringLiteral("Frontline"));
    pdf.setResolution(qRound(resolution));
    pdf.setPageSize(QPageSize(points, QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&pdf);
    renderer.render(painter, frame, overlay, layers);
    return painter.end();
}

} // namespace

bool isSnapshotFormat(const QString &path)
{
    static const QStringList formats{"png", "jpg", "jpeg", "svg", "pdf"};
    return formats.contains(suffixOf(path));
}

bool exportSnapshot(const QString &path, const MapRenderer &renderer, const MapFrame &frame,
                    const MapOverlay &overlay, const LayerStack &layers, QString *error)
{
    const QString suffix = suffixOf(path);
    // Drawn in memory, then written whole or not at all (SafeWrite.h).
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    bool written = false;
    QString why;
    if (suffix == QLatin1String("png"))
        written = writeRaster(file, QStringLiteral("png"), renderer, frame, overlay, layers, &why);
    else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        written = writeRaster(file, QStringLiteral("jpg"), renderer, frame, overlay, layers, &why);
    else if (suffix == QLatin1String("svg"))
        written = writeSvg(file, renderer, frame, overlay, layers);
    else if (suffix == QLatin1String("pdf"))
        written = writePdf(file, renderer, frame, overlay, layers);
    else
        why = QStringLiteral("unknown snapshot format .%1").arg(suffix);
    if (!written) {
        *error = QStringLiteral("%1: %2").arg(path, why.isEmpty() ? file.errorString() : why);
        return false;
    }
    file.close();
    return writeFileSafely(path, bytes, error);
}

} // namespace frontline
