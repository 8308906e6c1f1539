#pragma once

#include "map/ControlZones.h"

#include <QColor>
#include <QDate>
#include <QGeoCoordinate>
#include <QVariant>
#include <vector>

namespace frontline {

class Document;
class FactionCatalog;

// The kinds of data a document exports, each a layer of its own (GeoPackage, KML folders) or a
// `layer` property (GeoJSON).
enum class DataKind
{
    Place,
    Mention,
    Event,
    Control,
    Zone,
    Arrow
};
inline constexpr DataKind kDataKinds[] = {DataKind::Place,   DataKind::Mention, DataKind::Event,
                                          DataKind::Control, DataKind::Zone,    DataKind::Arrow};
const char *dataKindName(DataKind kind);  // "place", ... (the `layer` value)
const char *dataLayerName(DataKind kind); // "places", ... (the layer's name)

// A property of a kind of feature: its name and whether it holds text, a whole number or a
// real number (QMetaType::QString, Int, Double).
struct DataField
{
    const char *name;
    QMetaType::Type type;
};
const std::vector<DataField> &dataFields(DataKind kind);

// One feature to write: its geometry in longitude/latitude, its values in the order of
// dataFields(kind), the colour it is drawn in and the days it took (for a time slider).
struct DataFeature
{
    DataKind kind = DataKind::Place;
    std::vector<QGeoCoordinate> points;      // a point, or a line's points (arrows)
    std::vector<std::vector<QPointF>> rings; // a zone's rings (x longitude, y latitude)
    std::vector<QVariant> values;
    QColor color;
    QDate begin, end;
    QString name;        // the label
    QString description; // the sentence it was read from
    QString key;         // unique in one export: its kind and the id of what it stands for
    QDate articleDate;   // of the article it was read from (a place: the latest naming it)
};

// Every feature of the document, kind by kind, with the zones drawn on the map.
std::vector<DataFeature> dataFeatures(const Document &document, const FactionCatalog &catalog,
                                      const std::vector<ControlZone> &zones);

} // namespace frontline
