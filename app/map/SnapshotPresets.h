#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace frontline {

// A snapshot's size and resolution under one name: for a screen, a slide, a 4K display, and
// A4 and A3 pages in landscape at print resolution.
struct SnapshotPreset
{
    QString name;  // as --preset takes it
    QString label; // as the export dialog lists it
    QSize size;
    int dpi;
};

// The preset called `name` (case-insensitive), or none.
std::optional<SnapshotPreset> snapshotPreset(const QString &name);
QStringList snapshotPresetNames();

} // namespace frontline
