#pragma once

#include <QString>
#include <functional>

class OGRFeature;
class OGRGeometry;

namespace frontline {

// Reads every feature of every layer of a vector file GDAL opens, its geometry transformed
// to WGS 84 (x = longitude, y = latitude), and hands each to `visit`. False, with a one-line
// reason, when GDAL cannot open the file or a layer has no coordinate system (nothing can
// place it on the map). Features without a geometry, whose geometry does not transform, or
// whose coordinates are not finite or lie outside the world (a layer in metres that claims
// degrees) are skipped and counted in `outsideTheWorld` where given.
bool readVectorFeatures(const QString &path,
                        const std::function<void(const OGRFeature &, OGRGeometry &)> &visit,
                        QString *error, int *outsideTheWorld = nullptr);

} // namespace frontline
