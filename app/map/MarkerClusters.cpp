#include "MarkerClusters.h"

#include "MapViewport.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace frontline {
namespace {

int rootOf(std::vector<int> &parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

} // namespace

MarkerClusters::MarkerClusters(const std::vector<QPointF> &worldPoints, const MapViewport &viewport,
                               double distance, QPointF offset)
{
    if (worldPoints.empty())
        return;
    // First a grid of cells `distance` wide over the image (and a cell of margin): the markers
    // of a cell are one group. Then neighbouring groups whose centres lie within `distance`
    // merge, so markers close across a cell's edge still become one. Linear in the markers.
    const int columns = int(std::ceil(viewport.size().width() / distance)) + 2;
    const int rows = int(std::ceil(viewport.size().height() / distance)) + 2;
    // Straight scale and offset: QTransform::map checks its type for every point.
    const double scale = viewport.pixelsPerWorldUnit();
    const QPointF origin = viewport.toScreen({0, 0}) + offset;
    std::vector<int> cellOf(worldPoints.size(), -1);
    std::vector<int> count(std::size_t(columns) * rows, 0);
    std::vector<QPointF> sum(count.size());
    for (std::size_t i = 0; i < worldPoints.size(); ++i) {
        const QPointF p = worldPoints[i] * scale + origin;
        // Shifted by a cell before the cast, so points just left of or above the image
        // truncate the right way; anything further off is skipped.
        const double x = p.x() / distance + 1, y = p.y() / distance + 1;
        if (!(x >= 0 && y >= 0 && x < columns && y < rows))
            continue;
        const int cell = int(y) * columns + int(x);
        cellOf[i] = cell;
        ++count[cell];
        sum[cell] += p;
    }
    // Merge each occupied cell with its occupied neighbours ahead of it (right, and the three
    // below) when their centres are close.
    std::vector<int> parent(count.size());
    std::iota(parent.begin(), parent.end(), 0);
    const double limit = distance * distance;
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            const int cell = row * columns + column;
            if (!count[cell])
                continue;
            const QPointF centre = sum[cell] / count[cell];
            const int ahead[4][2] = {{0, 1}, {1, -1}, {1, 0}, {1, 1}};
            for (const auto &step : ahead) {
                const int r = row + step[0], c = column + step[1];
                if (r >= rows || c < 0 || c >= columns)
                    continue;
                const int other = r * columns + c;
                if (!count[other])
                    continue;
                const QPointF d = sum[other] / count[other] - centre;
                if (d.x() * d.x() + d.y() * d.y() < limit)
                    parent[rootOf(parent, other)] = rootOf(parent, cell);
            }
        }
    // One cluster per merged group, its members contiguous (a counting sort).
    std::vector<int> clusterOfRoot(count.size(), -1);
    for (std::size_t cell = 0; cell < count.size(); ++cell) {
        if (!count[cell])
            continue;
        const int root = rootOf(parent, int(cell));
        if (clusterOfRoot[root] < 0) {
            clusterOfRoot[root] = int(m_clusters.size());
            m_clusters.push_back({});
        }
        m_clusters[clusterOfRoot[root]].count += count[cell];
    }
    int next = 0;
    for (Cluster &cluster : m_clusters) {
        cluster.first = next;
        next += cluster.count;
        cluster.count = 0;
    }
    m_members.resize(next);
    for (std::size_t i = 0; i < worldPoints.size(); ++i) {
        if (cellOf[i] < 0)
            continue;
        Cluster &cluster = m_clusters[clusterOfRoot[rootOf(parent, cellOf[i])]];
        m_members[cluster.first + cluster.count++] = int(i);
        cluster.screen += worldPoints[i] * scale + origin;
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
