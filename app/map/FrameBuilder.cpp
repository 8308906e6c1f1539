#include "FrameBuilder.h"

#include "CitationNotes.h"
#include "MapStyle.h"

namespace frontline {
namespace {

// With nothing to show, the inhabited world: the poles' stretched ice says nothing.
const QRectF kInhabitedWorld(0, 0.2, 1, 0.6);
constexpr double kGapAboveNotes = 10; // between the box shown and the notes, pixels at 96 DPI

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
    QMarginsF margins = MapFrame::decorationMargins(frame.symbolScale, !frame.title.isEmpty());
    frame.citations = request.citations;
    const NotesLayout notes = layoutNotes(frame.citations, frame, MapStyle::standard());
    if (!notes.panel.isNull()) {
        frame.citations.keepFirst(int(notes.notes.size()));
        margins.setBottom(request.size.height() - notes.panel.top() +
                          kGapAboveNotes * frame.symbolScale);
    }
    frame.viewport.fitInside(world, margins, request.maxZoom);
    return frame;
}

} // namespace frontline
