#include "MapStyle.h"

namespace frontline {

QFont MapStyle::font(double pointSize, double symbolScale, bool bold) const
{
    QFont result(fontFamily);
    result.setPixelSize(qMax(1, qRound(pointSize * 96.0 / 72.0 * symbolScale)));
    result.setBold(bold);
    return result;
}

const MapStyle &MapStyle::standard()
{
    static const MapStyle style;
    return style;
}

} // namespace frontline
