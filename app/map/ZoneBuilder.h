#pragma once

#include "ControlZones.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace frontline {

class Basemap;
class GeoparseResult;
struct EventsResult;

// Works out the control zones of a document's results on a worker thread (the GEOS buffers,
// clips and unions take a large share of a big document's time): the window keeps answering
// and draws the markers meanwhile. Asked again while working, it works once more when done,
// on the latest results only.
class ZoneBuilder : public QObject
{
    Q_OBJECT
public:
    explicit ZoneBuilder(const Basemap &basemap, QObject *parent = nullptr);
    ~ZoneBuilder() override; // waits for the work under way

    void request(std::shared_ptr<const GeoparseResult> places,
                 std::shared_ptr<const EventsResult> events);
    // From a request until its zones are handed over (a finished worker's result may still
    // wait in the event queue).
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void ready(const std::vector<ControlZone> &zones);

private:
    struct Inputs
    {
        std::shared_ptr<const GeoparseResult> places;
        std::shared_ptr<const EventsResult> events;
    };
    void start(Inputs inputs);
    void finished();

    const Basemap &m_basemap;
    QFutureWatcher<std::vector<ControlZone>> m_watcher;
    Inputs m_pending; // asked for while working
    bool m_busy = false;
};

} // namespace frontline
