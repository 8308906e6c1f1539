#pragma once

#include <QRectF>
#include <vector>

namespace frontline {

class Document;

// How near a view of the extent may come: a town and its outskirts, for a lone place.
inline constexpr double kDocumentMaxZoom = 9.0;

// What a view of a document fits: its point places (not the countries it names) and where
// its arrows come from, less the few places far outside the main group. One doubtful match
// an ocean away would otherwise make the fighting a dot on a map of the world.
struct DocumentExtent
{
    QRectF world;             // null when no place of the document has a spot on the map
    std::vector<int> leftOut; // indices of the document's places kept out of `world`
};

// Falls back to the countries and provinces the document names when it has no point place,
// then to a null rectangle. The left-out places are still drawn; the analyst can go to them.
DocumentExtent documentExtent(const Document &document);

} // namespace frontline
