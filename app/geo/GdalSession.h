#pragma once

namespace frontline {

// Registers GDAL's drivers once and routes its messages away from stderr: Frontline reports
// failures itself, one clear line each. Safe to call from any thread, any number of times.
void ensureGdalReady();

} // namespace frontline
