#pragma once

#include <QDate>
#include <QString>

namespace frontline {

struct HtmlContent
{
    QString title;
    QDate date;
    QString text; // paragraphs separated by blank lines
};

// Reduces an HTML page to readable text. Scripts, styles and comments are dropped and
// nothing is fetched or run: this is a text transformation, not a browser.
HtmlContent htmlToText(const QString &html);

bool looksLikeHtml(const QString &fileName, QStringView text);

} // namespace frontline
