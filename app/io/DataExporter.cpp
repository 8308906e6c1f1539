#include "DataExporter.h"

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

OGRFieldType ogrType(QMetaType::Type type)
{
    return type == QMetaType::Int ? OFTInteger : type == QMetaType::Double ? OFTReal : OFTString;
}

// A layer's fields: its kinds' fields (every kind's, for one layer), then the days it took.
bool createFields(OGRLayer &layer, const std::vector<DataKind> &kinds)
{
    std::vector<std::string> made;
    for (DataKind kind : kinds)
        for (const DataField &field : dataFields(kind)) {
            if (std::find(made.begin(), made.end(), field.name) != made.end())
                continue;
            made.push_back(field.name);
            OGRFieldDefn definition(field.name, ogrType(field.type));
            if (layer.CreateField(&definition) != OGRERR_NONE)
                return false;
        }
    for (const char *day : {"begin", "end"}) {
        OGRFieldDefn definition(day, OFTDate);
        if (layer.CreateField(&definition) != OGRERR_NONE)
            return false;
    }
    return true;
}

std::unique_ptr<OGRGeometry> geometryOf(const DataFeature &feature)
{
    if (!feature.rings.empty()) {
        std::vector<OGRGeometry *> polygons;
        for (const auto &ring : feature.rings) {
            auto *polygon = new OGRPolygon;
            auto *linear = new OGRLinearRing;
            for (const QPointF &point : ring)
                linear->addPoint(point.x(), point.y());
            linear->closeRings();
            polygon->addRingDirectly(linear);
            polygons.push_back(polygon);
        }
        int valid = 0; // rings inside others become their holes
        return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::organizePolygons(
            polygons.data(), int(polygons.size()), &valid, nullptr));
    }
    if (feature.points.size() > 1) {
        auto line = std::make_unique<OGRLineString>();
        for (const QGeoCoordinate &point : feature.points)
            line->addPoint(point.longitude(), point.latitude());
        return line;
    }
    if (feature.points.size() == 1 && feature.points.front().isValid())
        return std::make_unique<OGRPoint>(feature.points.front().longitude(),
                                          feature.points.front().latitude());
    return nullptr; // a place the analyst has yet to place
}

// KML's style (the OGR feature style the LIBKML driver writes as <Style>).
QByteArray styleOf(const DataFeature &feature)
{
    const QByteArray color = feature.color.isValid() ? feature.color.name().toLatin1() : "#606060";
    if (feature.kind == DataKind::Zone)
        return "BRUSH(fc:" + color + "60);PEN(c:" + color + ",w:2px)";
    if (feature.kind == DataKind::Arrow)
        return "PEN(c:" + color + ",w:4px)";
    return "SYMBOL(id:\"ogr-sym-3\",c:" + color + ")"; // a filled circle
}

bool writeFeature(OGRLayer &layer, const DataFeature &feature)
{
    OGRFeature out(layer.GetLayerDefn());
    const std::vector<DataField> &fields = dataFields(feature.kind);
    for (std::size_t f = 0; f < fields.size() && f < feature.values.size(); ++f) {
        const QVariant &value = feature.values[f];
        if (!value.isValid() || value.isNull())
            continue;
        if (fields[f].type == QMetaType::Int)
            out.SetField(fields[f].name, value.toInt());
        else if (fields[f].type == QMetaType::Double)
            out.SetField(fields[f].name, value.toDouble());
        else
            out.SetField(fields[f].name, value.toString().toUtf8().constData());
    }
    if (feature.begin.isValid())
        out.SetField("begin", feature.begin.year(), feature.begin.month(), feature.begin.day());
    if (feature.end.isValid())
        out.SetField("end", feature.end.year(), feature.end.month(), feature.end.day());
    if (std::unique_ptr<OGRGeometry> geometry = geometryOf(feature))
        out.SetGeometryDirectly(geometry.release());
    out.SetStyleString(styleOf(feature).constData());
    return layer.CreateFeature(&out) == OGRERR_NONE;
}

bool writeFactions(GDALDataset &dataset, const FactionCatalog &catalog)
{
    OGRLayer *layer = dataset.CreateLayer("factions", nullptr, wkbNone, nullptr);
    if (!layer)
        return false;
    for (const char *name : {"id", "name", "theatre", "color", "aliases"}) {
        OGRFieldDefn definition(name, OFTString);
        if (layer->CreateField(&definition) != OGRERR_NONE)
            return false;
    }
    for (const Faction &faction : catalog.factions()) {
        OGRFeature out(layer->GetLayerDefn());
        out.SetField("id", faction.id.toUtf8().constData());
        out.SetField("name", faction.name.toUtf8().constData());
        out.SetField("theatre", faction.theatre.toUtf8().constData());
        out.SetField("color", faction.style.color.name().toUtf8().constData());
        out.SetField("aliases", faction.aliases.join(QLatin1Char(';')).toUtf8().constData());
        if (layer->CreateFeature(&out) != OGRERR_NONE)
            return false;
    }
    return true;
}

} // namespace

namespace {

// Every kind into `dataset`: into one layer, or a layer a kind.
bool writeLayers(GDALDataset &dataset, const Format &format,
                 const std::vector<DataFeature> &features)
{
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude
    OGRLayer *single = nullptr;
    if (format.oneLayer) {
        single = dataset.CreateLayer("frontline", &wgs84, wkbUnknown, nullptr);
        if (!single || !createFields(*single, std::vector<DataKind>(std::begin(kDataKinds),
                                                                    std::end(kDataKinds))))
            return false;
    }
    for (DataKind kind : kDataKinds) {
        OGRLayer *layer = single;
        if (!layer) {
            layer = dataset.CreateLayer(dataLayerName(kind), &wgs84, wkbUnknown, nullptr);
            if (!layer || !createFields(*layer, {kind}))
                return false;
        }
        for (const DataFeature &feature : features)
            if (feature.kind == kind && !writeFeature(*layer, feature))
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
