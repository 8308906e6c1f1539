#include "LayerFileReader.h"

#include "VectorLayerReader.h"
#include "map/RasterSource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace frontline {

bool isRasterFile(const QString &path)
{
    static const QStringList suffixes{"tif", "tiff", "mbtiles", "vrt", "jp2", "png", "jpg", "jpeg", "img", "ecw", "xml"};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

std::optional<MapLayer> readLayerFile(const QString &path, const QColor &color, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return std::nullopt;
    }
    MapLayer layer;
    layer.id = QFileInfo(path).absoluteFilePath();
    layer.name = QFileInfo(path).fileName();
    if (isRasterFile(path)) {
        layer.kind = LayerKind::Raster;
        layer.source = RasterSource::openFile(path, error);
        if (!layer.source)
            return std::nullopt;
        return layer;
    }
    layer.kind = LayerKind::Vector;
    layer.color = color;
    layer.source = readVectorLayer(path, error);
    if (!layer.source)
        return std::nullopt;
    return layer;
}

std::optional<MapLayer> makeTileLayer(const QString &urlTemplate, const QString &attribution, const QString &cacheRoot,
                                      QString *error)
{
    // One cache folder per service, named by a hash of its template.
    const QString key = QString::fromLatin1(QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    const QString cache = QDir(cacheRoot).filePath(key);
    QDir().mkpath(cache);
    const QString userAgent = QStringLiteral("Frontline/%1 (desktop conflict map viewer)").arg(QCoreApplication::applicationVersion());
    MapLayer layer;
    layer.id = urlTemplate;
    layer.kind = LayerKind::Raster;
    layer.name = attribution.isEmpty() ? urlTemplate : attribution;
    layer.attribution = attribution.isEmpty() ? urlTemplate.section(QLatin1Char('/'), 2, 2) : attribution;
    layer.source = RasterSource::openXyz(urlTemplate, cache, userAgent, error);
    if (!layer.source)
        return std::nullopt;
    return layer;
}

} // namespace frontline
