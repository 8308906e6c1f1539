#pragma once

#include "ControlZones.h"
#include "DocumentOverlay.h"
#include "MapOverlay.h"
#include "ZoneBuilder.h"

#include <QObject>
#include <memory>
#include <vector>

namespace frontline {

class Basemap;
class Document;
class FactionCatalog;

// What the window draws of a document (a snapshot works the same out of a copy:
// SnapshotComposition.h): its overlay (control zones from the
// text above those of the control layers loaded, arrows, events, markers, area labels, the
// legend), built from the document, the factions and the palette once per change of any of
// them (and of the view filter, the zones kept). The zones are worked out on a worker thread
// meanwhile; the analyst's selection is no part of it (MapFrame::selectedPlaces draws it).
class MapScene : public QObject
{
    Q_OBJECT
public:
    MapScene(const Document &document, const FactionCatalog &catalog, const Basemap &basemap,
             QObject *parent = nullptr);

    std::shared_ptr<const MapOverlay> overlay() const { return m_overlay; }
    bool areZonesPending() const { return m_zoneBuilder.isBusy(); }
    Palette palette() const { return m_palette; }
    // The zones of the control layers the analyst added (the text's are worked out anew).
    const std::vector<ControlZone> &loadedZones() const { return m_loadedZones; }

    void setPalette(Palette palette);
    void addLoadedZones(const std::vector<ControlZone> &zones);
    // The factions' colours or names changed.
    void rebuild();

Q_SIGNALS:
    void changed(); // a new overlay

private:
    void documentChanged();

    const Document &m_document;
    const FactionCatalog &m_catalog;
    const Basemap &m_basemap;
    Palette m_palette = Palette::Standard;
    ZoneBuilder m_zoneBuilder;
    std::vector<ControlZone> m_textZones;   // worked out when the document changes
    std::vector<ControlZone> m_loadedZones; // from control layers the analyst added
    std::shared_ptr<const MapOverlay> m_overlay;
};

} // namespace frontline
