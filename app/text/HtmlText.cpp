#include "HtmlText.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace frontline {
namespace {

QString firstCapture(const QString &html, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(html);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QDate publicationDate(const QString &html)
{
    // Open Graph / schema.org / Dublin Core spellings of a publication date, in either
    // attribute order.
    static const QRegularExpression metaDate(
        QStringLiteral(R"(<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|)"
                       R"(datePublished|date|pubdate|dc\.date|DC\.date\.issued)["'][^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression content(QStringLiteral(R"(content\s*=\s*["']([^"']+)["'])"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression timeTag(
        QStringLiteral(R"(<time[^>]+datetime\s*=\s*["']([^"']+)["'])"),
        QRegularExpression::CaseInsensitiveOption);
    QString value = firstCapture(metaDate.match(html).captured(0), content);
    if (value.isEmpty())
        value = firstCapture(html, timeTag);
    return QDate::fromString(value.left(10), Qt::ISODate);
}

} // namespace

bool looksLikeHtml(const QString &fileName, QStringView text)
{
    if (fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
        fileName.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return true;
    const QStringView head = text.left(512).trimmed();
    return head.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive) ||
           head.startsWith(QLatin1String("<html"), Qt::CaseInsensitive);
}

HtmlContent htmlToText(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inert(
        QStringLiteral("<(script|style|noscript|template|head)\\b.*?</\\1\\s*>|<!--.*?-->|<img\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption |
            QRegularExpression::DotMatchesEverythingOption);

    HtmlContent content;
    content.title = QTextDocumentFragment::fromHtml(firstCapture(html, title)).toPlainText();
    content.date = publicationDate(html);

    QString body = html;
    body.remove(inert);
    QString text = QTextDocumentFragment::fromHtml(body).toPlainText();
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    // One sentence never spans two blocks: keep blocks apart with a blank line.
    static const QRegularExpression blankRuns(QStringLiteral("\\n\\s*\\n+"));
    text.replace(blankRuns, QStringLiteral("\n\n"));
    content.text = text.trimmed();
    if (!content.title.isEmpty() && !content.text.startsWith(content.title))
        content.text = content.title + QStringLiteral("\n\n") + content.text;
    return content;
}

} // namespace frontline
