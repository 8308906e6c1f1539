#include "ArticleFiles.h"

#include <QDirIterator>

namespace frontline {

QStringList articleFilesIn(const QString &folder)
{
    static const QStringList kArticleNames{QStringLiteral("*.txt"), QStringLiteral("*.md"),
                                           QStringLiteral("*.html"), QStringLiteral("*.htm")};
    QStringList files;
    QDirIterator it(folder, kArticleNames, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace frontline
