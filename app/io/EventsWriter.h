#pragma once

#include "GeoparseWriter.h"

#include <QByteArray>

namespace frontline {

class Document;
class FactionCatalog;

// The events JSON of DESIGN.md: the geoparse members plus "factions", "events", "control"
// and "arrows". GeoJSON carries events and claims as points or areas and arrows as lines
// (longitude first); CSV has an event a row.
QByteArray writeEvents(const Document &document, const FactionCatalog &catalog, DataFormat format);

} // namespace frontline
