#include "ArticleReader.h"

#include "HtmlText.h"
#include "SentenceSplitter.h"
#include "TextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace frontline {
namespace {

// Read as a view of the text: only the title itself is copied, not the article's lines.
QString firstLine(const QString &text)
{
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    QStringView title = QStringView(text).first(lineEnd < 0 ? text.size() : lineEnd).trimmed();
    while (title.startsWith(QLatin1Char('#'))) // a Markdown heading
        title = title.sliced(1);
    return title.trimmed().toString();
}

// A "Date: 2024-05-01" line among the first lines of a plain-text article.
QDate headerDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:Date|Published|Dateline)\\s*:\\s*(\\d{4}-\\d{2}-\\d{2})\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(QStringView(text).left(1024));
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
    if (QStringView(article.text).trimmed().isEmpty()) // a view: the text is not copied
        result.warnings << QStringLiteral("the article is empty");
    return result;
}

// Opened first and asked why only when that fails: a feed's thousands of files each cost the
// opening and the reading, not a look-up of the path before them.
ArticleReadResult readArticle(const QString &path)
{
    ArticleReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) { // a folder does not open either
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
