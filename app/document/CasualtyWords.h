#pragma once

#include "events/EventsResult.h"

namespace frontline {

// The analyst's words for a toll, read as the text's are: "12", "at least 12", "up to 20",
// "5-8" or "5 to 8" give numbers; other words ("dozens") are kept as words only; nothing typed
// is no toll.
Casualties casualtiesFromWords(const QString &words);

} // namespace frontline
