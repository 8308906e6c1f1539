#pragma once

#include <QRectF>

#include <vector>

namespace frontline {

// Greedy label placement: a label is drawn only where it overlaps nothing placed before it,
// so callers offer the most important labels first.
class LabelPlacer
{
public:
    bool tryPlace(const QRectF &rect);
    void reserve(const QRectF &rect) { m_used.push_back(rect); }

private:
    std::vector<QRectF> m_used;
};

} // namespace frontline
