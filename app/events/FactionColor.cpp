#include "FactionColor.h"

namespace frontline {
namespace {

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

FactionColor FactionColor::fromName(QStringView name)
{
    constexpr int kShortForm = 4; // "#rgb": each digit stands for two alike
    constexpr int kLongForm = 7;  // "#rrggbb"
    if ((name.size() != kShortForm && name.size() != kLongForm) || name.front() != u'#')
        return {};
    int channels[3];
    const int digits = name.size() == kShortForm ? 1 : 2;
    for (int channel = 0; channel < 3; ++channel) {
        int value = 0;
        for (int d = 0; d < 2; ++d) {
            const int digit = hexDigit(name[1 + channel * digits + (digits == 2 ? d : 0)]);
            if (digit < 0)
                return {};
            value = value * 16 + digit;
        }
        channels[channel] = value;
    }
    return FactionColor(channels[0], channels[1], channels[2]);
}

QString FactionColor::name() const
{
    return QStringLiteral("#%1%2%3")
        .arg(m_red, 2, 16, QLatin1Char('0'))
        .arg(m_green, 2, 16, QLatin1Char('0'))
        .arg(m_blue, 2, 16, QLatin1Char('0'));
}

} // namespace frontline
