#pragma once

#include <QRectF>

class QPainter;

namespace frontline {

class Basemap;
struct MapFrame;
struct MapStyle;

// A small map of the region around the snapshot's view, in `panel`: the basemap's countries
// with the view's box outlined, so a reader sees where on the globe the map lies.
void paintLocatorInset(QPainter &painter, const QRectF &panel, const MapFrame &frame,
                       const Basemap &basemap, const MapStyle &style);

} // namespace frontline
