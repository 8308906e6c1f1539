#pragma once

#include "EventsResult.h"

#include <QStringList>

namespace frontline {

// ACLED's sub-event types that map onto one of DESIGN.md's event types, in ACLED's words (for
// the analyst to choose from). Frontline's own types (offensive, control, withdrawal, patrol)
// have none.
QStringList acledSubtypesOf(EventType type);

} // namespace frontline
