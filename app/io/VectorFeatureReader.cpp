#include "VectorFeatureReader.h"

#include "geo/GdalSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cmath>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace frontline {

namespace {

// GDAL reads a layer whole, in several times its size of memory: a KMZ of 2 MB that unpacks
// to 400 MB took 1.8 GB. A zip that unpacks to more than this is refused before it is read.
constexpr qint64 kMaxUnpackedBytes = qint64(128) * 1024 * 1024;

using FeatureVisitor = std::function<void(const OGRFeature &, OGRGeometry &)>;

class FiniteCheck : public OGRDefaultConstGeometryVisitor
{
public:
    using OGRDefaultConstGeometryVisitor::visit;
    void visit(const OGRPoint *point) override
    {
        finite = finite && std::isfinite(point->getX()) && std::isfinite(point->getY());
    }
    bool finite = true;
};

// Every vertex, not the envelope: a NaN drops out of an envelope's comparisons unseen.
bool hasFiniteCoordinates(const OGRGeometry &geometry)
{
    FiniteCheck check;
    geometry.accept(&check);
    return check.finite;
}

// Longitude and latitude on the globe (a little slack for rounding at the edges).
bool liesInTheWorld(const OGRGeometry &geometry)
{
    constexpr double kSlackDegrees = 1e-6;
    OGREnvelope box;
    geometry.getEnvelope(&box);
    return std::isfinite(box.MinX) && std::isfinite(box.MaxX) && std::isfinite(box.MinY) &&
           std::isfinite(box.MaxY) && box.MinX >= -180 - kSlackDegrees &&
           box.MaxX <= 180 + kSlackDegrees && box.MinY >= -90 - kSlackDegrees &&
           box.MaxY <= 90 + kSlackDegrees;
}

QByteArray fileStart(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

// What a zip (a KMZ, a zipped shapefile) unpacks to, by its directory; 0 for any other file.
qint64 unpackedBytes(const QString &path)
{
    if (!fileStart(path, 4).startsWith(QByteArray("PK\x03\x04", 4)))
        return 0;
    const QByteArray root = "/vsizip/" + QFileInfo(path).absoluteFilePath().toUtf8();
    char **names = VSIReadDirRecursive(root.constData());
    qint64 total = 0;
    for (int i = 0; names && names[i]; ++i) {
        VSIStatBufL stat;
        if (VSIStatL((root + '/' + names[i]).constData(), &stat) == 0 && VSI_ISREG(stat.st_mode))
            total += stat.st_size;
    }
    CSLDestroy(names);
    return total;
}

bool unpacksWithinLimit(const QString &path, QString *error)
{
    const qint64 unpacked = unpackedBytes(path);
    if (unpacked <= kMaxUnpackedBytes)
        return true;
    *error = QStringLiteral("%1: refused: it unpacks to %2 MB, more than the %3 MB allowed for "
                            "a layer (a zip bomb?)")
                 .arg(path)
                 .arg(unpacked / (1024 * 1024))
                 .arg(kMaxUnpackedBytes / (1024 * 1024));
    return false;
}

// Why GDAL could not open `path`, in the user's words (GDAL's own are a library's).
QString whyUnreadable(const QString &path)
{
    const QByteArray start = fileStart(path, 64 * 1024);
    if (start.contains("<!DOCTYPE") || start.contains("<!ENTITY"))
        return QStringLiteral("it declares XML entities (<!DOCTYPE>), which are refused: they can "
                              "read other files or grow without end");
    if (shapefileLacks(path, QStringLiteral("shx")))
        return QStringLiteral("the shapefile's index (.shx) is missing beside it");
    if (GDALDriverH driver =
            GDALIdentifyDriverEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr))
        return QStringLiteral("it looks like %1 but is damaged or cut short")
            .arg(QString::fromUtf8(GDALGetDriverLongName(driver)));
    return QStringLiteral("it is no vector format GDAL knows (GeoJSON, KML/KMZ, GeoPackage, "
                          "Shapefile, ...)");
}

void readFeature(OGRFeature &feature, bool failed, OGRCoordinateTransformation &toWgs84,
                 const FeatureVisitor &visit, SkippedFeatures &skipped)
{
    OGRGeometry *geometry = feature.GetGeometryRef();
    if (!geometry)
        skipped.unreadable += failed ? 1 : 0; // else a row with no shape: nothing to draw
    else if (!hasFiniteCoordinates(*geometry))
        ++skipped.notFinite;
    else if (geometry->transform(&toWgs84) != OGRERR_NONE || !liesInTheWorld(*geometry))
        ++skipped.outsideTheWorld;
    else
        visit(feature, *geometry);
}

} // namespace

