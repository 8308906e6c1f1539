#pragma once

#include "MapSource.h"

#include <QRectF>
#include <QString>
#include <memory>
#include <mutex>

class GDALDataset;
class QPainter;

namespace frontline {

class MapViewport;

// A raster drawn under the overlays, read through GDAL for each view: a local GeoTIFF or
// MBTiles, or an online XYZ tile source (GDAL's WMS driver, tiles cached on disk). Only the
// window in view is read, at the view's resolution, so GDAL reads overviews (MBTiles zoom
// levels, GeoTIFF overviews) and a raster larger than memory is never loaded whole. Rasters
// in another coordinate system are warped to Web Mercator on the fly. Reads are serialised:
// a GDAL dataset serves one thread at a time.
class RasterSource : public MapSource
{
public:
    ~RasterSource() override;

    // A local raster file. Null, with a one-line reason, when GDAL cannot open it, it has no
    // coordinate system, or its last blocks do not read back (a file damaged or cut short).
    static std::shared_ptr<RasterSource> openFile(const QString &path, QString *error);
    // An XYZ tile service: `urlTemplate` with {z}, {x} and {y}; tiles kept in `cacheDirectory`.
    static std::shared_ptr<RasterSource> openXyz(const QString &urlTemplate,
                                                 const QString &cacheDirectory,
                                                 const QString &userAgent, QString *error);

    // Draws the part of the raster in view. False (with the reason in lastError()) when GDAL
    // could not read it, a network failure for an online source.
    bool paint(QPainter &painter, const MapViewport &viewport,
               const MapSourceStyle &style) override;
    QString lastError() const override;
    QRectF bounds() const override { return m_bounds; }

private:
    RasterSource() = default;
    // Opens what GDAL calls `gdalName` (a path, or a WMS description); `name` is what the
    // analyst knows it by, for messages. A `local` file is checked as it is opened, and its
    // failures are told in the analyst's words; an online source's are GDAL's (the network's).
    static std::shared_ptr<RasterSource> open(const QString &gdalName, const QString &name,
                                              bool local, QString *error);
    bool attach(GDALDataset *dataset, const QString &name, QString *error);

    mutable std::mutex m_mutex;
    std::unique_ptr<GDALDataset> m_source;
    GDALDataset *m_warped = nullptr; // a warped VRT over m_source, when it is not Web Mercator
    double m_transform[6] = {};      // pixel -> Web Mercator metres
    QRectF m_bounds;
    bool m_local = false;
    QString m_lastError;
};

} // namespace frontline
