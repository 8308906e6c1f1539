#include "LayerPanel.h"

#include "map/MapSource.h"

#include "MapView.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace frontline {

LayerPanel::LayerPanel(MapView &view, QWidget *parent) : QWidget(parent), m_view(view)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("layerList"));
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(QStringLiteral("layerOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setToolTip(tr("Opacity of the chosen layer"));
    const auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    auto *add = button(tr("Add\u2026"), tr("Add a vector or raster file as a layer"));
    m_up = button(QStringLiteral("\u25b2"), tr("Raise the chosen layer"));
    m_down = button(QStringLiteral("\u25bc"), tr("Lower the chosen layer"));
    m_remove = button(tr("Remove"), tr("Remove the chosen layer (files only)"));
    m_color = button(tr("Colour\u2026"), tr("The colour the chosen vector file is drawn in"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(m_color);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), this));
    opacityRow->addWidget(m_opacity);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(opacityRow);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(add, &QToolButton::clicked, this, &LayerPanel::addLayerRequested);
    connect(m_up, &QToolButton::clicked, this, [this] { m_view.moveLayer(currentId(), 1); });
    connect(m_down, &QToolButton::clicked, this, [this] { m_view.moveLayer(currentId(), -1); });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_view.removeLayer(currentId()); });
    connect(m_color, &QToolButton::clicked, this, [this] {
        const MapLayer *layer = m_view.layers().find(currentId());
        if (!layer)
            return;
        const QString id = layer->id;
        const QColor color = QColorDialog::getColor(layer->color, this, tr("Layer Colour"));
        if (color.isValid())
            m_view.setLayerColor(id, color);
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        if (!m_refreshing)
            m_view.setLayerOpacity(currentId(), value / 100.0);
    });
    connect(m_list, &QListWidget::itemChanged, this, &LayerPanel::itemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &LayerPanel::currentChanged);
    connect(&m_view, &MapView::layersChanged, this, &LayerPanel::refresh);
    refresh();
}

QString LayerPanel::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LayerPanel::refresh()
{
    m_refreshing = true;
    const QString current = currentId();
    const std::vector<MapLayer> &layers = m_view.layers().layers();
    // The same layers in the same order: update the rows in place (a row may be the one
    // being clicked right now); otherwise list them afresh.
    bool sameRows = m_list->count() == int(layers.size());
    for (int row = 0; sameRows && row < m_list->count(); ++row)
        sameRows = m_list->item(row)->data(Qt::UserRole).toString() == layers[layers.size() - 1 - row].id;
    if (!sameRows) {
        m_list->clear();
        for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) { // the top layer first
            auto *item = new QListWidgetItem(layer->name, m_list);
            item->setData(Qt::UserRole, layer->id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setToolTip(layer->id);
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        const MapLayer &layer = layers[layers.size() - 1 - row];
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(layer.visible ? Qt::Checked : Qt::Unchecked);
        if (layer.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    // As tall as its rows, so the legend below keeps the room.
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * std::max(5, m_list->count()) + 2 * m_list->frameWidth() + 4);
    m_refreshing = false;
    currentChanged();
}

void LayerPanel::itemChanged(QListWidgetItem *item)
{
    if (!m_refreshing)
        m_view.setLayerVisible(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
}

void LayerPanel::currentChanged()
{
    const MapLayer *layer = m_view.layers().find(currentId());
    const bool refreshing = m_refreshing;
    m_refreshing = true;
    m_opacity->setEnabled(layer != nullptr);
    m_opacity->setValue(layer ? int(std::lround(layer->opacity * 100)) : 100);
    m_refreshing = refreshing;
    const int row = m_list->currentRow();
    m_up->setEnabled(layer && row > 0);
    m_down->setEnabled(layer && row + 1 < m_list->count());
    m_remove->setEnabled(layer && layer->source);
    m_color->setEnabled(layer && layer->source && layer->source->takesColor());
}

} // namespace frontline
