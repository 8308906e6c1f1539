#include "MarkerClusters.h"

#include "MapViewport.h"

#include <algorithm>
#include <cmath>

namespace frontline {

MarkerClusters::MarkerClusters(const std::vector<QPointF> &worldPoints, const MapViewport &viewport,
                               double distance, QPointF offset)
{
    // A grid of cells `distance` wide over the image and a cell of margin: a marker can only
    // join a cluster started in its own cell or the eight around it.
    const int columns = int(std::ceil(viewport.size().width() / distance)) + 2;
    const int rows = int(std::ceil(viewport.size().height() / distance)) + 2;
    // Straight scale and offset: QTransform::map checks its type for every point.
    const double scale = viewport.pixelsPerWorldUnit();
    const QPointF origin = viewport.toScreen({0, 0}) + offset;
    std::vector<QPointF> screen(worldPoints.size());
    std::vector<int> firstInCell(std::size_t(columns) * rows, -1); // cluster started there
    std::vector<int> nextInCell;                                    // per cluster
    std::vector<QPointF> seeds;                                     // per cluster: its first member
    std::vector<int> clusterOf(worldPoints.size(), -1);
    const double limit = distance * distance;
    for (std::size_t i = 0; i < worldPoints.size(); ++i) {
        const QPointF p = worldPoints[i] * scale + origin;
        screen[i] = p;
        // Shifted by a cell before the cast, so points just left of or above the image
        // truncate the right way; anything further off is skipped.
        const double x = p.x() / distance + 1, y = p.y() / distance + 1;
        if (!(x >= 0 && y >= 0 && x < columns && y < rows))
            continue;
        const int column = int(x), row = int(y);
        const auto joinIn = [&](int cell) {
            for (int k = firstInCell[cell]; k >= 0; k = nextInCell[k]) {
                const QPointF d = seeds[k] - p;
                if (d.x() * d.x() + d.y() * d.y() < limit)
                    return k;
            }
            return -1;
        };
        // Its own cell first: on a dense map that is where a match usually is.
        int joined = joinIn(row * columns + column);
        for (int r = std::max(0, row - 1); r <= std::min(rows - 1, row + 1) && joined < 0; ++r)
            for (int c = std::max(0, column - 1); c <= std::min(columns - 1, column + 1) && joined < 0; ++c)
                if (r != row || c != column)
                    joined = joinIn(r * columns + c);
        if (joined < 0) {
            joined = int(seeds.size());
            seeds.push_back(p);
            nextInCell.push_back(firstInCell[row * columns + column]);
            firstInCell[row * columns + column] = joined;
            m_clusters.push_back({});
        }
        clusterOf[i] = joined;
        ++m_clusters[joined].count;
    }
    // Each cluster's members contiguous (a counting sort), its position their mean.
    int next = 0;
    for (Cluster &cluster : m_clusters) {
        cluster.first = next;
        next += cluster.count;
        cluster.count = 0;
    }
    m_members.resize(next);
    for (std::size_t i = 0; i < worldPoints.size(); ++i) {
        if (clusterOf[i] < 0)
            continue;
        Cluster &cluster = m_clusters[clusterOf[i]];
        m_members[cluster.first + cluster.count++] = int(i);
        cluster.screen += screen[i];
        // (QRectF::united ignores empty rectangles, so the bounds grow by hand.)
        const QPointF w = worldPoints[i];
        cluster.world = cluster.count == 1
                            ? QRectF(w, QSizeF(0, 0))
                            : QRectF(QPointF(std::min(cluster.world.left(), w.x()), std::min(cluster.world.top(), w.y())),
                                     QPointF(std::max(cluster.world.right(), w.x()), std::max(cluster.world.bottom(), w.y())));
    }
    for (Cluster &cluster : m_clusters)
        cluster.screen = cluster.screen / cluster.count;
}

int MarkerClusters::clusterAt(QPointF screen, double radius) const
{
    int found = -1;
    double best = radius * radius;
    for (int i = 0; i < int(m_clusters.size()); ++i) {
        const QPointF d = m_clusters[i].screen - screen;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= best) {
            best = distance;
            found = i;
        }
    }
    return found;
}

} // namespace frontline
