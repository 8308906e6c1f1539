#include "ArticleInputs.h"

#include "text/ArticleFiles.h"
#include "text/TextDecoder.h"

#include <QFile>
#include <QFileInfo>

namespace frontline {
namespace {

bool readPathList(const QString &listFile, QStringList *paths, QString *error)
{
    QFile file;
    const bool opened = listFile == kStandardInput
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(listFile), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QStringLiteral("%1: %2").arg(listFile, file.errorString());
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            *paths << line;
    }
    return true;
}

} // namespace

bool expandArticleInputs(const QStringList &arguments, const QString &listFile, QStringList *paths,
                         QString *error)
{
    for (const QString &argument : arguments) {
        if (argument != kStandardInput && QFileInfo(argument).isDir())
            *paths << articleFilesIn(argument);
        else
            *paths << argument;
    }
    return listFile.isEmpty() || readPathList(listFile, paths, error);
}

ArticleReadResult readArticleInput(const QString &path)
{
    if (path != kStandardInput)
        return readArticle(path);
    QFile in;
    ArticleReadResult result;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        result.error = QStringLiteral("standard input: %1").arg(in.errorString());
        return result;
    }
    const QByteArray bytes = in.read(kMaxArticleBytes + 1);
    if (bytes.size() > kMaxArticleBytes) {
        result.error = QStringLiteral("standard input: too large for an article (the limit is "
                                      "%1 MB)")
                           .arg(kMaxArticleBytes / (1024 * 1024));
        return result;
    }
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok()) {
        result.error = QStringLiteral("standard input: %1").arg(decoded.error);
        return result;
    }
    result = articleFromText(decoded.text, QStringLiteral("stdin.txt"));
    if (!decoded.warning.isEmpty())
        result.warnings.prepend(decoded.warning);
    return result;
}

} // namespace frontline
