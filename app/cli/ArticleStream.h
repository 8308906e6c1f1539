#pragma once

#include <QDate>
#include <QStringList>

namespace frontline {

class FactionCatalog;
class Gazetteer;

// The formats a feed streams in. JSON lines: each article's JSON alone (its article number 0),
// a line each. CSV and (for events) GeoJSON: the whole document's text, written an article at a
// time, each article read alone and numbered by its place among the articles read.
enum class StreamedFormat
{
    JsonLines,
    Csv,
    GeoJson
};

struct StreamOptions
{
    QDate date;                              // overrides each article's date when valid
    int jobs = 1;                            // threads reading articles at once
    const FactionCatalog *catalog = nullptr; // with it, what happens (events) too
    StreamedFormat format = StreamedFormat::JsonLines;
};

// A feed through `frontline geoparse|events` in a streamed format: the articles read `jobs` at
// a time, each written as soon as it and those before it are done, in input order, and nothing
// of it kept: memory stays flat however long the feed. An article that cannot be read is one
// line on stderr and is skipped (counted in `skipped`). False when standard output cannot be
// written.
bool streamArticles(const QStringList &paths, const Gazetteer &gazetteer,
                    const StreamOptions &options, const QString &command, int *skipped);

} // namespace frontline
