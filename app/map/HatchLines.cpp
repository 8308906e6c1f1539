#include "HatchLines.h"

#include <algorithm>
#include <cmath>

namespace frontline {

std::vector<QLineF> hatchLines(const std::vector<QPolygonF> &rings, double spacing, bool forwardSlash)
{
    const double sign = forwardSlash ? 1.0 : -1.0; // "/" lines keep x + y, "\" lines x - y
    struct Crossing
    {
        long long line;
        double x;
        QPointF point;
    };
    std::vector<Crossing> crossings;
    for (const QPolygonF &ring : rings)
        for (qsizetype i = 0; i < ring.size(); ++i) {
            const QPointF p = ring[i], q = ring[(i + 1) % ring.size()];
            const double cp = p.x() + sign * p.y(), cq = q.x() + sign * q.y();
            if (cp == cq)
                continue; // along the hatching: it crosses no line
            // Lines with low <= c < high: a vertex shared by two edges counts once.
            const double low = std::min(cp, cq), high = std::max(cp, cq);
            for (long long k = (long long)std::ceil(low / spacing); k * spacing < high; ++k) {
                const double t = (k * spacing - cp) / (cq - cp);
                const QPointF at = p + t * (q - p);
                crossings.push_back({k, at.x(), at});
            }
        }
    std::sort(crossings.begin(), crossings.end(), [](const Crossing &a, const Crossing &b) {
        return a.line != b.line ? a.line < b.line : a.x < b.x;
    });
    std::vector<QLineF> lines;
    std::size_t i = 0;
    while (i + 1 < crossings.size()) {
        if (crossings[i].line != crossings[i + 1].line) { // an odd count (a rounding slip): skip one
            ++i;
            continue;
        }
        lines.emplace_back(crossings[i].point, crossings[i + 1].point);
        i += 2;
    }
    return lines;
}

} // namespace frontline
