#pragma once

#include <QByteArray>
#include <QString>

namespace frontline {

class Document;

enum class DataFormat { Json, GeoJson, Csv };
bool parseDataFormat(const QString &name, DataFormat *format);

// The places and mentions of a document in the formats of DESIGN.md's command line.
// Offsets are Unicode code points into each article's text.
QByteArray geoparseJson(const Document &document);
QByteArray geoparseGeoJson(const Document &document);
QByteArray geoparseCsv(const Document &document);
QByteArray writeGeoparse(const Document &document, DataFormat format);

class JsonWriter;
// The members "articles", "places", "mentions" of the geoparse JSON, into an open object.
void writeGeoparseMembers(JsonWriter &json, const Document &document);

} // namespace frontline
