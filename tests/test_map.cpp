// Rendering checked by pixels: the headless export of the seed draws sea in the sea, land on
// land and the place marker where Albu Kamal projects; rings across the antimeridian are drawn
// on their own sides, never across the world.
#include "TestSupport.h"
#include "document/Document.h"
#include "events/EventExtractor.h"
#include "events/FactionCatalog.h"
#include "geo/WebMercator.h"
#include "geoparse/Geoparser.h"
#include "io/Geodata.h"
#include "map/BackgroundRenderer.h"
#include "map/CitationMarks.h"
#include "map/CitationNotes.h"
#include "map/FactionColors.h"
#include "map/FrameBuilder.h"
#include "map/LabelPlacer.h"
#include "map/MapDecorations.h"
#include "map/MapFrame.h"
#include "map/MapRenderer.h"
#include "map/MapStyle.h"
#include "map/SnapshotComposition.h"
#include "text/ArticleReader.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace frontline;

class MapTest : public QObject
{
    Q_OBJECT

    static bool near(QColor a, QColor b, int tolerance = 12)
    {
        return std::abs(a.red() - b.red()) <= tolerance &&
               std::abs(a.green() - b.green()) <= tolerance &&
               std::abs(a.blue() - b.blue()) <= tolerance;
    }

    // Where a coordinate lands in an export of `bbox` (W,S,E,N) at `size` with a title: the bbox
    // is fitted, keeping its aspect, into the image less the margins of the title block, the
    // legend and the scale bar, and centred there (DESIGN.md's export contract).
    static QPointF expectedPixel(double lat, double lon, QSize size, double w, double s, double e,
                                 double n)
    {
        const QRectF box(mercator::toWorld(n, w), mercator::toWorld(s, e));
        const QRectF usable = QRectF(QPointF(0, 0), QSizeF(size))
                                  .marginsRemoved(MapFrame::decorationMargins(1.0, true));
        const double scale = std::min(usable.width() / box.width(), usable.height() / box.height());
        return usable.center() + (mercator::toWorld(lat, lon) - box.center()) * scale;
    }

    // Counts the pixels of `image` within `radius` of `centre` that are close to `color`.
    static int pixelsNear(const QImage &image, QPointF centre, int radius, QColor color)
    {
        int count = 0;
        for (int y = int(centre.y()) - radius; y <= int(centre.y()) + radius; ++y)
            for (int x = int(centre.x()) - radius; x <= int(centre.x()) + radius; ++x)
                if (image.rect().contains(x, y) && near(image.pixelColor(x, y), color, 30))
                    ++count;
        return count;
    }

    // Exports `article` with `options` to the PNG `out` and reads it; null when that fails.
    static QImage exportMap(const QString &article, const QString &out, const QStringList &options)
    {
        QProcess process;
        process.start(test::frontlineProgram(),
                      QStringList{QStringLiteral("export"), article, QStringLiteral("-o"), out} +
                          options);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QImage(out);
    }

