#include "FrameBuilder.h"

namespace frontline {
namespace {

// With nothing to show, the inhabited world: the poles' stretched ice says nothing.
const QRectF kInhabitedWorld(0, 0.2, 1, 0.6);

} // namespace

MapFrame buildFrame(const FrameRequest &request)
{
    MapFrame frame;
    frame.viewport.setSize(request.size);
    frame.symbolScale = request.dpi / double(FrameRequest::kDefaultDpi);
    frame.title = request.title;
    frame.asOf = request.asOf;
    frame.composition = true;
    const QRectF world = request.world.isNull() ? kInhabitedWorld : request.world;
    const QMarginsF margins =
        MapFrame::decorationMargins(frame.symbolScale, !frame.title.isEmpty());
    frame.viewport.fitInside(world, margins, request.maxZoom);
    return frame;
}

} // namespace frontline
