#include "RasterSource.h"

#include "MapViewport.h"
#include "geo/GdalSession.h"

#include <QImage>
#include <QPainter>
#include <cmath>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <gdalwarper.h>
#include <numbers>

namespace frontline {
namespace {

constexpr double kWorldMetres = 2 * std::numbers::pi * 6378137.0; // Web Mercator's width

QPointF metresToWorld(double x, double y)
{
    return {x / kWorldMetres + 0.5, 0.5 - y / kWorldMetres};
}

bool isWebMercator(const OGRSpatialReference *crs)
{
    OGRSpatialReference webMercator;
    webMercator.importFromEPSG(3857);
    return crs && crs->IsSame(&webMercator);
}

QString gdalReason()
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return message.isEmpty() ? QStringLiteral("GDAL cannot read it as a raster") : message;
}

// Why GDAL could not open a local raster file, in the analyst's words (GDAL's own are
// libtiff's: "TIFFFetchDirectory: Can not read TIFF directory").
QString whyUnreadable(const QString &path)
{
    if (GDALDriverH driver =
            GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_RASTER, nullptr, nullptr))
        return QStringLiteral("the %1 file is damaged or cut short")
            .arg(QString::fromUtf8(GDALGetDriverLongName(driver)));
    return QStringLiteral("it is no raster format GDAL knows (GeoTIFF, MBTiles, JPEG 2000, ...)");
}

// Whether the last block of the last band reads back, at full size and in each overview: a
// file cut short loses its end first. Refused when added, it is never drawn blank.
bool lastBlocksReadBack(GDALDataset &dataset)
{
    GDALRasterBand *band = dataset.GetRasterBand(dataset.GetRasterCount());
    for (int level = -1; level < band->GetOverviewCount(); ++level) {
        GDALRasterBand *image = level < 0 ? band : band->GetOverview(level);
        int blockWidth = 0, blockHeight = 0;
        if (image)
            image->GetBlockSize(&blockWidth, &blockHeight);
        if (blockWidth < 1 || blockHeight < 1)
            return false;
        GDALRasterBlock *block = image->GetLockedBlockRef((image->GetXSize() - 1) / blockWidth,
                                                          (image->GetYSize() - 1) / blockHeight);
        if (!block)
            return false;
        block->DropLock();
    }
    return true;
}

} // namespace

RasterSource::~RasterSource()
{
    if (m_warped)
        GDALClose(m_warped); // before the source it reads
}

std::shared_ptr<RasterSource> RasterSource::open(const QString &gdalName, const QString &name,
                                                 bool local, QString *error)
{
    ensureGdalReady();
    CPLErrorReset();
    auto *dataset = GDALDataset::Open(gdalName.toUtf8().constData(),
                                      GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!dataset) {
        *error = QStringLiteral("%1: %2").arg(name, local ? whyUnreadable(gdalName) : gdalReason());
        return nullptr;
    }
    std::shared_ptr<RasterSource> source(new RasterSource);
    source->m_local = local;
    if (!source->attach(dataset, name, error))
        return nullptr;
    return source;
}

std::shared_ptr<RasterSource> RasterSource::openFile(const QString &path, QString *error)
{
    return open(path, path, true, error);
}

std::shared_ptr<RasterSource> RasterSource::openXyz(const QString &urlTemplate,
                                                    const QString &cacheDirectory,
                                                    const QString &userAgent, QString *error)
{
    if (!urlTemplate.contains(QLatin1String("{z}")) ||
        !urlTemplate.contains(QLatin1String("{x}")) ||
        !urlTemplate.contains(QLatin1String("{y}")) ||
        !(urlTemplate.startsWith(QLatin1String("http://")) ||
          urlTemplate.startsWith(QLatin1String("https://")))) {
        *error =
            QStringLiteral("%1: a tile URL needs http(s):// and {z}, {x} and {y}").arg(urlTemplate);
        return nullptr;
    }
    QString url = urlTemplate;
    url.replace(QLatin1String("{z}"), QLatin1String("${z}"))
        .replace(QLatin1String("{x}"), QLatin1String("${x}"))
        .replace(QLatin1String("{y}"), QLatin1String("${y}"));
    // GDAL's WMS driver in TMS mode: the Web Mercator square in 256-pixel tiles, zoom 0 to 18.
    const QString description =
        QStringLiteral(
            "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>"
            "<DataWindow><UpperLeftX>-20037508.34</UpperLeftX><UpperLeftY>20037508.34</UpperLeftY>"
            "<LowerRightX>20037508.34</LowerRightX><LowerRightY>-20037508.34</LowerRightY>"
            "<TileLevel>18</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
            "<YOrigin>top</YOrigin></DataWindow><Projection>EPSG:3857</Projection>"
            "<BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY><BandsCount>4</BandsCount>"
            "<UserAgent>%2</UserAgent><Timeout>15</Timeout><MaxConnections>4</MaxConnections>"
            "<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>"
            "<Cache><Path>%3</Path></Cache></GDAL_WMS>")
            .arg(url.toHtmlEscaped(), userAgent.toHtmlEscaped(), cacheDirectory.toHtmlEscaped());
    return open(description, urlTemplate, false, error);
}

