#pragma once

#include <QStringList>

namespace frontline {

class Document;
class EventExtractor;
struct Geodata;

// The inputs of `export`: articles as loadArticles reads them, or a project (*.frontline) first
// and articles to add to it after. A project is its articles read again and its edits made again
// (document/ProjectState.h). False after one line on stderr when an input cannot be read.
bool loadProjectOrArticles(Document &document, const Geodata &geodata, const QStringList &paths,
                           const QString &date, const QString &command,
                           const EventExtractor &events);

} // namespace frontline
