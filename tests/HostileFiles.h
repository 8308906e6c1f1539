#pragma once

// Hostile files made at run time for the tests: nothing big is kept in the repository.
#include <QByteArray>
#include <QList>
#include <QString>

namespace frontline::test {

// GeoJSON: a polygon feature whose `faction` property names `faction`, its outer ring the
// points `ring` ("[38,35],[39,35],..."); a collection of such features.
QByteArray polygonFeature(const QByteArray &faction, const QByteArray &ring);
QByteArray featureCollection(const QList<QByteArray> &features);
// A ring of `vertices` points (and the first again), wavy, round 38.5 E 35.5 N.
QByteArray wavyRing(int vertices);

// A KML document of one placemark `name`, a square over 38-39 E, 35-36 N, with `prolog` (a
// document type declaring entities, say) before its root.
QByteArray kmlPlacemark(const QByteArray &prolog, const QByteArray &name);

// A zip of one file, `doc.kml`: `head`, then `chunk` `repeats` times, then `tail`, deflated in
// a moment however large it unpacks; empty if zlib does not repeat itself.
QByteArray zipBomb(const QByteArray &head, const QByteArray &chunk, int repeats,
                   const QByteArray &tail);

enum class Units
{
    Degrees,
    Metres
};
// A shapefile (.shp, .shx, .dbf, and .prj in WGS 84 when `withCrs`) of one square whose field
// `faction` names Islamic State: 38-39 E, 35-36 N, or its numbers in metres (100 km from
// 500,000 E, 3,900,000 N). False when GDAL cannot write it.
bool writeShapefile(const QString &path, Units units, bool withCrs);
// A 512-pixel square GeoTIFF of one band, all `grey`, in WGS 84, over 38-39 E, 35-36 N.
bool writeGeoTiff(const QString &path, int grey);

} // namespace frontline::test
