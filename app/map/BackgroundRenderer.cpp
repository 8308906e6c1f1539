#include "BackgroundRenderer.h"

#include "MapRenderer.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace frontline {
namespace {

constexpr std::size_t kCachedZoomLevels = 8;

int zoomLevel(const MapViewport &viewport)
{
    return int(std::lround(viewport.zoom() * 8)); // an eighth of a level: wheel steps differ
}

} // namespace

BackgroundRenderer::BackgroundRenderer(const MapRenderer &renderer, QObject *parent)
    : QObject(parent), m_renderer(renderer), m_overlay(std::make_shared<MapOverlay>())
{
    connect(&m_watcher, &QFutureWatcher<RenderedFrame>::finished, this, &BackgroundRenderer::finished);
}

BackgroundRenderer::~BackgroundRenderer()
{
    m_watcher.waitForFinished(); // the job reads this object's renderer
}

void BackgroundRenderer::setContent(std::shared_ptr<const MapOverlay> overlay, const LayerStack &layers,
                                    const MapFrame &settings)
{
    m_overlay = std::move(overlay);
    m_layers = layers;
    m_settings = settings;
    ++m_version;
}

BackgroundRenderer::Job BackgroundRenderer::jobFor(const MapViewport &viewport) const
{
    Job job{m_overlay, m_layers, m_settings, m_version};
    job.frame.viewport = viewport;
    return job;
}

RenderedFrame BackgroundRenderer::run(const MapRenderer &renderer, const Job &job)
{
    // On a HiDPI screen the frame is drawn as a print is, at the screen's resolution with
    // symbols scaled to match, and shown at the view's size: sharp, not magnified.
    const double ratio = job.frame.devicePixelRatio;
    MapFrame dense = job.frame;
    dense.viewport = job.frame.viewport.atPixelRatio(ratio);
    dense.symbolScale *= ratio;
    RenderedFrame rendered{QImage(dense.viewport.size(), QImage::Format_ARGB32_Premultiplied), job.frame.viewport};
    {
        QPainter painter(&rendered.image);
        renderer.render(painter, dense, *job.overlay, job.layers);
    }
    rendered.image.setDevicePixelRatio(ratio);
    return rendered;
}

bool BackgroundRenderer::hasFrameFor(const MapViewport &viewport) const
{
    return std::any_of(m_frames.begin(), m_frames.end(), [&](const CachedFrame &cached) {
        return cached.version == m_version && cached.frame.viewport == viewport;
    });
}

const RenderedFrame *BackgroundRenderer::bestFrameFor(const MapViewport &viewport) const
{
    if (m_frames.empty())
        return nullptr;
    for (auto cached = m_frames.rbegin(); cached != m_frames.rend(); ++cached)
        if (cached->version == m_version && zoomLevel(cached->frame.viewport) == zoomLevel(viewport) &&
            cached->frame.viewport.visibleWorld().intersects(viewport.visibleWorld()))
            return &cached->frame;
    return &m_frames.back().frame;
}

void BackgroundRenderer::request(const MapViewport &viewport)
{
    if (hasFrameFor(viewport))
        return;
    if (m_running) {
        m_next = viewport;
        return;
    }
    start(viewport);
}

void BackgroundRenderer::renderNow(const MapViewport &viewport)
{
    keep(run(m_renderer, jobFor(viewport)), m_version);
}

void BackgroundRenderer::start(const MapViewport &viewport)
{
    m_running = true;
    m_runningVersion = m_version;
    m_watcher.setFuture(QtConcurrent::run(&BackgroundRenderer::run, std::cref(m_renderer), jobFor(viewport)));
}

void BackgroundRenderer::finished()
{
    m_running = false;
    keep(m_watcher.result(), m_runningVersion);
    if (m_next) {
        const MapViewport next = *m_next;
        m_next.reset();
        request(next);
    }
    Q_EMIT frameReady();
}

void BackgroundRenderer::keep(RenderedFrame frame, quint64 version)
{
    const int level = zoomLevel(frame.viewport);
    std::erase_if(m_frames, [&](const CachedFrame &cached) {
        return zoomLevel(cached.frame.viewport) == level || cached.version != m_version;
    });
    m_frames.push_back({std::move(frame), version});
    if (m_frames.size() > kCachedZoomLevels)
        m_frames.erase(m_frames.begin());
}

} // namespace frontline
