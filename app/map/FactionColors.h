#pragma once

#include "events/FactionColor.h"

#include <QColor>

namespace frontline {

// A faction's colour (events/FactionColor.h) as drawn; no colour stays an invalid QColor.
inline QColor toQColor(FactionColor color)
{
    return color.isValid() ? QColor(color.red(), color.green(), color.blue()) : QColor();
}

} // namespace frontline
