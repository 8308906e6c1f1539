#include "ArticleReader.h"

#include "HtmlText.h"
#include "SentenceSplitter.h"
#include "TextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace frontline {
namespace {

QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    QString title = line;
    while (title.startsWith(QLatin1Char('#'))) // a Markdown heading
        title.remove(0, 1);
    return title.trimmed();
}

// A "Date: 2024-05-01" line among the first lines of a plain-text article.
QDate headerDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:Date|Published|Dateline)\\s*:\\s*(\\d{4}-\\d{2}-\\d{2})\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(text.left(1024));
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

QString tooLarge(const QString &path, qint64 bytes)
{
    return QStringLiteral("%1: %2 MB is too large for an article (the limit is %3 MB)")
        .arg(path)
        .arg(bytes / (1024 * 1024))
        .arg(kMaxArticleBytes / (1024 * 1024));
}

// Why a file that would not open is no article, most telling reason first.
QString whyUnreadable(const QString &path, const QFile &file)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("%1: no such file").arg(path);
    if (info.isDir())
        return QStringLiteral("%1: is a folder, not an article").arg(path);
    if (info.size() > kMaxArticleBytes)
        return tooLarge(path, info.size());
    return QStringLiteral("%1: %2").arg(path, file.errorString());
}

} // namespace

ArticleReadResult articleFromText(const QString &text, const QString &fileName)
{
    ArticleReadResult result;
    Article &article = result.article;
    article.id = QFileInfo(fileName).completeBaseName();
    article.source = fileName;
    if (looksLikeHtml(fileName, text)) {
        HtmlContent html = htmlToText(text);
        article.text = std::move(html.text);
        article.title = html.title.isEmpty() ? firstLine(article.text) : html.title;
        article.date = html.date;
    } else {
        article.text = text;
        article.title = firstLine(text);
        article.date = headerDate(text);
    }
    article.sentences = splitSentences(article.text);
    article.indexCodePoints();
    if (article.text.trimmed().isEmpty())
        result.warnings << QStringLiteral("the article is empty");
    return result;
}

// Opened first and asked why only when that fails: a feed's thousands of files each cost the
// opening and the reading, not a look-up of the path before them.
ArticleReadResult readArticle(const QString &path)
{
    ArticleReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) { // a folder does not open either
        result.error = whyUnreadable(path, file);
        return result;
    }
    if (file.size() > kMaxArticleBytes) {
        result.error = tooLarge(path, file.size());
        return result;
    }
    const DecodedText decoded = decodeText(file.readAll());
    if (!decoded.ok()) {
        result.error = QStringLiteral("%1: %2").arg(path, decoded.error);
        return result;
    }
    result = articleFromText(decoded.text, path);
    if (!decoded.warning.isEmpty())
        result.warnings.prepend(decoded.warning);
    return result;
}

} // namespace frontline
