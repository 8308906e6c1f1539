#include "DataLayers.h"

#include "events/FactionCatalog.h"

#include <memory>
#include <ogrsf_frmts.h>

namespace frontline {
namespace {

OGRFieldType ogrType(QMetaType::Type type)
{
    return type == QMetaType::Int ? OFTInteger : type == QMetaType::Double ? OFTReal : OFTString;
}

std::unique_ptr<OGRGeometry> geometryOf(const DataFeature &feature)
{
    if (!feature.rings.empty()) {
        std::vector<OGRGeometry *> polygons;
        for (const auto &ring : feature.rings) {
            auto *polygon = new OGRPolygon;
            auto *linear = new OGRLinearRing;
            for (const QPointF &point : ring)
                linear->addPoint(point.x(), point.y());
            linear->closeRings();
            polygon->addRingDirectly(linear);
            polygons.push_back(polygon);
        }
        int valid = 0; // rings inside others become their holes
        return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::organizePolygons(
            polygons.data(), int(polygons.size()), &valid, nullptr));
    }
    if (feature.points.size() > 1) {
        auto line = std::make_unique<OGRLineString>();
        for (const QGeoCoordinate &point : feature.points)
            line->addPoint(point.longitude(), point.latitude());
        return line;
    }
    if (feature.points.size() == 1 && feature.points.front().isValid())
        return std::make_unique<OGRPoint>(feature.points.front().longitude(),
                                          feature.points.front().latitude());
    return nullptr; // a place the analyst has yet to place
}

// KML's style (the OGR feature style the LIBKML driver writes as <Style>).
QByteArray styleOf(const DataFeature &feature)
{
    const QByteArray color = feature.color.isValid() ? feature.color.name().toLatin1() : "#606060";
    if (feature.kind == DataKind::Zone)
        return "BRUSH(fc:" + color + "60);PEN(c:" + color + ",w:2px)";
    if (feature.kind == DataKind::Arrow)
        return "PEN(c:" + color + ",w:4px)";
    return "SYMBOL(id:\"ogr-sym-3\",c:" + color + ")"; // a filled circle
}

void fillDataRow(OGRFeature &row, const DataFeature &feature)
{
    const std::vector<DataField> &fields = dataFields(feature.kind);
    for (std::size_t f = 0; f < fields.size() && f < feature.values.size(); ++f) {
        const QVariant &value = feature.values[f];
        if (!value.isValid() || value.isNull())
            continue;
        if (fields[f].type == QMetaType::Int)
            row.SetField(fields[f].name, value.toInt());
        else if (fields[f].type == QMetaType::Double)
            row.SetField(fields[f].name, value.toDouble());
        else
            row.SetField(fields[f].name, value.toString().toUtf8().constData());
    }
    if (feature.begin.isValid())
        row.SetField("begin", feature.begin.year(), feature.begin.month(), feature.begin.day());
    if (feature.end.isValid())
        row.SetField("end", feature.end.year(), feature.end.month(), feature.end.day());
    if (std::unique_ptr<OGRGeometry> geometry = geometryOf(feature))
        row.SetGeometryDirectly(geometry.release());
    row.SetStyleString(styleOf(feature).constData());
}

void fillFactionRow(OGRFeature &row, const Faction &faction)
{
    row.SetField("id", faction.id.toUtf8().constData());
    row.SetField("name", faction.name.toUtf8().constData());
    row.SetField("theatre", faction.theatre.toUtf8().constData());
    row.SetField("color", faction.style.color.name().toUtf8().constData());
    row.SetField("aliases", faction.aliases.join(QLatin1Char(';')).toUtf8().constData());
}

} // namespace

OGRSpatialReference lonLatWgs84()
{
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude
    return wgs84;
}

bool addField(OGRLayer &layer, const char *name, OGRFieldType type)
{
    if (layer.GetLayerDefn()->GetFieldIndex(name) >= 0)
        return true;
    OGRFieldDefn definition(name, type);
    return layer.CreateField(&definition) == OGRERR_NONE;
}

bool addDataFields(OGRLayer &layer, const std::vector<DataKind> &kinds)
{
    for (DataKind kind : kinds)
        for (const DataField &field : dataFields(kind))
            if (!addField(layer, field.name, ogrType(field.type)))
                return false;
    return addField(layer, "begin", OFTDate) && addField(layer, "end", OFTDate);
}

bool addFactionFields(OGRLayer &layer)
{
    for (const char *name : {"id", "name", "theatre", "color", "aliases"})
        if (!addField(layer, name, OFTString))
            return false;
    return true;
}

bool writeDataRows(OGRLayer &layer, DataKind kind, const std::vector<DataFeature> &features,
                   const RowStamp &stamp)
{
    for (const DataFeature &feature : features) {
        if (feature.kind != kind)
            continue;
        OGRFeature row(layer.GetLayerDefn());
        fillDataRow(row, feature);
        if (stamp)
            stamp(row, feature.key, feature.articleDate);
        if (layer.CreateFeature(&row) != OGRERR_NONE)
            return false;
    }
    return true;
}

bool writeFactionRows(OGRLayer &layer, const FactionCatalog &catalog, const RowStamp &stamp)
{
    for (const Faction &faction : catalog.factions()) {
        OGRFeature row(layer.GetLayerDefn());
        fillFactionRow(row, faction);
        if (stamp)
            stamp(row, QStringLiteral("faction:") + faction.id, QDate());
        if (layer.CreateFeature(&row) != OGRERR_NONE)
            return false;
    }
    return true;
}

} // namespace frontline
