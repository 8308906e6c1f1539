#include "SymbolCache.h"

#include "EventIcons.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace frontline {
namespace {

constexpr int kMaxSymbols = 4000; // beyond this the cache starts again (a few MB at most)

QString colorKey(const QColor &c)
{
    return c.name(QColor::HexArgb);
}

// Renders `paint` into a transparent image covering `bounds` (in the symbol's own
// coordinates); the image's origin is the bounds' top left, rounded down.
QImage renderSymbol(const QRectF &bounds, const std::function<void(QPainter &)> &paint, QPoint *origin)
{
    const QRect pixels = bounds.toAlignedRect().adjusted(-1, -1, 1, 1);
    *origin = pixels.topLeft();
    QImage image(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.translate(-pixels.topLeft());
    paint(painter);
    return image;
}

// The symbol's image carries its origin offset in its text keys ("x", "y").
void drawAt(QPainter &painter, QPointF anchor, const QImage &image)
{
    const QPointF topLeft = anchor + QPointF(image.text(QStringLiteral("x")).toInt(), image.text(QStringLiteral("y")).toInt());
    painter.drawImage(QPointF(std::round(topLeft.x()), std::round(topLeft.y())), image);
}

QImage withOrigin(QImage image, QPoint origin)
{
    image.setText(QStringLiteral("x"), QString::number(origin.x()));
    image.setText(QStringLiteral("y"), QString::number(origin.y()));
    return image;
}

} // namespace

void paintHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font,
                   const QColor &color, const QColor &halo, double haloWidth)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.strokePath(path, QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    // The letters as text, not outlines: SVG and PDF keep them searchable and editable.
    painter.save();
    painter.setPen(color);
    painter.setFont(font);
    painter.drawText(baseline, text);
    painter.restore();
}

void paintBadge(QPainter &painter, QPointF centre, int count, const QColor &color, const QFont &font,
                double radius, double symbolScale)
{
    painter.setPen(QPen(Qt::white, 1.5 * symbolScale));
    painter.setBrush(color);
    painter.drawEllipse(centre, radius, radius);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)), Qt::AlignCenter,
                     QString::number(count));
}

bool SymbolCache::suits(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    return device && (device->devType() == QInternal::Image || device->devType() == QInternal::Widget ||
                      device->devType() == QInternal::Pixmap);
}

namespace {

template <typename Key>
QImage cached(QHash<Key, QImage> &images, std::mutex &mutex, const Key &key, const std::function<QImage()> &make)
{
    {
        std::lock_guard lock(mutex);
        if (const auto found = images.constFind(key); found != images.cend())
            return *found;
    }
    QImage made = make(); // outside the lock: another thread may make the same, harmlessly
    std::lock_guard lock(mutex);
    if (images.size() >= kMaxSymbols)
        images.clear();
    images.insert(key, made);
    return made;
}

} // namespace

QImage SymbolCache::symbol(const QString &key, const std::function<QImage()> &make)
{
    return cached(m_images, m_mutex, key, make);
}

QImage SymbolCache::symbol(quint64 key, const std::function<QImage()> &make)
{
    return cached(m_marks, m_mutex, key, make);
}

void SymbolCache::drawHaloText(QPainter &painter, QPointF baseline, const QString &text, const QFont &font,
                               const QColor &color, const QColor &halo, double haloWidth)
{
    if (!suits(painter)) {
        paintHaloText(painter, baseline, text, font, color, halo, haloWidth);
        return;
    }
    // Keyed with the baseline's fraction of a pixel in quarters, so the text sits where the
    // vector drawing would put it.
    const QPointF fraction(baseline.x() - std::floor(baseline.x()), baseline.y() - std::floor(baseline.y()));
    const QPointF quarter(std::round(fraction.x() * 4) / 4, std::round(fraction.y() * 4) / 4);
    const QString key = QStringLiteral("t|%1|%2|%3|%4|%5|%6|%7")
                            .arg(text, font.key(), colorKey(color), colorKey(halo))
                            .arg(haloWidth)
                            .arg(quarter.x())
                            .arg(quarter.y());
    const QImage image = symbol(key, [&] {
        QPainterPath path;
        path.addText(quarter, font, text);
        QPoint origin;
        QImage rendered = renderSymbol(path.boundingRect().adjusted(-haloWidth, -haloWidth, haloWidth, haloWidth),
                                       [&](QPainter &p) { paintHaloText(p, quarter, text, font, color, halo, haloWidth); },
                                       &origin);
        return withOrigin(rendered, origin);
    });
    drawAt(painter, QPointF(std::floor(baseline.x()), std::floor(baseline.y())), image);
}

void SymbolCache::drawEventIcon(QPainter &painter, QPointF centre, EventType type, const QColor &color,
                                double symbolScale)
{
    if (!suits(painter)) {
        paintEventIcon(painter, centre, type, color, symbolScale);
        return;
    }
    // Kind, type, scale in sixteenths, colour.
    const quint64 key = (quint64(1) << 60) | (quint64(type) << 52) | (quint64(std::lround(symbolScale * 16) & 0xfff) << 40) |
                        quint64(color.rgba());
    const QImage image = symbol(key, [&] {
        const double r = 10 * symbolScale;
        QPoint origin;
        QImage rendered = renderSymbol(QRectF(-r, -r, 2 * r, 2 * r),
                                       [&](QPainter &p) { paintEventIcon(p, QPointF(0, 0), type, color, symbolScale); },
                                       &origin);
        return withOrigin(rendered, origin);
    });
    drawAt(painter, centre, image);
}

void SymbolCache::drawBadge(QPainter &painter, QPointF centre, int count, const QColor &color, const QFont &font,
                            double radius, double symbolScale)
{
    if (!suits(painter)) {
        paintBadge(painter, centre, count, color, font, radius, symbolScale);
        return;
    }
    // Kind, count, scale in eighths, colour (the radius and font follow from count and scale).
    const quint64 key = (quint64(2) << 60) | (quint64(std::min(count, 0xfffff)) << 40) |
                        (quint64(std::lround(symbolScale * 8) & 0xff) << 32) | quint64(color.rgba());
    const QImage image = symbol(key, [&] {
        const double r = radius + 2 * symbolScale;
        QPoint origin;
        QImage rendered = renderSymbol(QRectF(-r, -r, 2 * r, 2 * r),
                                       [&](QPainter &p) { paintBadge(p, QPointF(0, 0), count, color, font, radius, symbolScale); },
                                       &origin);
        return withOrigin(rendered, origin);
    });
    drawAt(painter, centre, image);
}

QImage SymbolCache::dotTile(const std::vector<QColor> &colors, double symbolScale)
{
    QString key = QStringLiteral("d|%1").arg(symbolScale);
    for (const QColor &c : colors)
        key += QLatin1Char('|') + colorKey(c);
    return symbol(key, [&] {
        // A dot every 8 pixels at 96 DPI, as Qt's patterns scaled by 1.6 would space them;
        // a second colour's dots between the first's.
        const int size = std::max(4, int(std::lround(12.8 * symbolScale)));
        QImage tile(size, size, QImage::Format_ARGB32_Premultiplied);
        tile.fill(Qt::transparent);
        QPainter p(&tile);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        for (std::size_t c = 0; c < colors.size(); ++c) {
            QColor dot = colors[c];
            dot.setAlpha(200);
            p.setBrush(dot);
            const double at = size / 4.0 + double(c) * size / 2.0;
            p.drawEllipse(QPointF(at, at), 1.2 * symbolScale, 1.2 * symbolScale);
        }
        return tile;
    });
}

} // namespace frontline
