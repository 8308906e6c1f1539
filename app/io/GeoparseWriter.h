#pragma once

#include <QByteArray>
#include <QString>

namespace frontline {

struct Findings;
class JsonWriter;

enum class DataFormat
{
    Json,
    GeoJson,
    Csv
};
bool parseDataFormat(const QString &name, DataFormat *format);

// The places and mentions found (events/Findings.h) in the formats of DESIGN.md's command
// line. Offsets are Unicode code points into each article's text.
QByteArray geoparseJson(const Findings &findings);
QByteArray geoparseGeoJson(const Findings &findings);
QByteArray geoparseCsv(const Findings &findings);
QByteArray writeGeoparse(const Findings &findings, DataFormat format);

// The members "articles", "places", "mentions" of the geoparse JSON, into an open object.
void writeGeoparseMembers(JsonWriter &json, const Findings &findings);

// The CSV in parts, for a feed written an article at a time: the line of column names, then a
// row a mention. geoparseCsv is the two together.
QByteArray geoparseCsvHeader();
void appendGeoparseCsvRows(QByteArray &out, const Findings &findings);

} // namespace frontline
