#pragma once

#include <QWidget>

namespace frontline {

class MapView;

// The legend dock: what is visible on the map, drawn by the same Legend as the exports.
class LegendView : public QWidget
{
    Q_OBJECT
public:
    explicit LegendView(const MapView &view, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const MapView &m_view;
};

} // namespace frontline
