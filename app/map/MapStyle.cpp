#include "MapStyle.h"

namespace frontline {

const MapStyle &MapStyle::standard()
{
    static const MapStyle style;
    return style;
}

} // namespace frontline
