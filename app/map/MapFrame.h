#pragma once

#include "Citations.h"
#include "MapViewport.h"

#include <QDate>
#include <QPointF>
#include <QSet>
#include <QString>
#include <optional>

namespace frontline {

// A reading of a name the analyst rests the pointer on (the place card's candidates): a
// temporary marker the window's frame draws, never part of the map scene.
struct MapPreview
{
    QPointF world;
    QString label;
    bool operator==(const MapPreview &) const = default;
};

// Everything one render needs besides the data: a plain value, copied into each render, so
// the screen and every export draw the same picture from the same settings.
struct MapFrame
{
    MapViewport viewport;
    double symbolScale = 1.0;          // 1 at 96 DPI; print resolutions scale symbols and text
    QString title;                     // drawn in a title block when set (exports)
    QDate asOf;                        // the as-of date shown under the title
    bool decorations = true;           // scale bar and attribution
    bool legend = true;                // the window shows it in a dock instead
    bool composition = false;          // north arrow and locator inset: snapshots only
    QString extraAttribution;          // of the raster layers shown, after the basemap's
    bool keepBasemap = false;          // the window redraws views: keep their basemap as pixels
    QSet<QString> selectedPlaces;      // the window's selection, highlighted; none in exports
    std::optional<MapPreview> preview; // the window's candidate preview; none in exports
    QSet<QString> selectedEvents;      // by the id of the report that stands for each, likewise
    double devicePixelRatio = 1.0; // the screen's: the window's frames are drawn at its resolution
    Citations citations; // numbers on the map and notes under it: snapshots that cite only

    // The pixels a default view keeps clear: the title block, the legend, the scale bar.
    static QMarginsF decorationMargins(double symbolScale, bool title)
    {
        return QMarginsF(40, (title ? 110 : 40), 330, 60) * symbolScale;
    }
};

} // namespace frontline
