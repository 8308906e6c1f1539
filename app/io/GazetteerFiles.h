#pragma once

#include "gazetteer/Gazetteer.h"

#include <QString>
#include <memory>

namespace frontline {

// The shipped gazetteer alone (imports are built on it).
std::unique_ptr<Gazetteer> openShippedGazetteer(QString *error);

// The gazetteer a session reads with: the analyst's combined one where they have imported or
// added places, else the shipped one. nullptr with a one-line `error` when the shipped one
// cannot be read; `warning` says why the analyst's is not used, when it is not.
std::shared_ptr<Gazetteer> openGazetteer(QString *error, QString *warning);

} // namespace frontline
