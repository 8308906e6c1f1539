#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QSlider;
class QToolButton;

namespace frontline {

class MapView;

// Every layer of the map, top layer first: a tick for visibility, an opacity slider for the
// chosen layer, buttons to recolour (vector files), raise, lower and remove it, and "Add..."
// for any file GDAL opens. Changes go straight to the map view.
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(MapView &view, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void addLayerRequested();

private:
    void refresh();
    void itemChanged(QListWidgetItem *item);
    void currentChanged();
    QString currentId() const;

    MapView &m_view;
    QListWidget *m_list = nullptr;
    QSlider *m_opacity = nullptr;
    QToolButton *m_up = nullptr, *m_down = nullptr, *m_remove = nullptr, *m_color = nullptr;
    bool m_refreshing = false;
};

} // namespace frontline
