#pragma once

#include "events/EventsResult.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>

#include <functional>
#include <mutex>
#include <vector>

class QPainter;

namespace frontline {

// Map symbols drawn once and then copied: halo text, event icons, cluster badges, dot
// tiles. Outlining a glyph for its halo costs far more than copying its pixels, and a map
// shows the same few hundred symbols frame after frame. Only for pixel output: SVG and PDF
// get the vector drawing. Safe to share between the window's render thread and exports.
class SymbolCache
{
public:
    // Whether `painter` draws pixels (an image, a widget), where cached symbols may be used.
    static bool suits(const QPainter &painter);

    // Text whose baseline starts at `baseline`, with a halo of `haloWidth` pixels.
    void drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font,
                      const QColor &color, const QColor &halo, double haloWidth);
    void drawEventIcon(QPainter &painter, QPointF centre, EventType type, const QColor &color, double symbolScale);
    // A cluster: a disc of `radius` with its count in it. The radius and the font must follow
    // from the count and the scale (they are not part of the cache's key).
    void drawBadge(QPainter &painter, QPointF centre, int count, const QColor &color, const QFont &font,
                   double radius, double symbolScale);
    // A tile of dots in each colour, for the "dots" pattern of the colour-blind-safe palette
    // (an untransformed texture brush; lines are drawn as lines, HatchLines.h).
    QImage dotTile(const std::vector<QColor> &colors, double symbolScale);

private:
    // The image under `key`, made by `make` the first time. A copy (images share their
    // pixels), so another thread adding symbols cannot pull it away.
    QImage symbol(const QString &key, const std::function<QImage()> &make);
    QImage symbol(quint64 key, const std::function<QImage()> &make); // icons and badges: no string to build

    std::mutex m_mutex;
    QHash<QString, QImage> m_images;
    QHash<quint64, QImage> m_marks;
};

// The painting behind the cache, also used directly for vector output.
void paintHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font,
                   const QColor &color, const QColor &halo, double haloWidth);
void paintBadge(QPainter &painter, QPointF centre, int count, const QColor &color, const QFont &font,
                double radius, double symbolScale);

} // namespace frontline
