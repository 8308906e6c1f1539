#include "GeoparseResult.h"

namespace frontline {

QString placeKindName(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::PopulatedPlace:
        return QStringLiteral("populated place");
    case PlaceKind::Admin1:
        return QStringLiteral("admin1");
    case PlaceKind::Admin2:
        return QStringLiteral("admin2");
    case PlaceKind::Country:
        return QStringLiteral("country");
    case PlaceKind::Feature:
        return QStringLiteral("feature");
    case PlaceKind::Continent:
        return QStringLiteral("continent");
    case PlaceKind::Region:
        return QStringLiteral("region");
    case PlaceKind::Water:
        return QStringLiteral("water");
    case PlaceKind::Island:
        return QStringLiteral("island");
    }
    return {};
}

QString placeProvenanceName(PlaceProvenance provenance)
{
    switch (provenance) {
    case PlaceProvenance::Shipped:
        return QStringLiteral("shipped");
    case PlaceProvenance::Imported:
        return QStringLiteral("imported");
    case PlaceProvenance::Analyst:
        return QStringLiteral("the analyst's");
    }
    return {};
}

int GeoparseResult::addPlace(const Place &place)
{
    const int existing = findPlace(place.id);
    if (existing >= 0)
        return existing;
    places.push_back(place);
    m_placeIndex.insert(place.id, int(places.size() - 1));
    return int(places.size() - 1);
}

} // namespace frontline
