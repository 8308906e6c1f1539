#include "HtmlText.h"

#include <QHash>
#include <QRegularExpression>
#include <cstring>

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
        QStringLiteral(
            R"(<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|)"
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

// Elements whose content is never text a reader sees.
bool isInert(QStringView tag)
{
    static const QStringList inert{QStringLiteral("script"),   QStringLiteral("style"),
                                   QStringLiteral("noscript"), QStringLiteral("template"),
                                   QStringLiteral("head"),     QStringLiteral("title")};
    return inert.contains(tag);
}

// Elements that stand apart from what comes before and after them.
bool isBlock(QStringView tag)
{
    static const QStringList blocks{
        QStringLiteral("p"),       QStringLiteral("div"),    QStringLiteral("br"),
        QStringLiteral("h1"),      QStringLiteral("h2"),     QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),     QStringLiteral("h6"),
        QStringLiteral("li"),      QStringLiteral("ul"),     QStringLiteral("ol"),
        QStringLiteral("tr"),      QStringLiteral("table"),  QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
        QStringLiteral("aside"),   QStringLiteral("nav"),    QStringLiteral("blockquote"),
        QStringLiteral("pre"),     QStringLiteral("figure"), QStringLiteral("figcaption"),
        QStringLiteral("dl"),      QStringLiteral("dt"),     QStringLiteral("dd"),
        QStringLiteral("hr"),      QStringLiteral("main"),   QStringLiteral("body")};
    return blocks.contains(tag);
}

// "&amp;", "&#8217;", "&#x2019;" at `at`: the character it stands for and its length; an
// ampersand that starts no entity stands for itself.
std::pair<QString, int> entityAt(const QString &html, int at)
{
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QStringLiteral(" ")},
                                               {QStringLiteral("ndash"), QStringLiteral("\u2013")},
                                               {QStringLiteral("mdash"), QStringLiteral("\u2014")},
                                               {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
                                               {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
                                               {QStringLiteral("ldquo"), QStringLiteral("\u201c")},
                                               {QStringLiteral("rdquo"), QStringLiteral("\u201d")},
                                               {QStringLiteral("hellip"), QStringLiteral("\u2026")},
                                               {QStringLiteral("laquo"), QStringLiteral("\u00ab")},
                                               {QStringLiteral("raquo"), QStringLiteral("\u00bb")},
                                               {QStringLiteral("copy"), QStringLiteral("\u00a9")}};
    constexpr int kLongestEntity = 10; // "&#x10FFFF;"
    const int end = int(html.indexOf(QLatin1Char(';'), at));
    if (end < 0 || end - at > kLongestEntity) {
        // Browsers read the oldest names without their semicolon too ("&amp more").
        for (const char *legacy : {"amp", "lt", "gt", "quot", "nbsp"})
            if (QStringView(html).mid(at + 1).startsWith(QLatin1String(legacy)))
                return {named.value(QLatin1String(legacy)), int(std::strlen(legacy)) + 1};
        return {QStringLiteral("&"), 1};
    }
    const QString name = html.mid(at + 1, end - at - 1);
    bool ok = false;
    uint code = 0;
    if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
        code = name.mid(2).toUInt(&ok, 16);
    else if (name.startsWith(QLatin1Char('#')))
        code = name.mid(1).toUInt(&ok, 10);
    if (ok && code > 0 && code <= 0x10FFFF)
        return {QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1), end - at + 1};
    const auto found = named.constFind(name);
    return found == named.cend() ? std::pair{QStringLiteral("&"), 1}
                                 : std::pair{*found, end - at + 1};
}

// Where the tag opening at `at` ends: after its '>' (quoted attributes may hold one).
int tagEnd(const QString &html, int at)
{
    QChar quote;
    for (int i = at + 1; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull())
            quote = c == quote ? QChar() : quote;
        else if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else if (c == QLatin1Char('>'))
            return i + 1;
    }
    return int(html.size());
}

// Text as a browser shows it: runs of white space one space, blocks apart by a blank line.
class TextCollector
{
public:
    void addText(const QString &text)
    {
        for (const QChar c : text) {
            if (c.isSpace()) {
                m_space = true;
                continue;
            }
            if (m_space && !m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')))
                m_text += QLatin1Char(' ');
            m_space = false;
            m_text += c;
        }
    }
    void endBlock()
    {
        m_space = false;
        if (!m_text.isEmpty() && !m_text.endsWith(QLatin1String("\n\n")))
            m_text +=
                m_text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    }
    QString text() const { return m_text.trimmed(); }

private:
    QString m_text;
    bool m_space = false;
};

// One pass over the page, whatever its nesting (no tree is built): tags end blocks or are
// dropped, inert elements and comments are skipped whole, entities are decoded.
QString visibleText(const QString &html)
{
    TextCollector text;
    int i = 0;
    const int n = int(html.size());
    while (i < n) {
        const int open = int(html.indexOf(QLatin1Char('<'), i));
        const int textEnd = open < 0 ? n : open;
        for (int amp = i; amp < textEnd;) {
            const int next = int(html.indexOf(QLatin1Char('&'), amp));
            if (next < 0 || next >= textEnd) {
                text.addText(html.mid(amp, textEnd - amp));
                break;
            }
            text.addText(html.mid(amp, next - amp));
            const auto [decoded, length] = entityAt(html, next);
            text.addText(decoded);
            amp = next + length;
        }
        if (open < 0)
            break;
        if (QStringView(html).mid(open).startsWith(QLatin1String("<!--"))) {
            const int close = int(html.indexOf(QLatin1String("-->"), open + 4));
            i = close < 0 ? n : close + 3;
            continue;
        }
        const bool closing = open + 1 < n && html[open + 1] == QLatin1Char('/');
        int nameEnd = open + (closing ? 2 : 1);
        while (nameEnd < n && html[nameEnd].isLetterOrNumber())
            ++nameEnd;
        const QString tag =
            html.mid(open + (closing ? 2 : 1), nameEnd - open - (closing ? 2 : 1)).toLower();
        i = tagEnd(html, open);
        if (!closing && isInert(tag)) {
            const int close = int(html.indexOf(QStringLiteral("</") + tag, i, Qt::CaseInsensitive));
            i = close < 0 ? n : tagEnd(html, close);
        } else if (isBlock(tag)) {
            text.endBlock();
        }
    }
    return text.text();
}

QString titleOf(const QString &html)
{
    const int open = int(html.indexOf(QLatin1String("<title"), 0, Qt::CaseInsensitive));
    if (open < 0)
        return {};
    const int start = tagEnd(html, open);
    const int close = int(html.indexOf(QLatin1String("</title"), start, Qt::CaseInsensitive));
    return visibleText(html.mid(start, (close < 0 ? int(html.size()) : close) - start));
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
    HtmlContent content;
    content.title = titleOf(html);
    content.date = publicationDate(html);
    content.text = visibleText(html);
    if (!content.title.isEmpty() && !content.text.startsWith(content.title))
        content.text = content.title + QStringLiteral("\n\n") + content.text;
    return content;
}

} // namespace frontline
