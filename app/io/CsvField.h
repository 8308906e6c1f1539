#pragma once

#include <QByteArray>
#include <QString>

namespace frontline {

// Appends one CSV field in UTF-8, quoted (RFC 4180) when it holds a comma, quote or line break.
inline void appendCsvField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        out.append('"');
        out.append(QByteArray(utf8).replace("\"", "\"\""));
        out.append('"');
    } else {
        out.append(utf8);
    }
}

} // namespace frontline
