#pragma once

#include "EditReplay.h"
#include "ViewFilter.h"
#include "text/Article.h"

#include <QJsonObject>
#include <vector>

namespace frontline {

class Document;
class EventExtractor;
class Geoparser;

// What a project keeps of the analyst's work: the articles as they were read, every edit made
// since (with who and when, undone ones included) and where the undo history stands, the days
// and articles shown, and the window's own state (the map's view, its layers and their styles),
// which the window reads and writes under keys of its own. The results are not kept here: they
// are read again from the articles, and the edits made again on them, so that an opened project
// is the document it was, undo history included.
struct ProjectState
{
    std::vector<Article> articles; // title, source and date as read, before any edit
    std::vector<EditRecord> edits;
    int undoIndex = 0;
    ViewFilter viewFilter;
    QJsonObject window;
};

ProjectState projectStateOf(const Document &document);

// Replaces what `document` holds with the project's articles, read again, and its edits made
// again; its undo history is the project's, marked clean. False, and why, when an edit cannot be
// made again (the document then holds the articles and the edits before it).
bool restoreDocument(Document &document, ProjectState state, const Geoparser &geoparser,
                     const EventExtractor *events, QString *error);

} // namespace frontline
