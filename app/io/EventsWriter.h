#pragma once

#include "GeoparseWriter.h"

#include <QByteArray>

namespace frontline {

class FactionCatalog;
struct Findings;

// The events JSON of DESIGN.md: the geoparse members plus "factions", "events", "control"
// and "arrows". GeoJSON carries events and claims as points or areas and arrows as lines
// (longitude first), article by article; CSV has an event a row.
QByteArray writeEvents(const Findings &findings, const FactionCatalog &catalog, DataFormat format);

// The CSV and the GeoJSON in parts, for a feed written an article at a time (the JSON
// describes each place once for all the articles, so it is written whole): the whole text is
// the opening, then each article's part, then the closing; GeoJSON's parts are joined by a
// comma.
QByteArray eventsCsvHeader();
void appendEventsCsvRows(QByteArray &out, const Findings &findings);
QByteArray eventsGeoJsonOpening();
QByteArray eventsGeoJsonFeatures(const Findings &findings); // its articles' features, in order
QByteArray eventsGeoJsonClosing();

} // namespace frontline
