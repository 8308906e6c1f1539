#pragma once

#include "events/EventsResult.h"

#include <QColor>
#include <QPointF>

class QPainter;

namespace frontline {

// An event's icon: a disc in its actor's colour with a white glyph for its type (a chevron
// for an offensive, a flag for a capture, a star burst for an explosion...). Drawn with
// plain paths, so SVG and PDF exports keep it as vectors.
void paintEventIcon(QPainter &painter, QPointF centre, EventType type, const QColor &color, double symbolScale);

} // namespace frontline
