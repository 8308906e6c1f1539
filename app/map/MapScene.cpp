#include "MapScene.h"

#include "document/Document.h"

namespace frontline {

MapScene::MapScene(const Document &document, const FactionCatalog &catalog, const Basemap &basemap,
                   QObject *parent)
    : QObject(parent), m_document(document), m_catalog(catalog), m_basemap(basemap),
      m_zoneBuilder(basemap)
{
    connect(&document, &Document::changed, this, &MapScene::documentChanged);
    connect(&document, &Document::viewFilterChanged, this, &MapScene::rebuild); // zones stand
    connect(&m_zoneBuilder, &ZoneBuilder::ready, this,
            [this](const std::vector<ControlZone> &zones) {
                m_textZones = zones;
                rebuild();
            });
    rebuild();
}

// The markers at once, the zones when the worker has them.
void MapScene::documentChanged()
{
    m_zoneBuilder.request(m_document.geoparseSnapshot(), m_document.eventsSnapshot());
    rebuild();
}

void MapScene::setPalette(Palette palette)
{
    m_palette = palette;
    rebuild();
}

void MapScene::addLoadedZones(const std::vector<ControlZone> &zones)
{
    m_loadedZones.insert(m_loadedZones.end(), zones.begin(), zones.end());
    rebuild();
}

void MapScene::rebuild()
{
    m_overlay = std::make_shared<const MapOverlay>(overlayForDocument(
        m_document, m_catalog, zonesLoadedBeneathText(m_loadedZones, m_textZones), m_palette));
    Q_EMIT changed();
}

} // namespace frontline
