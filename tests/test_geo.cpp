// Projection and viewport math, rings cut at the antimeridian, and coordinates as the analyst
// reads and types them.
#include "geo/Antimeridian.h"
#include "geo/Coordinates.h"
#include "geo/Geodesy.h"
#include "geo/RegionPart.h"
#include "geo/WebMercator.h"
#include "map/MapViewport.h"

#include <QTest>
#include <cmath>

using namespace frontline;

class GeoTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mercatorRoundTrips()
    {
        for (const auto &[lat, lon] :
             {std::pair{34.452, 40.918}, {-33.9, 151.2}, {0.0, 0.0}, {71.0, -156.8}}) {
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
        QVERIFY(std::abs(visible.width() - box.width()) < 1e-9 ||
                std::abs(visible.height() - box.height()) < 1e-9);
    }
    void panMovesByPixels()
    {
        MapViewport viewport(QSize(400, 400), QPointF(0.5, 0.5), 3);
        const QPointF world = viewport.toWorld({200, 200});
        viewport.panByPixels({100, 0});
        QCOMPARE(viewport.toScreen(world), QPointF(100, 200));
    }

    // Every point of every part within -180..180, and no edge half the world wide but along a
    // pole (where every longitude is one point).
    static bool staysInTheWorld(const GeoRings &parts)
    {
        for (const auto &part : parts)
            for (std::size_t i = 0; i < part.size(); ++i) {
                const bool alongPole =
                    i > 0 && std::abs(part[i].y()) == 90 && part[i].y() == part[i - 1].y();
                if (std::abs(part[i].x()) > 180 ||
                    (i > 0 && !alongPole && std::abs(part[i].x() - part[i - 1].x()) > 180))
                    return false;
            }
        return true;
    }
    static double longitudeSpan(const std::vector<QPointF> &ring)
    {
        const auto [west, east] = std::minmax_element(
            ring.begin(), ring.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
        return east->x() - west->x();
    }

    void ringsAwayFromTheAntimeridianStayAsTheyAre()
    {
        const std::vector<QPointF> syria{{36, 33}, {42, 33}, {42, 37}, {36, 37}, {36, 33}};
        GeoRings parts;
        appendCutAtAntimeridian(syria, parts);
        QCOMPARE(parts.size(), std::size_t(1));
        QCOMPARE(parts.front(), syria);
    }
    void ringsAcrossTheAntimeridianAreCutIntoASideEach()
    {
        // A spherical ring the short way round 180, as TopoJSON keeps Fiji and Chukotka.
        GeoRings parts;
        appendCutAtAntimeridian({{178, -17}, {-178, -17}, {-178, -16}, {178, -16}, {178, -17}},
                                parts);
        QCOMPARE(parts.size(), std::size_t(2));
        QVERIFY(staysInTheWorld(parts));
        for (const auto &part : parts) {
            QCOMPARE(longitudeSpan(part), 2.0); // 178..180 and -180..-178, not the world between
            QCOMPARE(part.front(), part.back());
        }
        // Longitudes already unwrapped past 180 are cut the same way.
        GeoRings unwrapped;
        appendCutAtAntimeridian({{178, -17}, {182, -17}, {182, -16}, {178, -16}}, unwrapped);
        QCOMPARE(unwrapped, parts);
    }
    void ringsRoundAPoleCloseThroughIt()
    {
        // Once round the world at 70 S, crossing 180 once: Antarctica's coast in TopoJSON.
        std::vector<QPointF> coast;
        for (int lon = -170; lon <= 180; lon += 10)
            coast.emplace_back(lon, -70);
        GeoRings parts;
        appendCutAtAntimeridian(coast, parts);
        QVERIFY(!parts.empty());
        QVERIFY(staysInTheWorld(parts));
        double south = 0;
        for (const auto &part : parts)
            for (const QPointF &p : part)
                south = std::min(south, p.y());
        QCOMPARE(south, -90.0);
    }
    void linesAcrossTheAntimeridianBreakThere()
    {
        std::vector<std::vector<QPointF>> pieces;
        appendLineCutAtAntimeridian({{170, 10}, {178, 10}, {-178, 14}, {-170, 14}}, pieces);
        QCOMPARE(pieces.size(), std::size_t(2));
        QCOMPARE(pieces[0].back(), QPointF(180, 12));
        QCOMPARE(pieces[1].front(), QPointF(-180, 12));
    }
    // "Far west of" a region of places 4 degrees square: the places' hull widened by a tenth
    // of a degree, cut to the western quarter of that; "north of" to its northern third.
    void regionPartsAreCutFromThePlacesHull()
    {
        const std::vector<QPointF> places{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 2}, {1, 3}};
        const auto bounds = [](const GeoRings &rings) {
            double left = 180, right = -180, top = 90, bottom = -90; // top: the least latitude
            for (const QPointF &p : rings.front()) {
                left = std::min(left, p.x());
                right = std::max(right, p.x());
                top = std::min(top, p.y());
                bottom = std::max(bottom, p.y());
            }
            return QRectF(QPointF(left, top), QPointF(right, bottom));
        };
        const double widened = 4.2; // the hull's width and height once widened
        const GeoRings farWest = approximateRegionPart(places, QStringLiteral("far west"));
        QCOMPARE(farWest.size(), std::size_t(1));
        const QRectF west = bounds(farWest);
        QVERIFY(qAbs(west.left() - -0.1) < 1e-6);
        QVERIFY(qAbs(west.right() - (-0.1 + widened / 4)) < 1e-6);
        QVERIFY(qAbs(west.top() - -0.1) < 1e-3 && qAbs(west.bottom() - 4.1) < 1e-3);
        const QRectF north = bounds(approximateRegionPart(places, QStringLiteral("north")));
        QVERIFY(qAbs(north.top() - (4.1 - widened / 3)) < 1e-6);
        QVERIFY(qAbs(north.left() - -0.1) < 1e-3 && qAbs(north.right() - 4.1) < 1e-3);
        // The widened corner is rounded: the box's own corner lies outside the outline.
        QVERIFY(!QPolygonF(QList<QPointF>(farWest.front().begin(), farWest.front().end()))
                     .containsPoint(QPointF(-0.099, -0.099), Qt::OddEvenFill));
        QVERIFY(approximateRegionPart({{0, 0}, {1, 1}}, QStringLiteral("west")).empty());
    }
    // The place card's three notations: degrees, minutes and seconds in every hemisphere (a
    // second rounded up to 60 carries into the minute and the degree), and MGRS.
    void coordinatesInDmsAndMgrs()
    {
        QCOMPARE(geodesy::degreesMinutesSeconds(QGeoCoordinate(-33.8568, 151.2153)),
                 QStringLiteral("33\u00b051\u203224\u2033S 151\u00b012\u203255\u2033E"));
        QCOMPARE(geodesy::degreesMinutesSeconds(QGeoCoordinate(10.9999999, -0.5)),
                 QStringLiteral("11\u00b000\u203200\u2033N 0\u00b030\u203200\u2033W"));
        QCOMPARE(geodesy::decimalDegrees(QGeoCoordinate(-33.8568, 151.2153)),
                 QStringLiteral("-33.85680, 151.21530"));
        // The equator at Greenwich is 166,021 m east in UTM zone 31N.
        QCOMPARE(geodesy::mgrs(QGeoCoordinate(0, 0)), QStringLiteral("31NAA 66021 00000"));
        // Near the poles MGRS uses UPS, whose zones are letters (Z east of Greenwich, north).
        QVERIFY(geodesy::mgrs(QGeoCoordinate(89.5, 10)).startsWith(QLatin1Char('Z')));
        QVERIFY(geodesy::mgrs(QGeoCoordinate()).isEmpty());
        // Read back, an MGRS reference lands within two metres of its point.
        for (const QGeoCoordinate &point :
             {QGeoCoordinate(34.45226, 40.91854), QGeoCoordinate(-33.8568, 151.2153),
              QGeoCoordinate(64.1, -21.9)}) {
            QString error;
            const std::optional<LatitudeLongitude> back =
                parseCoordinates(geodesy::mgrs(point), &error);
            QVERIFY2(back, qPrintable(error));
            QVERIFY(
                geodesy::measure(point, QGeoCoordinate(back->latitude, back->longitude)).metres <
                2.0);
        }
    }
    void typedCoordinatesAreReadAndPointsOffTheGlobeRefused()
    {
        QString error;
        for (const QString &text : {QStringLiteral("34.45, 40.92"), QStringLiteral(" 34.45 40.92 "),
                                    QStringLiteral("34.45\u00b0; 40.92\u00b0")}) {
            const std::optional<LatitudeLongitude> point = parseCoordinates(text, &error);
            QVERIFY2(point, qPrintable(text));
            QCOMPARE(point->latitude, 34.45);
            QCOMPARE(point->longitude, 40.92);
        }
        QVERIFY(!parseCoordinates(QStringLiteral("Raqqa"), &error));
        QVERIFY(error.contains(QLatin1String("Raqqa")));
        QVERIFY(!parseCoordinates(QStringLiteral("34.45"), &error));
        // Read, then refused: the check is the globe's, not the parser's.
        const std::optional<LatitudeLongitude> far =
            parseCoordinates(QStringLiteral("95, 200"), &error);
        QVERIFY(far);
        QCOMPARE(offTheGlobe(far->latitude, far->longitude),
                 QStringLiteral("latitude 95 is outside -90..90"));
        QCOMPARE(offTheGlobe(45, -180.5), QStringLiteral("longitude -180.5 is outside -180..180"));
        QVERIFY(!offTheGlobe(std::nan(""), 0).isEmpty());
        QVERIFY(offTheGlobe(-90, 180).isEmpty());
        QVERIFY(offTheGlobe(90, -180).isEmpty());
    }
};

QTEST_GUILESS_MAIN(GeoTest)
#include "test_geo.moc"
