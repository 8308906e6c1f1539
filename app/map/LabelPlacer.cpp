#include "LabelPlacer.h"

namespace frontline {

bool LabelPlacer::tryPlace(const QRectF &rect)
{
    for (const QRectF &used : m_used)
        if (used.intersects(rect))
            return false;
    m_used.push_back(rect);
    return true;
}

} // namespace frontline
