#pragma once

#include <QWidget>

namespace frontline {

class MapView;

// The map's scale at the centre of the view, for the status bar: a bar of a round length.
class ScaleBar : public QWidget
{
    Q_OBJECT
public:
    explicit ScaleBar(const MapView &view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {210, 20}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const MapView &m_view;
};

} // namespace frontline
