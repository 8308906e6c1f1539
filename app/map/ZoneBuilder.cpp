#include "ZoneBuilder.h"

#include "events/EventsResult.h"
#include "geoparse/GeoparseResult.h"

#include <QtConcurrent>

namespace frontline {

ZoneBuilder::ZoneBuilder(const Basemap &basemap, QObject *parent)
    : QObject(parent), m_basemap(basemap)
{
    connect(&m_watcher, &QFutureWatcher<std::vector<ControlZone>>::finished, this,
            &ZoneBuilder::finished);
}

ZoneBuilder::~ZoneBuilder()
{
    m_watcher.waitForFinished();
}

void ZoneBuilder::request(std::shared_ptr<const GeoparseResult> places,
                          std::shared_ptr<const EventsResult> events)
{
    Inputs inputs{std::move(places), std::move(events)};
    m_busy = true;
    if (m_watcher.isRunning())
        m_pending = std::move(inputs);
    else
        start(std::move(inputs));
}

void ZoneBuilder::start(Inputs inputs)
{
    m_watcher.setFuture(QtConcurrent::run([this, inputs = std::move(inputs)] {
        return controlZonesFromText(*inputs.places, *inputs.events, m_basemap);
    }));
}

void ZoneBuilder::finished()
{
    const std::vector<ControlZone> zones = m_watcher.result();
    if (m_pending.places) {
        start(std::exchange(m_pending, {}));
        return; // these are already out of date
    }
    m_busy = false;
    Q_EMIT ready(zones);
}

} // namespace frontline