bool readLayerFeatures(const QString &path, OGRLayer &layer, const FeatureVisitor &visit,
                       QString *error, SkippedFeatures &skipped)
{
    const OGRSpatialReference *crs = layer.GetSpatialRef();
    if (!crs) {
        *error = QStringLiteral("%1: layer \u201c%2\u201d has no coordinate system, so it "
                                "cannot be placed on the map")
                     .arg(path, QString::fromUtf8(layer.GetName()));
        return false;
    }
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude
    std::unique_ptr<OGRCoordinateTransformation> toWgs84(
        OGRCreateCoordinateTransformation(crs, &wgs84));
    if (!toWgs84) {
        *error = QStringLiteral("%1: cannot transform its coordinate system to WGS 84").arg(path);
        return false;
    }
    layer.ResetReading();
    for (;;) {
        CPLErrorReset(); // a failure while fetching the feature is the file's
        OGRFeatureUniquePtr feature(layer.GetNextFeature());
        const bool failed = CPLGetLastErrorType() >= CE_Failure;
        if (!feature) {
            skipped.unreadable += failed ? 1 : 0; // the rest of the layer is lost too
            return true;
        }
        readFeature(*feature, failed, *toWgs84, visit, skipped);
    }
}

bool shapefileLacks(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) != 0)
        return false;
    const QString part = info.completeBaseName() + QLatin1Char('.') + suffix;
    return info.dir().entryList({part}, QDir::Files).isEmpty(); // in any case: .DBF, .dbf
}

QString SkippedFeatures::describe() const
{
    QStringList parts;
    if (unreadable > 0)
        parts << QStringLiteral("%1 could not be read (the file is damaged or cut short)")
                     .arg(unreadable);
    if (notFinite > 0)
        parts << QStringLiteral("%1 %2 coordinates that are not numbers (NaN or infinite)")
                     .arg(notFinite)
                     .arg(notFinite == 1 ? QStringLiteral("has") : QStringLiteral("have"));
    if (outsideTheWorld > 0)
        parts << QStringLiteral("%1 %2 outside the world (a layer in metres with a coordinate "
                                "system in degrees?)")
                     .arg(outsideTheWorld)
                     .arg(outsideTheWorld == 1 ? QStringLiteral("lies") : QStringLiteral("lie"));
    return parts.join(QStringLiteral("; "));
}

bool readVectorFeatures(const QString &path, const FeatureVisitor &visit, QString *error,
                        SkippedFeatures *skipped)
{
    ensureGdalReady();
    if (!unpacksWithinLimit(path, error))
        return false;
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset || dataset->GetLayerCount() == 0) {
        *error =
            QStringLiteral("%1: GDAL cannot read it as a vector layer: %2")
                .arg(path, dataset ? QStringLiteral("it holds no layers") : whyUnreadable(path));
        return false;
    }
    SkippedFeatures counted;
    for (OGRLayer *layer : dataset->GetLayers())
        if (!readLayerFeatures(path, *layer, visit, error, counted))
            return false;
    if (skipped)
        *skipped = counted;
    return true;
}

} // namespace frontline
