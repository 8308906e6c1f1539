#include "SnapshotComposition.h"

#include "DocumentExtent.h"
#include "document/Coarsening.h"

namespace frontline {
namespace {

FrameRequest requestFor(const SnapshotScene &scene, const SnapshotChoices &choices,
                        const Document &document)
{
    FrameRequest request;
    request.size = choices.size;
    request.dpi = choices.dpi;
    request.title = choices.title;
    request.asOf = choices.asOf;
    if (!scene.world.isNull()) {
        request.world = scene.world;
    } else {
        request.world = documentExtent(document).world;
        request.maxZoom = kDocumentMaxZoom;
    }
    return request;
}

} // namespace

SnapshotPicture composeSnapshot(const SnapshotScene &scene, const SnapshotChoices &choices,
                                const Basemap &basemap)
{
    Document document(scene.document);
    if (isCoarseGrid(choices.coarseGridKm))
        document.coarsen(choices.coarseGridKm);
    SnapshotPicture picture;
    picture.layers = scene.layers;
    for (const QString &id : choices.hiddenLayers)
        picture.layers.setVisible(id, false);
    picture.overlay = overlayForDocument(
        document, scene.catalog,
        zonesLoadedBeneathText(scene.loadedZones, controlZonesFromText(document, basemap)),
        scene.palette);
    FrameRequest request = requestFor(scene, choices, document);
    if (choices.cite)
        request.citations = citeSentences(document, picture.overlay, picture.layers, request.world);
    picture.frame = buildFrame(request);
    return picture;
}

} // namespace frontline
