#include "SnapshotPresets.h"

#include <array>
#include <cmath>

namespace frontline {
namespace {

constexpr int kScreenDpi = 96;
constexpr int kPrintDpi = 300;
constexpr double kMillimetresPerInch = 25.4;

// A landscape page of `longMm` by `shortMm` at print resolution, in whole pixels.
QSize landscapePage(double longMm, double shortMm)
{
    return QSize(int(std::lround(longMm / kMillimetresPerInch * kPrintDpi)),
                 int(std::lround(shortMm / kMillimetresPerInch * kPrintDpi)));
}

const std::array<SnapshotPreset, 5> &presets()
{
    static const std::array<SnapshotPreset, 5> all{{
        {QStringLiteral("screen"), QStringLiteral("Screen"), QSize(1600, 1000), kScreenDpi},
        {QStringLiteral("1920x1080"), QStringLiteral("Full HD"), QSize(1920, 1080), kScreenDpi},
        {QStringLiteral("4k"), QStringLiteral("4K"), QSize(3840, 2160), kScreenDpi},
        {QStringLiteral("a4"), QStringLiteral("A4 landscape"), landscapePage(297, 210), kPrintDpi},
        {QStringLiteral("a3"), QStringLiteral("A3 landscape"), landscapePage(420, 297), kPrintDpi},
    }};
    return all;
}

} // namespace

std::optional<SnapshotPreset> snapshotPreset(const QString &name)
{
    for (const SnapshotPreset &preset : presets())
        if (preset.name.compare(name, Qt::CaseInsensitive) == 0)
            return preset;
    return std::nullopt;
}

QStringList snapshotPresetNames()
{
    QStringList names;
    for (const SnapshotPreset &preset : presets())
        names << preset.name;
    return names;
}

} // namespace frontline
