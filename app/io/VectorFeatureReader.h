#pragma once

#include <QString>
#include <functional>

class OGRFeature;
class OGRGeometry;
class OGRLayer;

namespace frontline {

// The features a reading skipped, by cause: a layer says what it left out.
struct SkippedFeatures
{
    int unreadable = 0;      // GDAL failed to read them: the file is damaged or cut short
    int notFinite = 0;       // a coordinate is not a number (NaN) or infinite
    int outsideTheWorld = 0; // beyond the globe: metres in a layer that claims degrees, 1e308

    int total() const { return unreadable + notFinite + outsideTheWorld; }
    // "1 could not be read (...); 2 lie outside the world (...)", for a message.
    QString describe() const;
};

// Reads every feature of every layer of a vector file GDAL opens, its geometry transformed
// to WGS 84 (x = longitude, y = latitude), and hands each to `visit`. False, with a one-line
// reason, when GDAL cannot open the file (a zip that unpacks to more than a layer may hold is
// not opened at all) or a layer has no coordinate system (nothing can place it on the map).
// Features without a geometry are passed over; those GDAL fails to read, or whose coordinates
// are not finite or do not lie on the globe, are skipped and counted in `skipped` where given.
bool readVectorFeatures(const QString &path,
                        const std::function<void(const OGRFeature &, OGRGeometry &)> &visit,
                        QString *error, SkippedFeatures *skipped = nullptr);

// The same for one layer of a dataset already open (a table of the team's database, its
// filters set), `path` naming it in messages; what it skips is added to `skipped`.
bool readLayerFeatures(const QString &path, OGRLayer &layer,
                       const std::function<void(const OGRFeature &, OGRGeometry &)> &visit,
                       QString *error, SkippedFeatures &skipped);

// Whether `path` is a shapefile (.shp) with no file of `suffix` ("dbf", "shx") beside it.
bool shapefileLacks(const QString &path, const QString &suffix);

} // namespace frontline
