#pragma once

#include <QRectF>
#include <vector>

class QPainter;

namespace frontline {

struct Citations;
struct MapFrame;
struct MapStyle;

// Where a snapshot's notes go: a panel along the bottom of the composition (notesBand) under
// the heading "Sources", each article's title and date on a line of its own, then the cited
// sentences of that article beside their numbers, and a last line for those left out.
struct NotesLayout
{
    struct Heading
    {
        QRectF rect;
        int firstNote = 0; // the index of the first sentence under it
    };
    QRectF panel; // null when there is nothing to note
    std::vector<Heading> articles;
    std::vector<QRectF> notes; // the text of each sentence that fits, wrapped in its rectangle
    QRectF leftOutLine;        // null when every sentence fits
};

// The notes of `citations` laid out in `frame`: as many sentences as fit in at most
// kNotesShareOfHeight of the frame, in their order.
NotesLayout layoutNotes(const Citations &citations, const MapFrame &frame, const MapStyle &style);

// The frame's notes (MapFrame::citations) in their panel: text drawn as text.
void paintNotes(QPainter &painter, const MapFrame &frame, const MapStyle &style);

} // namespace frontline
