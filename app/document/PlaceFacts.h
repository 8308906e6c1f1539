#pragma once

#include "Document.h"

#include <QString>
#include <vector>

namespace frontline {

// What the place card says of a place, as text: the name as the article writes it and as the
// gazetteer has it, what it is, where (in three notations), how sure the reading is, and whose
// record it is.
struct PlaceFacts
{
    QString asWritten;     // "al-Raqqa"
    QString gazetteerName; // "Ar Raqqah"
    QString kind;          // "populated place"
    QString country;       // "Syria (SY)"
    QString admin1;        // "Ar-Raqqah"
    QString decimal;       // "35.95000, 39.01667", or "not placed"
    QString dms;           // "35°57′00″N 39°01′00″E"
    QString mgrs;          // "37SEV 00000 00000"
    QString population;    // "177,636", or "unknown"
    QString confidence;    // "0.87"
    QString origin;        // "shipped", "imported", "the analyst's (placed 1 Dec 2026 10:02)"
};

// `place` an index into the document's places; `sentence` the selected one, whose words give
// the name as written (else its first mention's).
PlaceFacts placeFacts(const Document &document, int place, SentenceRef sentence);

// The article a card's edits act on: the selected sentence's, where it names the place, else
// that of the place's first mention; -1 if no mention names it.
int articleOfPlace(const Document &document, int place, SentenceRef sentence);

// Every sentence that names the place, in the open articles, in reading order.
std::vector<SentenceRef> sentencesNaming(const Document &document, int place);

} // namespace frontline
