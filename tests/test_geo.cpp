// Projection and viewport math.
#include "geo/WebMercator.h"
#include "map/MapViewport.h"

#include <QTest>

using namespace frontline;

class GeoTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mercatorRoundTrips()
    {
        for (const auto &[lat, lon] : {std::pair{34.452, 40.918}, {-33.9, 151.2}, {0.0, 0.0}, {71.0, -156.8}}) {
            const QPointF world = mercator::toWorld(lat, lon);
            QVERIFY(std::abs(mercator::latitudeOf(world) - lat) < 1e-9);
            QVERIFY(std::abs(mercator::longitudeOf(world) - lon) < 1e-9);
        }
        QCOMPARE(mercator::toWorld(0, 0), QPointF(0.5, 0.5));
        QVERIFY(mercator::toWorld(90, 0).y() > -1e-9); // clamped at the projection's limit
    }
    void zoomAboutKeepsTheAnchorStill()
    {
        MapViewport viewport(QSize(800, 600), QPointF(0.6, 0.4), 5);
        const QPointF anchor(123, 456);
        const QPointF before = viewport.toWorld(anchor);
        viewport.zoomAbout(anchor, 1.37);
        const QPointF after = viewport.toWorld(anchor);
        QVERIFY(std::abs(before.x() - after.x()) < 1e-12);
        QVERIFY(std::abs(before.y() - after.y()) < 1e-12);
        QCOMPARE(viewport.zoom(), 6.37);
    }
    void fitShowsTheWholeRectangleCentred()
    {
        MapViewport viewport(QSize(1600, 1000), {}, 2);
        const QRectF box(mercator::toWorld(37, 38), mercator::toWorld(32, 45));
        viewport.fit(box, 0.0, MapViewport::kMaxZoom);
        const QRectF visible = viewport.visibleWorld();
        QVERIFY(visible.contains(box.adjusted(1e-9, 1e-9, -1e-9, -1e-9)));
        QVERIFY(std::abs(visible.center().x() - box.center().x()) < 1e-12);
        // Tight in one dimension: the box spans the full width or the full height.
        QVERIFY(std::abs(visible.width() - box.width()) < 1e-9 || std::abs(visible.height() - box.height()) < 1e-9);
    }
    void panMovesByPixels()
    {
        MapViewport viewport(QSize(400, 400), QPointF(0.5, 0.5), 3);
        const QPointF world = viewport.toWorld({200, 200});
        viewport.panByPixels({100, 0});
        QCOMPARE(viewport.toScreen(world), QPointF(100, 200));
    }
};

QTEST_GUILESS_MAIN(GeoTest)
#include "test_geo.moc"
