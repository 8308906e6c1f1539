#include "DocumentOverlay.h"

#include "document/Document.h"
#include "document/Selection.h"
#include "geo/WebMercator.h"

namespace frontline {
namespace {

bool placeInSentence(const Document &document, int place, SentenceRef sentence)
{
    for (int mention : document.mentionsInSentence(sentence))
        if (document.geoparse().mentions[mention].place == place)
            return true;
    return false;
}

QRectF boundsOf(const Document &document, bool points)
{
    QRectF bounds;
    for (const Place &place : document.geoparse().places) {
        if (place.isPoint() != points)
            continue;
        const QPointF p = mercator::toWorld(place.latitude, place.longitude);
        const QRectF r(p, QSizeF(1e-9, 1e-9));
        bounds = bounds.isNull() ? r : bounds.united(r);
    }
    return bounds;
}

} // namespace

MapOverlay overlayForDocument(const Document &document, const Selection *selection)
{
    MapOverlay overlay;
    const auto &places = document.geoparse().places;
    for (int i = 0; i < int(places.size()); ++i) {
        const Place &place = places[i];
        if (!place.isPoint())
            continue;
        MapMarker marker;
        marker.placeId = place.id;
        // Labelled as the article spells it: that is the name the analyst is reading.
        const std::vector<int> mentions = document.mentionsOfPlace(i);
        marker.label = mentions.empty() ? place.name
                                        : document.geoparse().mentions[mentions.front()].text;
        marker.world = mercator::toWorld(place.latitude, place.longitude);
        if (selection)
            marker.selected = selection->placeId() == place.id ||
                              (selection->placeId().isEmpty() &&
                               placeInSentence(document, i, selection->sentence()));
        overlay.markers.push_back(marker);
    }
    return overlay;
}

QRectF documentExtent(const Document &document)
{
    const QRectF points = boundsOf(document, true);
    return points.isNull() ? boundsOf(document, false) : points;
}

} // namespace frontline
