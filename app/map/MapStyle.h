#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace frontline {

// Colours and sizes of the map. Sizes are in pixels at 96 DPI; a frame's symbol scale
// multiplies them for print resolutions.
struct MapStyle
{
    QColor sea{0xa8, 0xc8, 0xdc};
    QColor land{0xf1, 0xee, 0xe6};
    QColor border{0x8d, 0x86, 0x7a};
    QColor countryLabel{0x6b, 0x65, 0x5b};
    QColor cityLabel{0x4a, 0x46, 0x40};
    QColor placeLabel{0x22, 0x22, 0x22};
    QColor areaLabel{0x5e, 0x4b, 0x6e};  // regions, provinces, islands the text names
    QColor waterLabel{0x2d, 0x5f, 0x8a}; // seas and rivers
    QColor labelHalo{0xff, 0xff, 0xff, 0xd8};
    QColor marker{0xc6, 0x28, 0x28};
    QColor markerOutline{0xff, 0xff, 0xff};
    QColor selection{0xff, 0xc4, 0x00};
    QColor decorationText{0x33, 0x33, 0x33};
    QColor panel{0xff, 0xff, 0xff, 0xe6};
    QColor citationMark{0x1d, 0x35, 0x57}; // a cited sentence's number on the map
    QColor citationMarkText{0xff, 0xff, 0xff};

    double borderWidth = 0.8;
    double markerRadius = 5.0;
    double selectedMarkerRadius = 7.5;
    double placeLabelPointSize = 9.0;
    double countryLabelPointSize = 8.5;
    double cityLabelPointSize = 7.5;
    double areaLabelPointSize = 9.0;

    QString fontFamily = QStringLiteral("DejaVu Sans");

    QString attribution = QStringLiteral(
        "Places: GeoNames (CC BY 4.0), countries-states-cities (ODbL) · Borders: Natural Earth "
        "(public domain)");

    // The map's font at a size in points (at 96 DPI), scaled for print resolutions.
    QFont font(double pointSize, double symbolScale, bool bold = false) const;

    static const MapStyle &standard();
};

} // namespace frontline
