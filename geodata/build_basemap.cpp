// Builds Frontline's basemap GeoPackage from world-atlas's TopoJSON: land and countries at the
// 1:50m and 1:10m scales, each a layer ("countries_50m") with the atlas's id and name.
// TopoJSON rings are spherical: those of Russia, Fiji and Antarctica cross the antimeridian in
// one step half the world wide. GEOS is planar and would make such a ring valid as a band
// across the world, so every ring is cut at the antimeridian first (geo/Antimeridian.h), and
// only then made valid. Run by the build (see CMakeLists.txt); one clear line on error.

#include "geo/GdalSession.h"
#include "geo/PolygonRings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

using namespace frontline;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "frontline-build-basemap: %s\n", qPrintable(message));
    std::exit(1);
}

// The polygons of `geometry` cut at the antimeridian and made valid, as a multipolygon. All
// rings go into one polygon: GEOS's "linework" repair keeps what an odd number of rings
// enclose, as the map draws them, whichever ring was a hole of which.
std::unique_ptr<OGRGeometry> planarPolygons(const OGRGeometry &geometry)
{
    GeoRings rings;
    appendPolygonRings(&geometry, rings);
    OGRPolygon evenOdd;
    for (const std::vector<QPointF> &ring : rings) {
        OGRLinearRing linear;
        for (const QPointF &p : ring)
            linear.addPoint(p.x(), p.y());
        linear.closeRings();
        evenOdd.addRing(&linear);
    }
    std::unique_ptr<OGRGeometry> valid(evenOdd.MakeValid());
    if (!valid)
        return nullptr;
    // The repair leaves the cut's slivers as lines beside the areas: only the areas are kept.
    valid.reset(OGRGeometryFactory::removeLowerDimensionSubGeoms(valid.get()));
    return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::forceToMultiPolygon(valid.release()));
}

void convertLayer(const QString &topoJsonPath, const char *objectName, GDALDataset &output,
                  const QString &layerName)
{
    std::unique_ptr<GDALDataset> input(GDALDataset::Open(topoJsonPath.toUtf8().constData(),
                                                         GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                                         nullptr, nullptr));
    OGRLayer *source = input ? input->GetLayerByName(objectName) : nullptr;
    if (!source)
        fail(QStringLiteral("%1: cannot read its %2").arg(topoJsonPath, QLatin1String(objectName)));
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *target =
        output.CreateLayer(layerName.toUtf8().constData(), &wgs84, wkbMultiPolygon, nullptr);
    if (!target)
        fail(QStringLiteral("cannot create the layer %1").arg(layerName));
    OGRFeatureDefn *fields = source->GetLayerDefn();
    for (int i = 0; i < fields->GetFieldCount(); ++i)
        if (target->CreateField(fields->GetFieldDefn(i)) != OGRERR_NONE)
            fail(QStringLiteral("cannot create the fields of %1").arg(layerName));
    if (target->StartTransaction() != OGRERR_NONE)
        fail(QStringLiteral("cannot write %1").arg(layerName));
    for (const auto &feature : *source) {
        // Every feature is kept, one with no area (the atlas's Vatican at 1:10m) included.
        const OGRGeometry *geometry = feature->GetGeometryRef();
        std::unique_ptr<OGRGeometry> polygons = geometry ? planarPolygons(*geometry) : nullptr;
        OGRFeature out(target->GetLayerDefn());
        out.SetFrom(feature.get());
        out.SetGeometryDirectly(polygons ? polygons.release() : new OGRMultiPolygon);
        if (target->CreateFeature(&out) != OGRERR_NONE)
            fail(QStringLiteral("cannot write a feature of %1").arg(layerName));
    }
    if (target->CommitTransaction() != OGRERR_NONE)
        fail(QStringLiteral("cannot write %1").arg(layerName));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("atlas"), QStringLiteral("world-atlas's folder"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("the GeoPackage to write"),
                      QStringLiteral("path")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("atlas")) || !parser.isSet(QStringLiteral("output")))
        fail(QStringLiteral("--atlas and --output are required"));
    const QDir atlas(parser.value(QStringLiteral("atlas")));
    const QString output = parser.value(QStringLiteral("output"));
    // Written beside and renamed when whole: a failed run leaves no basemap to trust.
    const QString base = output.endsWith(QLatin1String(".gpkg")) ? output.chopped(5) : output;
    const QString partial = base + QStringLiteral(".partial.gpkg"); // GDAL wants the extension
    QFile::remove(partial);

    ensureGdalReady();
    GDALDriver *gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> dataset(
        gpkg ? gpkg->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!dataset)
        fail(QStringLiteral("%1: cannot create it").arg(partial));
    for (const char *scale : {"50m", "10m"})
        for (const char *object : {"countries", "land"})
            convertLayer(
                atlas.filePath(
                    QStringLiteral("%1-%2.json").arg(QLatin1String(object), QLatin1String(scale))),
                object, *dataset,
                QStringLiteral("%1_%2").arg(QLatin1String(object), QLatin1String(scale)));
    dataset.reset(); // closes the file
    QFile::remove(output);
    if (!QFile::rename(partial, output))
        fail(QStringLiteral("%1: cannot write it").arg(output));
    std::printf("basemap: %s\n", qPrintable(output));
    return 0;
}
