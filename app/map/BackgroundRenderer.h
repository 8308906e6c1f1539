#pragma once

#include "FrameComposer.h"
#include "LayerStack.h"
#include "MapFrame.h"
#include "MapOverlay.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace frontline {

class MapRenderer;

// Renders map frames on a worker thread, so the window stays fluid while a frame is drawn.
// It keeps the latest frame of each zoom level (for zooming back and forth) and, while a
// render runs, remembers only the newest request. What is drawn (the overlay, the layers,
// the frame settings) is copied into each job: a render never sees a half-made change.
class BackgroundRenderer : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundRenderer(const MapRenderer &renderer, QObject *parent = nullptr);
    ~BackgroundRenderer() override;

    // New content: frames already drawn are stale (kept for composing until new ones come).
    void setContent(std::shared_ptr<const MapOverlay> overlay, const LayerStack &layers, const MapFrame &settings);
    // Asks for a frame of `viewport`; frameReady() follows unless one is cached already.
    void request(const MapViewport &viewport);
    // Renders `viewport` on this thread and keeps it (the very first paint, exports, tests).
    void renderNow(const MapViewport &viewport);

    // The frame to compose for `viewport`: an up-to-date one at its zoom if any, else the
    // most recent. Null before the first render.
    const RenderedFrame *bestFrameFor(const MapViewport &viewport) const;
    // Whether a frame of exactly `viewport`, with the current content, is at hand.
    bool hasFrameFor(const MapViewport &viewport) const;
    bool isIdle() const { return !m_running; }

Q_SIGNALS:
    void frameReady();

private:
    struct Job
    {
        std::shared_ptr<const MapOverlay> overlay;
        LayerStack layers;
        MapFrame frame;
        quint64 version = 0;
    };
    struct CachedFrame
    {
        RenderedFrame frame;
        quint64 version = 0;
    };
    Job jobFor(const MapViewport &viewport) const;
    static RenderedFrame run(const MapRenderer &renderer, const Job &job);
    void start(const MapViewport &viewport);
    void finished();
    void keep(RenderedFrame frame, quint64 version);

    const MapRenderer &m_renderer;
    std::shared_ptr<const MapOverlay> m_overlay;
    LayerStack m_layers;
    MapFrame m_settings;
    quint64 m_version = 0;
    std::vector<CachedFrame> m_frames; // at most one per zoom level, newest last
    QFutureWatcher<RenderedFrame> m_watcher;
    bool m_running = false;
    quint64 m_runningVersion = 0;
    std::optional<MapViewport> m_next; // asked for while a render ran
};

} // namespace frontline
