#include "ProjectInput.h"

#include "CliSupport.h"
#include "document/Document.h"
#include "document/ProjectState.h"
#include "geoparse/Geoparser.h"
#include "io/Geodata.h"
#include "io/ProjectFile.h"

namespace frontline {

bool loadProjectOrArticles(Document &document, const Geodata &geodata, const QStringList &paths,
                           const QString &date, const QString &command,
                           const EventExtractor &events)
{
    const Geoparser geoparser(*geodata.gazetteer);
    QStringList articles = paths;
    if (!paths.isEmpty() && isProjectPath(paths.first())) {
        QString error;
        std::optional<ProjectState> project = readProject(paths.first(), &error);
        if (!project ||
            !restoreDocument(document, std::move(*project), geoparser, &events, &error)) {
            printError(command, project ? paths.first() + QStringLiteral(": ") + error : error);
            return false;
        }
        articles.removeFirst();
    }
    for (const QString &path : articles)
        if (isProjectPath(path)) {
            printError(command, QStringLiteral("%1: one project at a time, named first").arg(path));
            return false;
        }
    return readArticles(articles, date, command, [&](Article article) {
        document.addArticle(std::move(article), geoparser, &events);
    });
}

} // namespace frontline