    // A place to look at in an export of a bbox (W,S,E,N).
    struct Spot
    {
        double latitude, longitude;
        const char *name;
    };
    static QPoint pixelOf(const QImage &image, const double (&bbox)[4], const Spot &spot)
    {
        return expectedPixel(spot.latitude, spot.longitude, image.size(), bbox[0], bbox[1], bbox[2],
                             bbox[3])
            .toPoint();
    }
    // Whether the pixel at `spot` and `rowsAround` rows above and below it are near `color`.
    static bool hasColor(const QImage &image, const double (&bbox)[4], const Spot &spot,
                         QColor color, int rowsAround)
    {
        const QPoint p = pixelOf(image, bbox, spot);
        for (int dy = -rowsAround; dy <= rowsAround; ++dy)
            if (!near(image.pixelColor(p + QPoint(0, dy)), color))
                return false;
        return true;
    }
    static QString describe(const QImage &image, const double (&bbox)[4], const Spot &spot)
    {
        const QPoint p = pixelOf(image, bbox, spot);
        QStringList colors;
        for (int dy = -2; dy <= 2; ++dy)
            colors << image.pixelColor(p + QPoint(0, dy)).name();
        return QStringLiteral("%1 at (%2,%3): %4 from 2 rows above to 2 below")
            .arg(QLatin1String(spot.name))
            .arg(p.x())
            .arg(p.y())
            .arg(colors.join(QLatin1Char(' ')));
    }

private Q_SLOTS:
    // On a HiDPI screen (a device pixel ratio of 2) the window's frames are drawn at the
    // screen's resolution: twice the pixels each way, the same picture, not a magnified one.
    void hiDpiFramesAreDrawnAtTheScreensResolution()
    {
        QString error;
        const auto geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(geodata, qPrintable(error));
        const MapRenderer renderer(geodata->basemap);
        BackgroundRenderer background(renderer);
        auto overlay = std::make_shared<MapOverlay>();
        MapMarker marker;
        marker.placeId = QStringLiteral("palmyra");
        marker.label = QStringLiteral("Palmyra");
        marker.world = mercator::toWorld(34.55, 38.27);
        overlay->markers.push_back(marker);
        const MapViewport view(QSize(400, 300), mercator::toWorld(34.5, 38.5), 6);
        MapFrame settings;
        settings.legend = false;
        QImage frames[2];
        for (int dense = 0; dense < 2; ++dense) {
            settings.devicePixelRatio = dense ? 2.0 : 1.0;
            background.setContent(overlay, LayerStack(), settings);
            background.renderNow(view);
            frames[dense] = background.bestFrameFor(view)->image;
        }
        QCOMPARE(frames[1].size(), QSize(800, 600));
        QCOMPARE(frames[1].devicePixelRatio(), 2.0);
        const QPoint at = view.toScreen(marker.world).toPoint();
        QVERIFY(near(frames[0].pixelColor(at), MapStyle::standard().marker));
        QVERIFY(near(frames[1].pixelColor(at * 2), MapStyle::standard().marker));
        // Sharper than the 1x frame magnified: they differ along every edge and letter.
        QImage magnified = frames[0].scaled(800, 600).convertToFormat(frames[1].format());
        int differing = 0;
        for (int y = 0; y < 600; ++y)
            for (int x = 0; x < 800; ++x)
                differing += !near(magnified.pixelColor(x, y), frames[1].pixelColor(x, y), 40);
        QVERIFY2(differing > 200, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }
    // A sea the text names is labelled at its point in the water colour, and not pinned.
    void namedAreasAreLabelledNotPinned()
    {
        QTemporaryDir dir;
        const QString article =
            test::writeArticle(dir.path(), QStringLiteral("sea.txt"),
                               "Patrols\n\nWarships patrolled the Black Sea on Monday.\n");
        QVERIFY(!article.isEmpty());
        const QImage image = exportMap(article, dir.filePath(QStringLiteral("map.png")),
                                       {QStringLiteral("--size"), QStringLiteral("800x600"),
                                        QStringLiteral("--bbox"), QStringLiteral("26,39,44,48")});
        QVERIFY(!image.isNull());
        const QPointF sea = expectedPixel(43.4, 34.0, image.size(), 26, 39, 44, 48);
        const MapStyle style;
        QVERIFY2(pixelsNear(image, sea, 40, style.waterLabel) > 20, "no label in the water colour");
        QCOMPARE(pixelsNear(image, sea, 8, style.marker), 0);
    }
    void seedExportHasSeaLandAndMarker()
    {
        const QString seed = test::seedArticlePath();
        if (seed.isEmpty())
            QSKIP(test::kNoSharedMessage);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("map.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        // Large enough that Albu Kamal and al-Qaim, 10 km apart, are two markers, not a cluster.
        process.start(test::frontlineProgram(),
                      {QStringLiteral("export"), seed, QStringLiteral("-o"), out,
                       QStringLiteral("--size"), QStringLiteral("2000x1250"),
                       QStringLiteral("--bbox"), QStringLiteral("34,30,46,38"),
                       QStringLiteral("--date"), QStringLiteral("2016-06-29")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(process.readAllStandardError().isEmpty(), "export printed on stderr");
        QImage image(out);
        QCOMPARE(image.size(), QSize(2000, 1250));

        const MapStyle &style = MapStyle::standard();
        const QSize size = image.size();
        // The Mediterranean off Lebanon, and the desert of western Iraq.
        const QPointF sea = expectedPixel(34.5, 35.2, size, 34, 30, 46, 38);
        const QPointF land = expectedPixel(32.0, 41.5, size, 34, 30, 46, 38);
        QVERIFY2(near(image.pixelColor(sea.toPoint()), style.sea), "no sea colour in the sea");
        QVERIFY2(near(image.pixelColor(land.toPoint()), style.land), "no land colour on land");
        // Albu Kamal's marker, in the colour of the faction the article says holds it (IS).
        const QPointF albuKamal = expectedPixel(34.45226, 40.91854, size, 34, 30, 46, 38);
        const QColor holder =
            toQColor(FactionCatalog::builtIn().find(QStringLiteral("is"))->style.color);
        QVERIFY2(near(image.pixelColor(albuKamal.toPoint()), holder, 30),
                 qPrintable(QStringLiteral("marker colour missing at Albu Kamal (%1,%2): %3")
                                .arg(albuKamal.x())
                                .arg(albuKamal.y())
                                .arg(image.pixelColor(albuKamal.toPoint()).name())));
    }
    // The box asked for lands whole in the room the title block, the legend and the scale bar
    // leave, centred there and filling it one way; symbols and margins scale with the DPI.
    void aFrameShowsItsBoxClearOfTheDecorations()
    {
        FrameRequest request;
        request.world = QRectF(mercator::toWorld(38, 34), mercator::toWorld(30, 46));
        request.dpi = 192;
        request.title = QStringLiteral("Title");
        const MapFrame frame = buildFrame(request);
        QCOMPARE(frame.viewport.size(), FrameRequest::kDefaultSize);
        QCOMPARE(frame.symbolScale, 2.0);
        QCOMPARE(frame.title, request.title);
        const QRectF usable = QRectF(QPointF(0, 0), QSizeF(frame.viewport.size()))
                                  .marginsRemoved(MapFrame::decorationMargins(2.0, true));
        const QRectF box(frame.viewport.toScreen(request.world.topLeft()),
                         frame.viewport.toScreen(request.world.bottomRight()));
        QVERIFY(usable.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(box));
        QVERIFY(QLineF(box.center(), usable.center()).length() < 1e-6);
        QVERIFY(std::abs(box.width() - usable.width()) < 1e-6 ||
                std::abs(box.height() - usable.height()) < 1e-6);
    }
    // Every snapshot carries a north arrow and a locator inset in the bottom right corner
    // (sea, land and the view's box outlined in red); the live window's frame has neither.
    void snapshotsShowANorthArrowAndALocatorInset()
    {
        QString error;
        const auto geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(geodata, qPrintable(error));
        const MapRenderer renderer(geodata->basemap);
        FrameRequest request;
        request.world = QRectF(mercator::toWorld(38, 34), mercator::toWorld(30, 46));
        request.title = QStringLiteral("Title");
        const MapStyle &style = MapStyle::standard();
        const QColor viewBox(0xc6, 0x28, 0x28);
        const auto colorsIn = [&](const MapFrame &frame, const QRectF &panel) {
            QImage image(frame.viewport.size(), QImage::Format_RGB32);
            QPainter painter(&image);
            renderer.render(painter, frame, MapOverlay(), LayerStack());
            painter.end();
            QSet<QRgb> colors;
            const QRect pixels = panel.toAlignedRect().intersected(image.rect());
            for (int y = pixels.top(); y <= pixels.bottom(); ++y)
                for (int x = pixels.left(); x <= pixels.right(); ++x)
                    colors << image.pixel(x, y);
            return colors;
        };
        MapFrame snapshot = buildFrame(request);
        QVERIFY(snapshot.composition);
        const QRectF locator = locatorPanel(snapshot, style);
        QVERIFY(locator.right() <= snapshot.viewport.size().width() &&
                locator.bottom() <= snapshot.viewport.size().height());
        const QSet<QRgb> inset = colorsIn(snapshot, locator);
        QVERIFY2(inset.contains(style.sea.rgb()), "no sea in the locator inset");
        QVERIFY2(inset.contains(style.land.rgb()), "no land in the locator inset");
        QVERIFY2(inset.contains(viewBox.rgb()), "no box of the view in the locator inset");
        const std::vector<QRectF> panels = decorationPanels(snapshot, style);
        QCOMPARE(int(panels.size()), 5); // scale bar, attribution, title, inset, north arrow
        QVERIFY(colorsIn(snapshot, panels.back()).contains(style.decorationText.rgb()));

        MapFrame window = snapshot;
        window.composition = false;
        QVERIFY(!colorsIn(window, locator).contains(viewBox.rgb()));
    }
    // Rings that cross the antimeridian (Russia's Chukotka, Fiji, a control zone read from a
    // file) are drawn on either side of it, never as bands or lines across the world: the open
    // seas at their latitudes stay sea, and what they cover stays covered on both sides.
    void antimeridianRingsDrawNoBands()
    {
        QTemporaryDir dir;
        const QString article =
            test::writeArticle(dir.path(), QStringLiteral("sea.txt"),
                               "Patrols\n\nWarships patrolled the Black Sea on Monday.\n");
        QVERIFY(!article.isEmpty());
        // A zone from 172 E to 172 W as spherical GeoJSON has it: the short way round 180.
        const QString zones = dir.filePath(QStringLiteral("zones.geojson"));
        QFile zonesFile(zones);
        QVERIFY(zonesFile.open(QIODevice::WriteOnly));
        zonesFile.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
            "properties": {"faction": "is"}, "geometry": {"type": "Polygon",
            "coordinates": [[[172, -32], [-172, -32], [-172, -28], [172, -28], [172, -32]]]}}]})");
        zonesFile.close();
        const double world[] = {-180, -60, 180, 80};
        const QImage image = exportMap(article, dir.filePath(QStringLiteral("world.png")),
                                       {QStringLiteral("--size"), QStringLiteral("1600x1000"),
                                        QStringLiteral("--bbox"), QStringLiteral("-180,-60,180,80"),
                                        QStringLiteral("--layer"), zones});
        QVERIFY(!image.isNull());
        const MapStyle &style = MapStyle::standard();
        // Where Russia's rings ran across the world (65-69 N, 71 N), Fiji's (16.5 S) and the
        // zone's (28-32 S). A line is a pixel or two high: the rows around each spot count too.
        for (const Spot &sea :
             {Spot{67.0, -5.0, "the Norwegian Sea at 67 N"}, Spot{67.0, -57.5, "the Davis Strait"},
              Spot{71.2, 5.0, "the Norwegian Sea at 71 N"}, Spot{71.2, -170.0, "the Chukchi Sea"},
              Spot{-16.5, -20.0, "the South Atlantic at 16 S"},
              Spot{-16.5, 75.0, "the Indian Ocean"}, Spot{-16.5, -120.0, "the South Pacific"},
              Spot{-30.0, -20.0, "the South Atlantic at 30 S"},
              Spot{-30.0, 80.0, "the Indian Ocean at 30 S"}})
            QVERIFY2(hasColor(image, world, sea, style.sea, 2),
                     qPrintable(describe(image, world, sea)));
        for (const Spot &land : {Spot{67.5, 175.0, "Chukotka west of 180"},
                                 Spot{66.5, -177.0, "Chukotka east of 180"}})
            QVERIFY2(hasColor(image, world, land, style.land, 0),
                     qPrintable(describe(image, world, land)));
        for (const Spot &zone : {Spot{-30.0, 176.0, "the zone west of 180"},
                                 Spot{-30.0, -176.0, "the zone east of 180"}})
            QVERIFY2(!hasColor(image, world, zone, style.sea, 0),
                     qPrintable(describe(image, world, zone)));

        // Fiji's Taveuni, whose east end lies past 180 (Fiji's label covers it in the world).
        const double taveuni[] = {-180, -17.1, -179.6, -16.5};
        const QImage east =
            exportMap(article, dir.filePath(QStringLiteral("taveuni.png")),
                      {QStringLiteral("--size"), QStringLiteral("800x600"),
                       QStringLiteral("--bbox"), QStringLiteral("-180,-17.1,-179.6,-16.5")});
        QVERIFY(!east.isNull());
        const Spot island{-16.8, -179.92, "Taveuni east of 180"};
        QVERIFY2(hasColor(east, taveuni, island, style.land, 0),
                 qPrintable(describe(east, taveuni, island)));
    }
    void scaleBarLengthsAreRoundNumbers()
    {
        MapFrame frame;
        frame.viewport = MapViewport(QSize(800, 600), mercator::toWorld(34, 40), 7);
        double pixels = 0;
        const double metres = scaleBarMetres(frame, 140, &pixels);
        QVERIFY(pixels > 0 && pixels <= 140);
        const double mantissa = metres / std::pow(10.0, std::floor(std::log10(metres)));
        QVERIFY(mantissa == 1 || mantissa == 2 || mantissa == 5);
    }
    // A cited point carries its sentence's number in a dark pill above its marker, drawn over
    // the map; without citations nothing of the kind is there.
    void citationMarksCarryTheirNumbersAboveTheMarker()
    {
        QString error;
        const auto geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(geodata, qPrintable(error));
        const MapRenderer renderer(geodata->basemap);
        MapOverlay overlay;
        MapMarker marker;
        marker.placeId = QStringLiteral("palmyra");
        marker.label = QStringLiteral("Palmyra");
        marker.world = mercator::toWorld(34.55, 38.27);
        overlay.markers.push_back(marker);
        MapFrame frame;
        frame.legend = false;
        frame.viewport = MapViewport(QSize(600, 400), marker.world, 7);
        const auto draw = [&](const MapFrame &drawn) {
            QImage image(drawn.viewport.size(), QImage::Format_RGB32);
            QPainter painter(&image);
            renderer.render(painter, drawn, overlay);
            return image;
        };
        const QImage plain = draw(frame);
        frame.citations.sentences.push_back({7, 0, QStringLiteral("T"), {}, QStringLiteral("S.")});
        frame.citations.marks.push_back({marker.world, false, {7}});
        const QImage cited = draw(frame);
        const MapStyle &style = MapStyle::standard();
        const QRectF mark =
            citationMarkRect(frame.citations.marks.front(), frame.viewport, 1.0, style);
        QVERIFY(mark.bottom() < frame.viewport.toScreen(marker.world).y());
        const auto count = [&](const QImage &image, QColor color) {
            int found = 0;
            for (int y = int(mark.top()); y <= int(mark.bottom()); ++y)
                for (int x = int(mark.left()); x <= int(mark.right()); ++x)
                    found += near(image.pixelColor(x, y), color, 20);
            return found;
        };
        const double area = mark.width() * mark.height();
        QVERIFY2(count(cited, style.citationMark) > area / 3, "no dark pill");
        QVERIFY2(count(cited, style.citationMarkText) > 5, "no number in the pill");
        QCOMPARE(count(plain, style.citationMark), 0);
    }
    // Marks of points too close for both to stand above them move aside: none covers another.
    void crowdedCitationMarksStandApart()
    {
        MapFrame frame;
        frame.viewport = MapViewport(QSize(600, 400), mercator::toWorld(34.5, 40.9), 9);
        const QPointF here = mercator::toWorld(34.5, 40.9);
        const QPointF next = frame.viewport.toWorld(frame.viewport.toScreen(here) + QPointF(6, 0));
        frame.citations.marks = {{here, true, {1, 2}}, {next, true, {3}}, {here, false, {4}}};
        LabelPlacer placer;
        const std::vector<QRectF> marks = placeCitationMarks(frame, MapStyle::standard(), placer);
        QCOMPARE(int(marks.size()), 3);
        for (std::size_t a = 0; a < marks.size(); ++a)
            for (std::size_t b = a + 1; b < marks.size(); ++b)
                QVERIFY2(!marks[a].intersects(marks[b]),
                         qPrintable(QStringLiteral("%1 and %2").arg(a).arg(b)));
        QCOMPARE(marks.front(), citationMarkRect(frame.citations.marks.front(), frame.viewport, 1,
                                                 MapStyle::standard()));
    }
    // Notes take the room they need under the box shown, at most a share of the frame; the
    // sentences beyond it are left out with their numbers, and counted.
    void notesTakeTheirRoomAndCountWhatIsLeftOut()
    {
        FrameRequest request;
        request.world = QRectF(mercator::toWorld(37, 36), mercator::toWorld(31, 44));
        request.title = QStringLiteral("Title");
        constexpr int kSentences = 40;
        for (int n = 1; n <= kSentences; ++n) {
            request.citations.sentences.push_back(
                {n, n / 10, QStringLiteral("An article"), QDate(2024, 3, 4),
                 QStringLiteral("A sentence long enough to take most of a line of the notes, "
                                "as news sentences do, and then some more words. ")
                     .repeated(2)});
            request.citations.marks.push_back({mercator::toWorld(34, 40 + n / 10.0), true, {n}});
        }
        const MapFrame frame = buildFrame(request);
        const int kept = int(frame.citations.sentences.size());
        QVERIFY2(kept > 2 && kept < kSentences, qPrintable(QString::number(kept)));
        QCOMPARE(frame.citations.leftOut, kSentences - kept);
        QCOMPARE(int(frame.citations.marks.size()), kept);
        const NotesLayout notes = layoutNotes(frame.citations, frame, MapStyle::standard());
        QCOMPARE(int(notes.notes.size()), kept);
        QVERIFY(!notes.leftOutLine.isNull());
        QVERIFY(notes.panel.height() <= request.size.height() * 0.3);
        QVERIFY(frame.viewport.toScreen(request.world.bottomLeft()).y() < notes.panel.top());

        request.citations.sentences.resize(2);
        request.citations.marks.resize(2);
        const MapFrame few = buildFrame(request);
        QCOMPARE(int(few.citations.sentences.size()), 2);
        QCOMPARE(few.citations.leftOut, 0);
        const NotesLayout fewNotes = layoutNotes(few.citations, few, MapStyle::standard());
        QVERIFY(fewNotes.leftOutLine.isNull());
        QVERIFY(fewNotes.panel.height() < notes.panel.height());
    }
    // A snapshot is composed from a copy: coarsened to a 10 km grid and citing its sentences,
    // while the document it was copied from keeps its points.
    void aSnapshotIsComposedFromACopyOfTheDocument()
    {
        QString error;
        const auto geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        QVERIFY2(geodata, qPrintable(error));
        const FactionCatalog &catalog = FactionCatalog::builtIn();
        const EventExtractor events(catalog, *geodata->gazetteer);
        Document document;
        document.addArticle(
            articleFromText(QStringLiteral("Front report\nDate: 2024-03-04\n\nRussian "
                                           "artillery shelled Kupiansk on Monday."),
                            QStringLiteral("front.txt"))
                .article,
            Geoparser(*geodata->gazetteer), &events);
        const std::vector<Place> before = document.geoparse().places;
        SnapshotScene scene;
        scene.document = document.copy();
        scene.catalog = catalog;
        SnapshotChoices choices;
        choices.cite = true;
        choices.coarseGridKm = 10;
        const SnapshotPicture picture = composeSnapshot(scene, choices, geodata->basemap);
        QVERIFY(!picture.overlay.markers.empty());
        constexpr double kRowDegrees = 10 / 111.2; // Coarsening.h's rows, 10 km apart
        for (const MapMarker &marker : picture.overlay.markers) {
            const double rows = mercator::latitudeOf(marker.world) / kRowDegrees;
            QVERIFY2(std::abs(rows - std::round(rows)) < 1e-6, qPrintable(marker.label));
        }
        for (std::size_t i = 0; i < before.size(); ++i)
            QCOMPARE(document.geoparse().places[i].latitude, before[i].latitude);
        QCOMPARE(int(picture.frame.citations.sentences.size()), 1);
        QCOMPARE(picture.frame.citations.sentences.front().text,
                 QStringLiteral("Russian artillery shelled Kupiansk on Monday."));
        QCOMPARE(picture.frame.citations.sentences.front().articleDate, QDate(2024, 3, 4));
    }
};

QTEST_MAIN(MapTest) // fonts for the frames drawn here need a QGuiApplication
#include "test_map.moc"
