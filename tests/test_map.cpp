// Rendering checked by pixels: the headless export of the seed draws sea in the sea, land on
// land and the place marker where Albu Kamal projects.
#include "TestSupport.h"

#include "geo/WebMercator.h"
#include "map/MapDecorations.h"
#include "map/MapFrame.h"
#include "events/FactionCatalog.h"
#include "map/MapStyle.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace frontline;

class MapTest : public QObject
{
    Q_OBJECT

    static bool near(QColor a, QColor b, int tolerance = 12)
    {
        return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
               std::abs(a.blue() - b.blue()) <= tolerance;
    }

    // Where a coordinate lands in an export of `bbox` (W,S,E,N) at `size`: the bbox is fitted,
    // centred, keeping its aspect (DESIGN.md's export contract).
    static QPointF expectedPixel(double lat, double lon, QSize size, double w, double s, double e, double n)
    {
        const QRectF box(mercator::toWorld(n, w), mercator::toWorld(s, e));
        const double scale = std::min(size.width() / box.width(), size.height() / box.height());
        const QPointF p = mercator::toWorld(lat, lon);
        return {size.width() / 2.0 + (p.x() - box.center().x()) * scale,
                size.height() / 2.0 + (p.y() - box.center().y()) * scale};
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

private Q_SLOTS:
    // A sea the text names is labelled at its point in the water colour, and not pinned.
    void namedAreasAreLabelledNotPinned()
    {
        QTemporaryDir dir;
        const QString article = test::writeArticle(dir.path(), QStringLiteral("sea.txt"),
                                                   "Patrols\n\nWarships patrolled the Black Sea on Monday.\n");
        QVERIFY(!article.isEmpty());
        const QString out = dir.filePath(QStringLiteral("map.png"));
        QProcess process;
        process.start(test::frontlineProgram(),
                      {QStringLiteral("export"), article, QStringLiteral("-o"), out,
                       QStringLiteral("--size"), QStringLiteral("800x600"), QStringLiteral("--bbox"),
                       QStringLiteral("26,39,44,48")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(out);
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
        process.start(test::frontlineProgram(),
                      {QStringLiteral("export"), seed, QStringLiteral("-o"), out, QStringLiteral("--size"),
                       QStringLiteral("1600x1000"), QStringLiteral("--bbox"), QStringLiteral("34,30,46,38"),
                       QStringLiteral("--date"), QStringLiteral("2016-06-29")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(process.readAllStandardError().isEmpty(), "export printed on stderr");
        QImage image(out);
        QCOMPARE(image.size(), QSize(1600, 1000));

        const MapStyle &style = MapStyle::standard();
        const QSize size = image.size();
        // The Mediterranean off Lebanon, and the desert of western Iraq.
        const QPointF sea = expectedPixel(34.5, 35.2, size, 34, 30, 46, 38);
        const QPointF land = expectedPixel(32.0, 41.5, size, 34, 30, 46, 38);
        QVERIFY2(near(image.pixelColor(sea.toPoint()), style.sea), "no sea colour in the sea");
        QVERIFY2(near(image.pixelColor(land.toPoint()), style.land), "no land colour on land");
        // Albu Kamal's marker, in the colour of the faction the article says holds it (IS).
        const QPointF albuKamal = expectedPixel(34.45226, 40.91854, size, 34, 30, 46, 38);
        const QColor holder = FactionCatalog::builtIn().find(QStringLiteral("is"))->style.color;
        QVERIFY2(near(image.pixelColor(albuKamal.toPoint()), holder, 30),
                 qPrintable(QStringLiteral("marker colour missing at Albu Kamal (%1,%2): %3")
                                .arg(albuKamal.x()).arg(albuKamal.y())
                                .arg(image.pixelColor(albuKamal.toPoint()).name())));
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
};

QTEST_GUILESS_MAIN(MapTest)
#include "test_map.moc"
