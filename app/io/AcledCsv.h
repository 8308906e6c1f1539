#pragma once

#include <QByteArray>

namespace frontline {

class Document;
class FactionCatalog;

// The events as ACLED's spreadsheets have them, one real event a row (the reports of one event
// merged): event_date, event_type, sub_event_type, actor1, assoc_actor_1, actor2, admin1,
// location, latitude, longitude, geo_precision, source, notes (the sentence), fatalities.
QByteArray acledCsv(const Document &document, const FactionCatalog &catalog);

} // namespace frontline
