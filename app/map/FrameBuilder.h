#pragma once

#include "MapFrame.h"

#include <QDate>
#include <QRectF>
#include <QSize>
#include <QString>

namespace frontline {

// What a snapshot is asked to show. The window's export and `frontline export` both describe
// their picture with one and build its frame with buildFrame, so the same view makes the same
// picture from either.
struct FrameRequest
{
    static constexpr QSize kDefaultSize{1600, 1000}; // 16:10, as a laptop's screen or a slide
    static constexpr int kDefaultDpi = 96;           // symbols at the size they are drawn on screen

    // Shown whole, centred in the room the decorations leave; null: the inhabited world.
    QRectF world;
    QSize size = kDefaultSize;
    int dpi = kDefaultDpi;
    // A box as small as one place would zoom in without limit: the document's extent caps it.
    double maxZoom = MapViewport::kMaxZoom;
    QString title; // the title block is left out when empty
    QDate asOf;
    Citations citations; // none: no notes and no numbers on the map
};

// The frame of an exported snapshot: the request's box fitted, keeping its aspect, inside the
// margins that keep the title block, the legend, the scale bar and the notes of cited
// sentences clear of it; symbols and text scaled from the DPI. Sentences beyond the room for
// notes are left out, their numbers too, and the notes say how many.
MapFrame buildFrame(const FrameRequest &request);

} // namespace frontline
