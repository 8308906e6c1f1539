// Map frame speed (issue: Release, software rendering, one thread, 1920x1080): a full frame of
// the basemap and the seed's layers; the same with 100 000 synthetic events and 500 control
// polygons; and the pan frame, which only composes the last rendered image.
#include "document/Document.h"
#include "events/EventExtractor.h"
#include "events/FactionCatalog.h"
#include "geo/WebMercator.h"
#include "geoparse/Geoparser.h"
#include "io/Geodata.h"
#include "map/ControlZones.h"
#include "map/DocumentExtent.h"
#include "map/DocumentOverlay.h"
#include "map/FrameComposer.h"
#include "map/MapRenderer.h"
#include "text/ArticleReader.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

using namespace frontline;

namespace {

const QSize kFrameSize(1920, 1080);

struct Scene
{
    std::unique_ptr<Geodata> geodata;
    Document document;
    MapOverlay overlay;
    MapFrame frame;
    QString article;
};

// The seed article beside the clone, else the bundled example (a user's clone has no seed).
QString articlePath()
{
    const QString seed = QStringLiteral(FRONTLINE_SOURCE_DIR "/../shared/seed-article.txt");
    return QFile::exists(seed) ? seed : QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/examples/ukraine-kharkiv.txt");
}

Scene &scene()
{
    static Scene *loaded = [] {
        auto *s = new Scene;
        QString error;
        s->geodata = loadGeodata(GeodataParts::GazetteerAndBasemap, &error);
        if (!s->geodata)
            qFatal("%s", qPrintable(error));
        s->article = articlePath();
        const Geoparser geoparser(*s->geodata->gazetteer);
        const EventExtractor events(FactionCatalog::builtIn(), *s->geodata->gazetteer);
        ArticleReadResult read = readArticle(s->article);
        if (s->article.endsWith(QLatin1String("seed-article.txt")))
            read.article.date = QDate(2016, 6, 29); // the judged date of the seed
        s->document.addArticle(read.article, geoparser, &events);
        const std::vector<ControlZone> zones = controlZonesFromText(s->document, s->geodata->basemap);
        s->overlay = overlayForDocument(s->document, FactionCatalog::builtIn(), zones);
        s->frame.viewport.setSize(kFrameSize);
        s->frame.keepBasemap = true; // as the window draws
        s->frame.viewport.fitInside(documentExtent(s->document).world,
                                    MapFrame::decorationMargins(1.0, false));
        return s;
    }();
    return *loaded;
}

// 100 000 events and 500 control polygons over the view, from a fixed seed: the same every run.
const MapOverlay &denseOverlay()
{
    static const MapOverlay dense = [] {
        MapOverlay overlay = scene().overlay;
        QRandomGenerator random(2016);
        const QRectF area = scene().frame.viewport.visibleWorld();
        const auto somewhere = [&] {
            return QPointF(area.left() + random.generateDouble() * area.width(),
                           area.top() + random.generateDouble() * area.height());
        };
        const QColor colors[] = {Qt::black, QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32), QColor(0xf9, 0xa8, 0x25)};
        for (int i = 0; i < 100000; ++i) {
            MapEventMarker event;
            event.world = somewhere();
            event.type = EventType(random.bounded(int(EventType::Other) + 1));
            event.color = colors[random.bounded(4)];
            overlay.events.push_back(event);
        }
        for (int i = 0; i < 500; ++i) {
            // A ragged 24-gon of 5 to 30 km across.
            MapZone zone;
            const QPointF centre = somewhere();
            const double radius = (0.2 + random.generateDouble()) * 25.0 / 40075.0;
            std::vector<QPointF> ring;
            for (int k = 0; k < 24; ++k) {
                const double angle = k * 2 * M_PI / 24, r = radius * (0.7 + 0.3 * random.generateDouble());
                ring.push_back(centre + QPointF(r * std::cos(angle), r * std::sin(angle)));
            }
            zone.rings.push_back(ring);
            zone.colors.push_back(colors[random.bounded(4)]);
            zone.approximate = random.bounded(2) == 0;
            zone.bounds = QRectF(centre - QPointF(radius, radius), centre + QPointF(radius, radius));
            overlay.zones.push_back(zone);
        }
        return overlay;
    }();
    return dense;
}

