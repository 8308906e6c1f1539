#pragma once

#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <vector>

namespace frontline {

class MapViewport;

// Polygons in flat arrays of world coordinates (WebMercator.h): one allocation for all points
// of a layer, rings by offset, features by ring range. Cheap to cull and to re-project.
class PolygonLayer
{
public:
    struct Feature
    {
        std::uint32_t firstRing = 0;
        std::uint32_t ringCount = 0;
        QRectF bounds; // world coordinates
        QString name;
        QPointF labelPoint; // world coordinates
    };

    void beginFeature(const QString &name, QPointF labelPoint);
    void addRing(const std::vector<QPointF> &worldPoints);
    // Sets the label point of each feature named in `points` (world coordinates).
    void setLabelPoints(const QHash<QString, QPointF> &points);

    const std::vector<Feature> &features() const { return m_features; }
    bool isEmpty() const { return m_features.empty(); }

    // Appends the rings of one feature, in screen pixels, to `path`; points closer than
    // `tolerance` pixels to the previous one are skipped (the shape cannot show them).
    void appendScreenPath(const Feature &feature, const MapViewport &viewport,
                          QPainterPath &path, double tolerance = 0.5) const;

private:
    std::vector<QPointF> m_points;
    std::vector<std::uint32_t> m_ringStarts{0};
    std::vector<Feature> m_features;
};

} // namespace frontline
