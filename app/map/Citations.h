#pragma once

#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

namespace frontline {

class Document;
class LayerStack;
struct MapOverlay;

// A sentence a snapshot cites, as its note reads: the number its marks on the map carry, its
// article (title and date) and the sentence.
struct CitedSentence
{
    int number = 0;
    int article = -1; // the document's index of it: the notes list each article's together
    QString articleTitle;
    QDate articleDate;
    QString text;
};

// A number on the map at what cited sentences put there: above an event's icons, or above a
// place's marker.
struct CitationMark
{
    QPointF world;
    bool atEvent = false;
    std::vector<int> numbers; // of the sentences that put something here, ascending
};

// What a snapshot cites: its notes and the numbers on its map.
struct Citations
{
    std::vector<CitedSentence> sentences;
    std::vector<CitationMark> marks;
    int leftOut = 0; // sentences there was no room for in the frame: the notes say how many

    bool isEmpty() const { return sentences.empty(); }
    // Keeps the first `count` sentences, and the marks of those.
    void keepFirst(int count);
};

// The sentences behind what a snapshot of `world` (null: the whole map) shows: the events
// drawn there, one sentence each (the report that stands for a merged event); where it draws
// no event, the first sentence naming each place drawn there. Numbered in reading order.
Citations citeSentences(const Document &document, const MapOverlay &overlay,
                        const LayerStack &layers, const QRectF &world);

} // namespace frontline
