#pragma once

#include <QDate>
#include <QStringList>

namespace frontline {

class FactionCatalog;
class Gazetteer;

struct StreamOptions
{
    QDate date;                              // overrides each article's date when valid
    int jobs = 1;                            // threads reading articles at once
    const FactionCatalog *catalog = nullptr; // with it, what happens (events) too
};

// A feed through `frontline geoparse|events --format jsonl`: the articles read `jobs` at a
// time, each written as one line (DESIGN.md's JSON of that article alone) as soon as it and
// those before it are done, in input order, and nothing of it kept: memory stays flat however
// long the feed. An article that cannot be read is one line on stderr and is skipped
// (counted in `skipped`). False when standard output cannot be written.
bool streamArticles(const QStringList &paths, const Gazetteer &gazetteer,
                    const StreamOptions &options, const QString &command, int *skipped);

} // namespace frontline