bool RasterSource::attach(GDALDataset *dataset, const QString &name, QString *error)
{
    m_source.reset(dataset);
    if (dataset->GetRasterCount() < 1) {
        *error = QStringLiteral("%1: the raster has no bands").arg(name);
        return false;
    }
    // Before the coordinate system, which a file cut short may have lost with its end.
    if (m_local && !lastBlocksReadBack(*dataset)) {
        *error = QStringLiteral("%1: the file is damaged or cut short: its last block cannot "
                                "be read")
                     .arg(name);
        return false;
    }
    const OGRSpatialReference *crs = dataset->GetSpatialRef();
    double transform[6];
    if (!crs || dataset->GetGeoTransform(transform) != CE_None) {
        *error = QStringLiteral(
                     "%1: the raster has no coordinate system, so it cannot be placed on the map")
                     .arg(name);
        return false;
    }
    GDALDataset *readable = dataset;
    if (!isWebMercator(crs)) {
        OGRSpatialReference webMercator;
        webMercator.importFromEPSG(3857);
        char *wkt = nullptr;
        webMercator.exportToWkt(&wkt);
        m_warped = GDALDataset::FromHandle(GDALAutoCreateWarpedVRT(
            GDALDataset::ToHandle(dataset), nullptr, wkt, GRA_Bilinear, 0.125, nullptr));
        CPLFree(wkt);
        if (!m_warped) {
            *error =
                QStringLiteral("%1: cannot warp it to Web Mercator: %2").arg(name, gdalReason());
            return false;
        }
        readable = m_warped;
    }
    readable->GetGeoTransform(m_transform);
    const QPointF topLeft = metresToWorld(m_transform[0], m_transform[3]);
    const QPointF bottomRight =
        metresToWorld(m_transform[0] + m_transform[1] * readable->GetRasterXSize(),
                      m_transform[3] + m_transform[5] * readable->GetRasterYSize());
    m_bounds = QRectF(topLeft, bottomRight).normalized();
    return true;
}

QString RasterSource::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

bool RasterSource::paint(QPainter &painter, const MapViewport &viewport, const MapSourceStyle &)
{
    std::lock_guard lock(m_mutex);
    GDALDataset *dataset = m_warped ? m_warped : m_source.get();
    const QRectF view = viewport.visibleWorld().intersected(m_bounds);
    if (view.isEmpty())
        return true;
    // The window in raster pixels (fractional), and where it lands on screen.
    const auto toPixel = [&](QPointF world) {
        const double x = (world.x() - 0.5) * kWorldMetres, y = (0.5 - world.y()) * kWorldMetres;
        return QPointF((x - m_transform[0]) / m_transform[1],
                       (y - m_transform[3]) / m_transform[5]);
    };
    const QRectF window = QRectF(toPixel(view.topLeft()), toPixel(view.bottomRight())).normalized();
    const QRectF target(viewport.toScreen(view.topLeft()), viewport.toScreen(view.bottomRight()));
    const int width = std::max(1, int(std::ceil(target.width()))),
              height = std::max(1, int(std::ceil(target.height())));
    if (window.width() < 1e-6 || window.height() < 1e-6 || width > 16384 || height > 16384)
        return true;

    QImage image(width, height, QImage::Format_RGBA8888);
    image.fill(Qt::white);
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_Bilinear;
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = window.x();
    extra.dfYOff = window.y();
    extra.dfXSize = window.width();
    extra.dfYSize = window.height();
    const int x = std::clamp(int(std::floor(window.x())), 0, dataset->GetRasterXSize() - 1);
    const int y = std::clamp(int(std::floor(window.y())), 0, dataset->GetRasterYSize() - 1);
    const int columns =
        std::clamp(int(std::ceil(window.right())) - x, 1, dataset->GetRasterXSize() - x);
    const int rows =
        std::clamp(int(std::ceil(window.bottom())) - y, 1, dataset->GetRasterYSize() - y);
    const int bands = dataset->GetRasterCount();
    GDALRasterBand *first = dataset->GetRasterBand(1);
    const GDALColorTable *palette = first->GetColorTable();
    // RGB(A) straight into the image; one band is grey (or palette indexes), two grey + alpha.
    int bandMap[4] = {1, 2, 3, 4};
    const int read = bands >= 3 ? std::min(bands, 4) : 1;
    CPLErrorReset();
    CPLErr status = dataset->RasterIO(GF_Read, x, y, columns, rows, image.bits(), width, height,
                                      GDT_Byte, read, bandMap, 4, image.bytesPerLine(), 1, &extra);
    if (status == CE_None && bands == 2)
        status = dataset->GetRasterBand(2)->RasterIO(GF_Read, x, y, columns, rows, image.bits() + 3,
                                                     width, height, GDT_Byte, 4,
                                                     image.bytesPerLine(), &extra);
    if (status != CE_None) {
        m_lastError = m_local ? QStringLiteral("part of it cannot be read: the file is damaged or "
                                               "cut short")
                              : gdalReason();
        return false;
    }
    if (read == 1)
        for (int row = 0; row < height; ++row) {
            uchar *pixel = image.scanLine(row);
            for (int column = 0; column < width; ++column, pixel += 4) {
                if (palette && pixel[0] < palette->GetColorEntryCount()) {
                    const GDALColorEntry *entry = palette->GetColorEntry(pixel[0]);
                    pixel[0] = uchar(entry->c1), pixel[1] = uchar(entry->c2),
                    pixel[2] = uchar(entry->c3), pixel[3] = uchar(entry->c4);
                } else {
                    pixel[1] = pixel[2] = pixel[0];
                }
            }
        }
    m_lastError.clear();
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    painter.restore();
    return true;
}

} // namespace frontline
