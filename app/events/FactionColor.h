#pragma once

#include <QString>
#include <QStringView>

namespace frontline {

// A faction's colour as factions.json writes it: "#rrggbb" (or "#rgb"). A type of its own
// rather than QColor, so that reading factions, which every `frontline events` does, needs no
// Qt GUI library; what draws makes a QColor of it (map/FactionColors.h).
class FactionColor
{
public:
    constexpr FactionColor() = default; // no colour: not valid
    constexpr FactionColor(int red, int green, int blue)
        : m_red(red), m_green(green), m_blue(blue), m_valid(true)
    {
    }
    // Not valid unless `name` is "#rrggbb" or "#rgb" (hexadecimal digits, either case).
    static FactionColor fromName(QStringView name);

    bool isValid() const { return m_valid; }
    int red() const { return m_red; }
    int green() const { return m_green; }
    int blue() const { return m_blue; }
    QString name() const; // "#rrggbb" in lower case, as QColor::name() writes it
    bool operator==(const FactionColor &) const = default;

private:
    int m_red = 0;
    int m_green = 0;
    int m_blue = 0;
    bool m_valid = false;
};

} // namespace frontline
