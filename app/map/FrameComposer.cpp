#include "FrameComposer.h"

#include <QPainter>

#include <cmath>

namespace frontline {

void composeFrame(QPainter &painter, const RenderedFrame &frame, const MapViewport &target)
{
    const QPointF topLeft = target.toScreen(frame.viewport.toWorld({0, 0}));
    const double scale = std::exp2(target.zoom() - frame.viewport.zoom());
    if (std::abs(scale - 1) < 1e-9) {
        // Whole pixels: a plain copy, no resampling.
        painter.drawImage(QPointF(std::round(topLeft.x()), std::round(topLeft.y())), frame.image);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1);
    painter.drawImage(QRectF(topLeft, frame.image.deviceIndependentSize() * scale), frame.image);
    painter.restore();
}

} // namespace frontline
