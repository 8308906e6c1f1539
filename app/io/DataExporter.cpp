#include "DataExporter.h"

#include "DataLayers.h"
#include "events/FactionCatalog.h"
#include "files/SafeWrite.h"
#include "geo/GdalSession.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace frontline {
namespace {

struct Format
{
    const char *suffix;
    const char *driver;
    bool oneLayer; // GeoJSON holds one collection: every kind in it, told by `layer`
};
constexpr Format kFormats[] = {{"geojson", "GeoJSON", true},
                               {"kml", "LIBKML", false},
                               {"gpkg", "GPKG", false},
                               {"frontline", "GPKG", false}};

const Format *formatOf(const QString &path)
{
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
    for (const Format &format : kFormats)
        if (suffix == format.suffix)
            return &format;
    return nullptr;
}

bool writeFactions(GDALDataset &dataset, const FactionCatalog &catalog)
{
    OGRLayer *layer = dataset.CreateLayer("factions", nullptr, wkbNone, nullptr);
    return layer && addFactionFields(*layer) && writeFactionRows(*layer, catalog);
}

// Every kind into `dataset`: into one layer, or a layer a kind.
bool writeLayers(GDALDataset &dataset, const Format &format,
                 const std::vector<DataFeature> &features)
{
    OGRSpatialReference wgs84 = lonLatWgs84();
    OGRLayer *single = nullptr;
    if (format.oneLayer) {
        single = dataset.CreateLayer("frontline", &wgs84, wkbUnknown, nullptr);
        if (!single || !addDataFields(*single, std::vector<DataKind>(std::begin(kDataKinds),
                                                                     std::end(kDataKinds))))
            return false;
    }
    for (DataKind kind : kDataKinds) {
        OGRLayer *layer = single;
        if (!layer) {
            layer = dataset.CreateLayer(dataLayerName(kind), &wgs84, wkbUnknown, nullptr);
            if (!layer || !addDataFields(*layer, {kind}))
                return false;
        }
        if (!writeDataRows(*layer, kind, features))
            return false;
    }
    return true;
}

// The bytes of a file GDAL wrote in memory, which is then deleted (with what SQLite left).
QByteArray takeMemoryFile(const QByteArray &memoryPath)
{
    vsi_l_offset length = 0;
    GByte *bytes = VSIGetMemFileBuffer(memoryPath.constData(), &length, TRUE);
    QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(length));
    VSIFree(bytes);
    VSIUnlink((memoryPath + "-journal").constData());
    VSIUnlink((memoryPath + "-wal").constData());
    return data;
}

} // namespace

bool isLayeredDataFormat(const QString &path)
{
    return formatOf(path) != nullptr;
}

bool exportLayeredData(const QString &path, const std::vector<DataFeature> &features,
                       const FactionCatalog &catalog, QString *error, const MoreTables &moreTables)
{
    ensureGdalReady();
    const Format *format = formatOf(path);
    GDALDriver *driver = format ? GetGDALDriverManager()->GetDriverByName(format->driver) : nullptr;
    if (!driver) {
        *error = QStringLiteral("%1: this GDAL cannot write that format").arg(path);
        return false;
    }
    static QAtomicInt exports; // one memory file per export, however many run at once
    const QByteArray memoryPath = "/vsimem/frontline-export-" +
                                  QByteArray::number(exports.fetchAndAddRelaxed(1)) + "." +
                                  format->suffix;
    bool written = false;
    {
        std::unique_ptr<GDALDataset> dataset(
            driver->Create(memoryPath.constData(), 0, 0, 0, GDT_Unknown, nullptr));
        const bool transaction = dataset && dataset->StartTransaction() == OGRERR_NONE;
        written = dataset && writeLayers(*dataset, *format, features) &&
                  (qstrcmp(format->driver, "GPKG") != 0 || writeFactions(*dataset, catalog)) &&
                  (!moreTables || moreTables(*dataset)) &&
                  (!transaction || dataset->CommitTransaction() == OGRERR_NONE);
    } // closed: everything is in the memory file
    const QByteArray data = takeMemoryFile(memoryPath);
    if (!written || data.isEmpty()) {
        *error = QStringLiteral("%1: GDAL could not write it (%2)")
                     .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    return writeFileSafely(path, data, error);
}

} // namespace frontline
