// Map layers end to end: files GDAL reads (GeoJSON, GeoPackage, GeoTIFF, MBTiles) drawn and
// checked by pixels, the online tile layer against a local tile server, clusters, hatching,
// geodesy, and layer files that cannot be drawn.
#include "LocalTileServer.h"
#include "TestSupport.h"

#include "geo/Geodesy.h"
#include "geo/GdalSession.h"
#include "geo/WebMercator.h"
#include "io/Geodata.h"
#include "io/LayerFileReader.h"
#include "map/HatchLines.h"
#include "map/LayerStack.h"
#include "map/MapRenderer.h"
#include "map/MarkerClusters.h"
#include "map/RasterSource.h"
#include "map/VectorSource.h"

#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace frontline;

class LayersTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<Geodata> m_geodata;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QImage render(const LayerStack &layers, double latitude, double longitude, double zoom,
                  const MapOverlay &overlay = {}) const
    {
        MapFrame frame;
        frame.viewport = MapViewport(QSize(400, 300), mercator::toWorld(latitude, longitude), zoom);
        frame.decorations = false;
        QImage image(frame.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        MapRenderer(m_geodata->basemap).render(painter, frame, overlay, layers);
        return image;
    }
    static QColor centre(const QImage &image) { return image.pixelColor(image.width() / 2, image.height() / 2); }
    static bool near(QColor a, QColor b, int tolerance = 16)
    {
        return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
               std::abs(a.blue() - b.blue()) <= tolerance;
    }

    // A raster of one colour over `lonLat` (W, S, E, N) in WGS 84, `size` pixels square,
    // with overviews.
    void writeGeoTiff(const QString &file, const QRectF &lonLat, int size, const QColor &color)
    {
        ensureGdalReady();
        GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
        std::unique_ptr<GDALDataset> dataset(gtiff->Create(file.toUtf8().constData(), size, size, 3, GDT_Byte, nullptr));
        QVERIFY(dataset);
        double transform[6] = {lonLat.left(), lonLat.width() / size, 0, lonLat.bottom(), 0, -lonLat.height() / size};
        dataset->SetGeoTransform(transform);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        dataset->SetSpatialRef(&wgs84);
        const int values[3] = {color.red(), color.green(), color.blue()};
        for (int band = 1; band <= 3; ++band)
            QCOMPARE(dataset->GetRasterBand(band)->Fill(values[band - 1]), CE_None);
        int levels[] = {2, 4, 8, 16};
        QCOMPARE(dataset->BuildOverviews("AVERAGE", 4, levels, 0, nullptr, nullptr, nullptr), CE_None);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(m_geodata, qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void clustersMergeNearbyMarkersAndSplitWhenZoomedIn()
    {
        // Albu Kamal and al-Qaim, 9 km apart: one cluster at zoom 6, two at zoom 10.
        const std::vector<QPointF> points{mercator::toWorld(34.4523, 40.9185), mercator::toWorld(34.3925, 40.9894),
                                          mercator::toWorld(33.3491, 43.7860)};
        const MarkerClusters wide(points, MapViewport(QSize(800, 600), mercator::toWorld(34, 42), 6), 16);
        QCOMPARE(wide.clusters().size(), std::size_t(2));
        const auto big = std::find_if(wide.clusters().begin(), wide.clusters().end(),
                                      [](const MarkerClusters::Cluster &c) { return c.count == 2; });
        QVERIFY(big != wide.clusters().end());
        QVERIFY(big->world.contains(points[0]) || big->world.width() > 0);
        const MarkerClusters close(points, MapViewport(QSize(800, 600), mercator::toWorld(34.42, 40.95), 10), 16);
        QCOMPARE(close.clusters().size(), std::size_t(2)); // Fallujah is out of view at zoom 10
        QCOMPARE(close.clusters()[0].count + close.clusters()[1].count, 2);
        // Hit-testing finds the cluster under the cursor, and nothing on empty ground.
        QVERIFY(wide.clusterAt(big->screen + QPointF(3, 3), 10) >= 0);
        QCOMPARE(wide.clusterAt(QPointF(5, 5), 10), -1);
    }

    void layerStackKeepsOrderAndBuiltInLayers()
    {
        LayerStack stack;
        QCOMPARE(stack.layers().front().kind, LayerKind::Basemap);
        QCOMPARE(stack.layers().back().kind, LayerKind::Places);
        MapLayer raster;
        raster.id = QStringLiteral("r.tif");
        raster.kind = LayerKind::Raster;
        stack.add(raster);
        QCOMPARE(stack.layers()[1].id, QStringLiteral("r.tif")); // just above the basemap
        MapLayer vector;
        vector.id = QStringLiteral("v.geojson");
        vector.kind = LayerKind::Vector;
        vector.source = std::make_shared<VectorSource>();
        stack.add(vector);
        QCOMPARE(stack.layers()[3].id, QStringLiteral("v.geojson")); // just above the zones
        QVERIFY(stack.move(QStringLiteral("v.geojson"), 2));
        QCOMPARE(stack.layers()[5].id, QStringLiteral("v.geojson"));
        QVERIFY(!stack.move(QStringLiteral("v.geojson"), 5)); // past the top
        stack.remove(QStringLiteral("places"));               // built-in layers stay
        QVERIFY(stack.find(QStringLiteral("places")));
        stack.remove(QStringLiteral("v.geojson"));
        QVERIFY(!stack.find(QStringLiteral("v.geojson")));
        stack.setOpacity(QStringLiteral("zones"), 3.0);
        QCOMPARE(stack.find(QStringLiteral("zones"))->opacity, 1.0);
    }

    void hidingALayerChangesThePixels()
    {
        MapOverlay overlay;
        MapMarker marker;
        marker.placeId = QStringLiteral("p");
        marker.label = QStringLiteral("Palmyra");
        marker.world = mercator::toWorld(34.56, 38.28);
        marker.color = QColor(0x20, 0x60, 0xc0);
        overlay.markers.push_back(marker);
        LayerStack layers;
        QVERIFY(near(centre(render(layers, 34.56, 38.28, 8, overlay)), marker.color));
        layers.setVisible(QStringLiteral("places"), false);
        QVERIFY(near(centre(render(layers, 34.56, 38.28, 8, overlay)), MapStyle::standard().land));
        layers.setVisible(QStringLiteral("places"), true);
        layers.setOpacity(QStringLiteral("places"), 0.5);
        const QColor half = centre(render(layers, 34.56, 38.28, 8, overlay));
        QVERIFY(!near(half, marker.color, 8) && !near(half, MapStyle::standard().land, 8));
    }

    void vectorFilesAreDrawnInTheirColour()
    {
        // A square over the Syrian desert, as GeoJSON and converted by GDAL to GeoPackage.
        QFile geojson(path(QStringLiteral("square.geojson")));
        QVERIFY(geojson.open(QIODevice::WriteOnly));
        geojson.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"area"},
            "geometry":{"type":"Polygon","coordinates":[[[38,34],[39,34],[39,35],[38,35],[38,34]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[36,33],[37,33.5]]}}]})");
        geojson.close();
        const QString gpkg = path(QStringLiteral("square.gpkg"));
        ensureGdalReady();
        GDALDatasetH source = GDALOpenEx(geojson.fileName().toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(source);
        const char *options[] = {"-f", "GPKG", nullptr};
        GDALVectorTranslateOptions *translate = GDALVectorTranslateOptionsNew(const_cast<char **>(options), nullptr);
        GDALDatasetH written = GDALVectorTranslate(gpkg.toUtf8().constData(), nullptr, 1, &source, translate, nullptr);
        GDALVectorTranslateOptionsFree(translate);
        QVERIFY(written);
        GDALClose(written);
        GDALClose(source);

        const QColor blue(0x00, 0x72, 0xb2);
        for (const QString &file : {geojson.fileName(), gpkg}) {
            QString error;
            const std::optional<MapLayer> layer = readLayerFile(file, blue, &error);
            QVERIFY2(layer, qPrintable(error));
            QCOMPARE(layer->kind, LayerKind::Vector);
            const auto vector = std::dynamic_pointer_cast<const VectorSource>(layer->source);
            QVERIFY(vector);
            QCOMPARE(vector->polygons.features().size(), std::size_t(1));
            QCOMPARE(vector->lines.size(), std::size_t(1));
            LayerStack layers;
            const QColor before = centre(render(layers, 34.5, 38.5, 7));
            layers.add(*layer);
            const QColor after = centre(render(layers, 34.5, 38.5, 7));
            // The light fill of the area: nearer the layer's colour than the land it covers.
            const auto distance = [&](const QColor &c) {
                return std::abs(c.red() - blue.red()) + std::abs(c.green() - blue.green()) + std::abs(c.blue() - blue.blue());
            };
            QVERIFY2(distance(after) < distance(before) - 40, qPrintable(after.name() + QLatin1Char(' ') + before.name()));
            // Outside the square the land is untouched.
            QCOMPARE(render(layers, 31.0, 45.0, 7).pixelColor(200, 150), render(LayerStack(), 31.0, 45.0, 7).pixelColor(200, 150));
        }
    }

    void geoTiffIsDrawnWhereItLies()
    {
        const QString file = path(QStringLiteral("red.tif"));
        writeGeoTiff(file, QRectF(QPointF(38, 33), QPointF(40, 35)), 2048, QColor(220, 30, 30));
        QString error;
        const std::optional<MapLayer> layer = readLayerFile(file, Qt::black, &error);
        QVERIFY2(layer, qPrintable(error));
        QCOMPARE(layer->kind, LayerKind::Raster);
        LayerStack layers;
        layers.add(*layer);
        // Zoomed out (read from an overview) and zoomed in (full resolution), red inside,
        // the basemap outside.
        for (double zoom : {5.0, 10.0})
            QVERIFY2(near(centre(render(layers, 34.0, 39.0, zoom)), QColor(220, 30, 30)), qPrintable(QString::number(zoom)));
        QVERIFY(near(centre(render(layers, 31.0, 45.0, 7)), MapStyle::standard().land));
    }

    void aLargeRasterIsReadThroughItsOverviews()
    {
        // 16,384 pixels square in WGS 84 (800 MB of pixels, 1 MB compressed on disk), with
        // overviews, as a big raster is shipped. A view of the whole of it must be read from
        // an overview: GDAL's block cache grows by a few megabytes, not by the raster.
        const QString file = path(QStringLiteral("large.tif"));
        {
            const char *options[] = {"TILED=YES", "COMPRESS=DEFLATE", nullptr};
            GDALDriver *gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
            std::unique_ptr<GDALDataset> dataset(
                gtiff->Create(file.toUtf8().constData(), 16384, 16384, 3, GDT_Byte, const_cast<char **>(options)));
            QVERIFY(dataset);
            double transform[6] = {30, 20.0 / 16384, 0, 40, 0, -20.0 / 16384};
            dataset->SetGeoTransform(transform);
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            dataset->SetSpatialRef(&wgs84);
            const int values[3] = {200, 30, 30};
            for (int band = 1; band <= 3; ++band)
                QCOMPARE(dataset->GetRasterBand(band)->Fill(values[band - 1]), CE_None);
            int levels[] = {2, 4, 8, 16, 32, 64};
            QCOMPARE(dataset->BuildOverviews("NEAREST", 6, levels, 0, nullptr, nullptr, nullptr), CE_None);
        }
        QString error;
        const std::optional<MapLayer> layer = readLayerFile(file, Qt::black, &error);
        QVERIFY2(layer, qPrintable(error));
        LayerStack layers;
        layers.add(*layer);
        GDALFlushCache(nullptr);
        const GIntBig before = GDALGetCacheUsed64();
        const QImage whole = render(layers, 30.0, 40.0, 4);
        QVERIFY2(centre(whole).red() > 150 && centre(whole).green() < 60, qPrintable(centre(whole).name()));
        const GIntBig grown = GDALGetCacheUsed64() - before;
        QVERIFY2(grown < 64 * 1024 * 1024, qPrintable(QStringLiteral("block cache grew by %1 MB").arg(grown >> 20)));
    }

    void mbtilesAreDrawn()
    {
        const QString tif = path(QStringLiteral("green.tif"));
        writeGeoTiff(tif, QRectF(QPointF(38, 33), QPointF(40, 35)), 512, QColor(30, 160, 60));
        const QString mbtiles = path(QStringLiteral("green.mbtiles"));
        GDALDatasetH source = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
        QVERIFY(source);
        const char *options[] = {"-of", "MBTiles", nullptr};
        GDALTranslateOptions *translate = GDALTranslateOptionsNew(const_cast<char **>(options), nullptr);
        GDALDatasetH written = GDALTranslate(mbtiles.toUtf8().constData(), source, translate, nullptr);
        GDALTranslateOptionsFree(translate);
        QVERIFY(written);
        GDALClose(written);
        GDALClose(source);
        QString error;
        const std::optional<MapLayer> layer = readLayerFile(mbtiles, Qt::black, &error);
        QVERIFY2(layer, qPrintable(error));
        LayerStack layers;
        layers.add(*layer);
        QVERIFY2(near(centre(render(layers, 34.0, 39.0, 8)), QColor(30, 160, 60)), qPrintable(centre(render(layers, 34.0, 39.0, 8)).name()));
    }

    void onlineTilesComeFromTheServerAndStayCached()
    {
        const QString cache = path(QStringLiteral("tiles"));
        const QColor blue(40, 90, 200);
        QString url;
        {
            test::LocalTileServer server(blue);
            url = server.urlTemplate();
            QString error;
            const std::optional<MapLayer> layer = makeTileLayer(server.urlTemplate(), QStringLiteral("Test tiles"), cache, &error);
            QVERIFY2(layer, qPrintable(error));
            QCOMPARE(layer->attribution, QStringLiteral("Test tiles"));
            LayerStack layers;
            layers.add(*layer);
            QVERIFY2(near(centre(render(layers, 34.0, 39.0, 6)), blue), qPrintable(layer->source->lastError()));
            QVERIFY(!server.requests().isEmpty());
            QVERIFY(server.requests().front().endsWith(QLatin1String(".png")));
            QVERIFY2(!server.userAgents().isEmpty() && server.userAgents().front().startsWith(QLatin1String("Frontline/")),
                     qPrintable(server.userAgents().join(QLatin1Char(','))));
        }
        // The server is gone: the same view comes from the disk cache.
        QString error;
        const std::optional<MapLayer> again = makeTileLayer(url, {}, cache, &error);
        QVERIFY2(again, qPrintable(error));
        LayerStack layers;
        layers.add(*again);
        QVERIFY2(near(centre(render(layers, 34.0, 39.0, 6)), blue), qPrintable(again->source->lastError()));
        QVERIFY(!makeTileLayer(QStringLiteral("ftp://example/{z}.png"), {}, cache, &error));
        QVERIFY(error.contains(QLatin1String("{x}")));
    }

    void layerFilesThatCannotBeDrawnGiveAReason()
    {
        QString error;
        QVERIFY(!readLayerFile(path(QStringLiteral("missing.geojson")), Qt::black, &error));
        QVERIFY(error.contains(QLatin1String("no such file")));

        QFile garbage(path(QStringLiteral("garbage.geojson")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("\x00\x01\x02{not json", 13));
        garbage.close();
        QVERIFY(!readLayerFile(garbage.fileName(), Qt::black, &error));
        QVERIFY2(error.contains(QLatin1String("cannot read")), qPrintable(error));

        // A shapefile without its .prj has no coordinate system.
        const QString shp = path(QStringLiteral("nocrs.shp"));
        {
            GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
            std::unique_ptr<GDALDataset> dataset(driver->Create(shp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRLayer *layer = dataset->CreateLayer("nocrs", nullptr, wkbPoint, nullptr);
            OGRFeature feature(layer->GetLayerDefn());
            OGRPoint point(38, 34);
            feature.SetGeometry(&point);
            QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
        }
        QVERIFY(!readLayerFile(shp, Qt::black, &error));
        QVERIFY2(error.contains(QLatin1String("no coordinate system")), qPrintable(error));

        // A picture with no place on Earth.
        const QString png = path(QStringLiteral("photo.png"));
        QImage photo(16, 16, QImage::Format_RGB32);
        photo.fill(Qt::gray);
        QVERIFY(photo.save(png));
        QVERIFY(!readLayerFile(png, Qt::black, &error));
        QVERIFY2(error.contains(QLatin1String("no coordinate system")), qPrintable(error));
    }

    void hatchLinesStayInsideTheArea()
    {
        // A 100-pixel square with a 40-pixel hole in the middle.
        const QPolygonF outer({{0, 0}, {100, 0}, {100, 100}, {0, 100}});
        const QPolygonF hole({{30, 30}, {70, 30}, {70, 70}, {30, 70}});
        for (const bool slash : {true, false}) {
            const std::vector<QLineF> lines = hatchLines({outer, hole}, 10, slash);
            QVERIFY(lines.size() > 15);
            for (const QLineF &line : lines) {
                const QPointF middle = line.center();
                QVERIFY(middle.x() >= -1e-9 && middle.x() <= 100 + 1e-9 && middle.y() >= -1e-9 && middle.y() <= 100 + 1e-9);
                QVERIFY(!QRectF(30.5, 30.5, 39, 39).contains(middle));
                QVERIFY(std::abs(std::abs(line.dx()) - std::abs(line.dy())) < 1e-6); // at 45 degrees
            }
        }
    }

    void geodesyMeasuresAndFormats()
    {
        // GeographicLib's own example: JFK to LHR on WGS 84, 5551.759400 km.
        const geodesy::Measurement jfkToLhr = geodesy::measure(QGeoCoordinate(40.6, -73.8), QGeoCoordinate(51.6, -0.5));
        QVERIFY(std::abs(jfkToLhr.metres - 5551759.400) < 1.0);
        QVERIFY(jfkToLhr.bearing > 51 && jfkToLhr.bearing < 52);
        QCOMPARE(geodesy::formatDistance(850), QStringLiteral("850 m"));
        QCOMPARE(geodesy::formatDistance(50000), QStringLiteral("50 km"));
        QCOMPARE(geodesy::formatDistance(12345), QStringLiteral("12.3 km"));
        QCOMPARE(geodesy::degreesMinutesSeconds(QGeoCoordinate(34.45226, 40.91854)), QStringLiteral("34\u00b027\u203208\u2033N 40\u00b055\u203207\u2033E"));
        // MGRS to the metre: reading it back lands within two metres.
        const QGeoCoordinate albuKamal(34.45226, 40.91854);
        const QString grid = geodesy::mgrs(albuKamal);
        QVERIFY2(grid.startsWith(QLatin1String("37S")), qPrintable(grid));
        int zone = 0, precision = 0;
        bool north = true;
        double x = 0, y = 0, latitude = 0, longitude = 0;
        GeographicLib::MGRS::Reverse(QString(grid).remove(QLatin1Char(' ')).toStdString(), zone, north, x, y, precision);
        GeographicLib::UTMUPS::Reverse(zone, north, x, y, latitude, longitude);
        QVERIFY(geodesy::measure(albuKamal, QGeoCoordinate(latitude, longitude)).metres < 2.0);
        const std::vector<QGeoCoordinate> path = geodesy::geodesicPath(QGeoCoordinate(40.6, -73.8), QGeoCoordinate(51.6, -0.5), 8);
        QCOMPARE(path.size(), std::size_t(9));
        QVERIFY(path[4].latitude() > 51.6); // a great-circle route bows north
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // fonts for the labels
    LayersTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_layers.moc"