// `cold`: no basemap image kept from the frame before, as for a view not seen yet (symbols,
// like glyphs, stay cached); otherwise the overlays are drawn again over the cached
// basemap, as after an edit or a selection.
void renderFrame(benchmark::State &state, const MapOverlay &overlay, bool cold, const LayerStack &layers = LayerStack(),
                 const MapFrame &frame = scene().frame)
{
    const MapRenderer renderer(scene().geodata->basemap);
    QImage image(kFrameSize, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        if (cold) {
            state.PauseTiming();
            renderer.forgetBasemaps();
            state.ResumeTiming();
        }
        QPainter painter(&image);
        renderer.render(painter, frame, overlay, layers);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}

void FullFrame(benchmark::State &state)
{
    state.SetLabel(state.range(0) ? "cold" : "basemap cached");
    renderFrame(state, scene().overlay, state.range(0) != 0);
}
BENCHMARK(FullFrame)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

void FullFrame100kEvents500Zones(benchmark::State &state)
{
    state.SetLabel(state.range(0) ? "cold" : "basemap cached");
    renderFrame(state, denseOverlay(), state.range(0) != 0);
}
BENCHMARK(FullFrame100kEvents500Zones)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

// Where the time of a full frame goes: one layer at a time, then the decorations alone.
void OneLayer(benchmark::State &state)
{
    LayerStack layers;
    const QString shown = layers.layers()[state.range(0)].id;
    const bool dense = state.range(1) != 0;
    state.SetLabel(shown.toStdString() + (dense ? ", 100k events, 500 zones" : ", the article's"));
    const LayerStack all;
    for (const MapLayer &layer : all.layers())
        layers.setVisible(layer.id, layer.id == shown);
    MapFrame frame = scene().frame;
    frame.decorations = false;
    renderFrame(state, dense ? denseOverlay() : scene().overlay, true, layers, frame);
}
BENCHMARK(OneLayer)->ArgsProduct({{0, 1, 2, 3, 4}, {0, 1}})->Unit(benchmark::kMillisecond)->UseRealTime();

void DecorationsOnly(benchmark::State &state)
{
    LayerStack layers;
    const LayerStack all;
    for (const MapLayer &layer : all.layers())
        layers.setVisible(layer.id, false);
    renderFrame(state, scene().overlay, true, layers);
}
BENCHMARK(DecorationsOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the window does on each mouse move of a drag: the last frame, shifted.
void PanFrame(benchmark::State &state)
{
    const MapRenderer renderer(scene().geodata->basemap);
    RenderedFrame rendered{QImage(kFrameSize, QImage::Format_ARGB32_Premultiplied), scene().frame.viewport};
    {
        QPainter painter(&rendered.image);
        renderer.render(painter, scene().frame, denseOverlay());
    }
    QImage screen(kFrameSize, QImage::Format_ARGB32_Premultiplied);
    MapViewport target = scene().frame.viewport;
    target.panByPixels(QPointF(37, -21));
    for (auto _ : state) {
        QPainter painter(&screen);
        painter.fillRect(screen.rect(), MapStyle::standard().sea);
        composeFrame(painter, rendered, target);
        painter.end();
        benchmark::DoNotOptimize(screen.constBits());
    }
}
BENCHMARK(PanFrame)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // software rendering, no display needed
    QGuiApplication app(argc, argv); // fonts for the labels
    benchmark::Initialize(&argc, argv);
    std::printf("article: %s\nframe: %dx%d, %zu places, %zu events, %zu zones, %zu arrows\n",
                qPrintable(scene().article), kFrameSize.width(), kFrameSize.height(), scene().overlay.markers.size(),
                scene().overlay.events.size(), scene().overlay.zones.size(), scene().overlay.arrows.size());
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
