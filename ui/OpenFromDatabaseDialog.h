#pragma once

#include "DatabaseDialog.h"
#include "io/TeamLayerReader.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace frontline {

// File > Open from Database...: the team's places, events, zones and arrows as layers of the
// map, filtered by author, by the days of the articles they were read from and by the region
// the map shows; read off the GUI thread.
class OpenFromDatabaseDialog : public DatabaseDialog
{
    Q_OBJECT
public:
    // `visibleWorld`: what the map shows, in world coordinates (WebMercator.h).
    OpenFromDatabaseDialog(const QRectF &visibleWorld, QWidget *parent);

Q_SIGNALS:
    void layersRead(const std::vector<frontline::MapLayer> &layers);

private:
    void start() override;
    TeamFilter filter() const;

    QRectF m_view; // longitude and latitude, south at the top
    QLineEdit *m_author;
    QCheckBox *m_datesOnly;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_viewOnly;
};

} // namespace frontline
