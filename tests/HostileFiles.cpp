#include "HostileFiles.h"

#include <QFileInfo>
#include <cmath>
#include <gdal_priv.h>
#include <memory>
#include <numbers>
#include <ogrsf_frmts.h>
#include <vector>
#include <zlib.h>

namespace frontline::test {
namespace {

QByteArray deflated(z_stream &stream, const QByteArray &input, int flush)
{
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    stream.avail_in = uInt(input.size());
    char buffer[1 << 16];
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
    return out;
}

void appendLittleEndian(QByteArray &bytes, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes.append(char((value >> (8 * i)) & 0xFF));
}

struct ZipEntry
{
    QByteArray name;
    quint32 crc = 0, compressedSize = 0, size = 0;
};

// The header of `entry`: the local one, before its data, or the central directory's.
QByteArray zipHeader(const ZipEntry &entry, bool central)
{
    QByteArray header;
    appendLittleEndian(header, central ? 0x02014b50 : 0x04034b50, 4);
    if (central)
        appendLittleEndian(header, 20, 2);               // made by
    for (const quint32 field : {20u, 0u, 8u, 0u, 0x21u}) // needed, flags, deflate, time, date
        appendLittleEndian(header, field, 2);
    for (const quint32 field : {entry.crc, entry.compressedSize, entry.size})
        appendLittleEndian(header, field, 4);
    appendLittleEndian(header, quint32(entry.name.size()), 2);
    appendLittleEndian(header, 0, 2); // extra
    if (central) {
        for (int i = 0; i < 3; ++i) // comment, disk, internal attributes
            appendLittleEndian(header, 0, 2);
        appendLittleEndian(header, 0, 4); // external attributes
        appendLittleEndian(header, 0, 4); // where the local header is: first
    }
    return header + entry.name;
}

QByteArray zipOfOne(const ZipEntry &entry, const QByteArray &deflatedData)
{
    const QByteArray local = zipHeader(entry, false) + deflatedData;
    const QByteArray directory = zipHeader(entry, true);
    QByteArray end;
    appendLittleEndian(end, 0x06054b50, 4);
    for (const quint32 field : {0u, 0u, 1u, 1u}) // disks, entries here, entries in all
        appendLittleEndian(end, field, 2);
    appendLittleEndian(end, quint32(directory.size()), 4);
    appendLittleEndian(end, quint32(local.size()), 4);
    appendLittleEndian(end, 0, 2); // comment
    return local + directory + end;
}

uLong crcOf(const QByteArray &bytes, uLong crc = 0)
{
    return crc32(crc, reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size()));
}

} // namespace

QByteArray polygonFeature(const QByteArray &faction, const QByteArray &ring)
{
    return R"({"type":"Feature","properties":{"faction":")" + faction +
           R"("},"geometry":{"type":"Polygon","coordinates":[[)" + ring + "]]}}";
}

QByteArray featureCollection(const QList<QByteArray> &features)
{
    QByteArray json = R"({"type":"FeatureCollection","features":[)";
    for (const QByteArray &feature : features)
        json += feature + (&feature == &features.back() ? "" : ",");
    return json + "]}";
}

QByteArray kmlPlacemark(const QByteArray &prolog, const QByteArray &name)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           "\n" +
           prolog + R"(<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>)" +
           name +
           "</name><Polygon><outerBoundaryIs><LinearRing><coordinates>38,35 39,35 39,36 "
           "38,36 38,35</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>"
           "</Document></kml>\n";
}

// A zip of one file, `doc.kml`: `head`, then `chunk` `repeats` times, then `tail`. Each chunk
// is deflated after a full flush, which empties the compressor, so its bytes are the same each
// time: a gigabyte is written in a moment, as a bomb's maker would.
QByteArray zipBomb(const QByteArray &head, const QByteArray &chunk, int repeats,
                   const QByteArray &tail)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY); // raw deflate, as zip has
    QByteArray data = deflated(stream, head, Z_FULL_FLUSH);
    const QByteArray once = deflated(stream, chunk, Z_FULL_FLUSH);
    const QByteArray twice = deflated(stream, chunk, Z_FULL_FLUSH);
    data += once.repeated(repeats - 1) + twice + deflated(stream, tail, Z_FINISH);
    deflateEnd(&stream);
    if (once != twice)
        return {}; // zlib did not repeat itself: the caller says so
    uLong crc = crcOf(head);
    const uLong chunkCrc = crcOf(chunk);
    for (int i = 0; i < repeats; ++i)
        crc = crc32_combine(crc, chunkCrc, z_off_t(chunk.size()));
    crc = crc32_combine(crc, crcOf(tail), z_off_t(tail.size()));
    const qint64 size = head.size() + qint64(chunk.size()) * repeats + tail.size();
    return zipOfOne({"doc.kml", quint32(crc), quint32(data.size()), quint32(size)}, data);
}

// One polygon of `vertices` points, a wavy ring round 38.5 E 35.5 N, as a GeoJSON ring.
QByteArray wavyRing(int vertices)
{
    QByteArray ring;
    ring.reserve(qsizetype(vertices) * 24);
    for (int i = 0; i <= vertices; ++i) {
        const double angle = 2 * std::numbers::pi * (i % vertices) / vertices;
        const double radius = 1 + 0.3 * std::sin(500 * angle);
        ring += '[' + QByteArray::number(38.5 + radius * std::cos(angle), 'f', 6) + ',' +
                QByteArray::number(35.5 + radius * std::sin(angle), 'f', 6) + "],";
    }
    ring.chop(1);
    return ring;
}

bool writeShapefile(const QString &path, Units units, bool withCrs)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    std::unique_ptr<GDALDataset> dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    OGRLayer *layer = dataset->CreateLayer(QFileInfo(path).completeBaseName().toUtf8().constData(),
                                           withCrs ? &wgs84 : nullptr, wkbPolygon, nullptr);
    OGRFieldDefn field("faction", OFTString);
    layer->CreateField(&field);
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("faction", "IS");
    const double scale = units == Units::Metres ? 100000 : 1;
    const double west = units == Units::Metres ? 500000 : 38;
    const double south = units == Units::Metres ? 3900000 : 35;
    OGRLinearRing ring;
    const int corners[][2] = {{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
    for (const auto &corner : corners)
        ring.addPoint(west + corner[0] * scale, south + corner[1] * scale);
    OGRPolygon square;
    square.addRing(&ring);
    feature.SetGeometry(&square);
    return layer->CreateFeature(&feature) == OGRERR_NONE;
}

bool writeGeoTiff(const QString &path, int grey)
{
    constexpr int kSide = 512;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    std::unique_ptr<GDALDataset> tiff(
        driver->Create(path.toUtf8().constData(), kSide, kSide, 1, GDT_Byte, nullptr));
    double transform[6] = {38, 1.0 / kSide, 0, 36, 0, -1.0 / kSide};
    tiff->SetGeoTransform(transform);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    tiff->SetSpatialRef(&wgs84);
    std::vector<GByte> pixels(kSide * kSide, GByte(grey));
    return tiff->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, kSide, kSide, pixels.data(), kSide,
                                            kSide, GDT_Byte, 0, 0, nullptr) == CE_None;
}

} // namespace frontline::test
