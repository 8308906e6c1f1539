#include "CasualtyWords.h"

#include <QRegularExpression>

namespace frontline {

Casualties casualtiesFromWords(const QString &words)
{
    Casualties toll;
    toll.text = words.simplified();
    static const QRegularExpression exact(QStringLiteral("^(\\d{1,9})$"));
    static const QRegularExpression atLeast(QStringLiteral("^at least\\s+(\\d{1,9})\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression moreThan(QStringLiteral("^(?:more than|over)\\s+(\\d{1,9})\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression upTo(QStringLiteral("^(?:up to|at most)\\s+(\\d{1,9})\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression between(
        QStringLiteral("^(?:between\\s+)?(\\d{1,9})\\s*(?:-|to|and)\\s*(\\d{1,9})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = exact.match(toll.text); m.hasMatch()) {
        toll.min = toll.max = m.captured(1).toLongLong();
    } else if (const auto m = atLeast.match(toll.text); m.hasMatch()) {
        toll.min = m.captured(1).toLongLong();
    } else if (const auto m = moreThan.match(toll.text); m.hasMatch()) {
        toll.min = m.captured(1).toLongLong() + 1; // as the text's "more than 12" is read
    } else if (const auto m = upTo.match(toll.text); m.hasMatch()) {
        toll.max = m.captured(1).toLongLong();
    } else if (const auto m = between.match(toll.text);
               m.hasMatch() && m.captured(1).toLongLong() <= m.captured(2).toLongLong()) {
        toll.min = m.captured(1).toLongLong();
        toll.max = m.captured(2).toLongLong();
    }
    return toll;
}

} // namespace frontline
