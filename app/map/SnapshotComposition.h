#pragma once

#include "ControlZones.h"
#include "DocumentOverlay.h"
#include "FrameBuilder.h"
#include "LayerStack.h"
#include "MapFrame.h"
#include "MapOverlay.h"
#include "document/Document.h"
#include "events/FactionCatalog.h"

#include <QDate>
#include <QRectF>
#include <QSize>
#include <QStringList>

namespace frontline {

class Basemap;

// What a snapshot draws from: a copy of the document and of how the map shows it, so that the
// snapshot is worked out on another thread while the analyst goes on, never by changing the
// live view.
struct SnapshotScene
{
    DocumentCopy document;
    FactionCatalog catalog;
    Palette palette = Palette::Standard;
    std::vector<ControlZone> loadedZones; // from control layers, drawn beneath the text's
    LayerStack layers;
    QRectF world; // the box to show; null: the document's extent
};

// What the analyst, or the command line, asks of a snapshot.
struct SnapshotChoices
{
    QSize size = FrameRequest::kDefaultSize;
    int dpi = FrameRequest::kDefaultDpi;
    QString title;
    QDate asOf;
    QStringList hiddenLayers; // ids of the scene's layers left out
    bool cite = false;        // numbers on the map, the sentences as notes
    int coarseGridKm = 0;     // every point on a grid this wide (Coarsening.h); 0: as read

    bool operator==(const SnapshotChoices &) const = default;
};

// A snapshot ready for the renderer.
struct SnapshotPicture
{
    MapOverlay overlay;
    LayerStack layers;
    MapFrame frame;
};

// The document of the scene (coarsened if asked), its control zones and overlay, what it cites
// in the box, and the frame composed round them (FrameBuilder.h). A function of its inputs
// alone: the window's export dialog runs it on a worker thread, `frontline export` on its own.
SnapshotPicture composeSnapshot(const SnapshotScene &scene, const SnapshotChoices &choices,
                                const Basemap &basemap);

} // namespace frontline
