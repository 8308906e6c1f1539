#include "LayerStack.h"

#include <QCoreApplication>

#include <algorithm>

namespace frontline {

LayerStack::LayerStack()
{
    const auto builtInLayer = [](const char *id, const char *name, LayerKind kind) {
        MapLayer layer;
        layer.id = QString::fromLatin1(id);
        layer.name = QCoreApplication::translate("LayerStack", name);
        layer.kind = kind;
        return layer;
    };
    m_layers = {builtInLayer("basemap", "Basemap (Natural Earth)", LayerKind::Basemap),
                builtInLayer("zones", "Control zones", LayerKind::Zones),
                builtInLayer("arrows", "Offensive arrows", LayerKind::Arrows),
                builtInLayer("events", "Events", LayerKind::Events),
                builtInLayer("places", "Places", LayerKind::Places)};
}

int LayerStack::indexOf(const QString &id) const
{
    for (int i = 0; i < int(m_layers.size()); ++i)
        if (m_layers[i].id == id)
            return i;
    return -1;
}

const MapLayer *LayerStack::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_layers[i];
}

const MapLayer &LayerStack::builtIn(LayerKind kind) const
{
    return *std::find_if(m_layers.begin(), m_layers.end(), [kind](const MapLayer &l) { return l.kind == kind; });
}

void LayerStack::add(MapLayer layer)
{
    remove(layer.id); // adding a file again replaces it
    const QString above = layer.kind == LayerKind::Raster ? QStringLiteral("basemap") : QStringLiteral("zones");
    int at = indexOf(above) + 1;
    // After the user layers already there, so the newest is on top of its group.
    while (at < int(m_layers.size()) && m_layers[at].kind == layer.kind)
        ++at;
    m_layers.insert(m_layers.begin() + at, std::move(layer));
}

void LayerStack::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i >= 0 && m_layers[i].kind != LayerKind::Basemap && m_layers[i].source)
        m_layers.erase(m_layers.begin() + i);
}

void LayerStack::setVisible(const QString &id, bool visible)
{
    if (const int i = indexOf(id); i >= 0)
        m_layers[i].visible = visible;
}

void LayerStack::setOpacity(const QString &id, double opacity)
{
    if (const int i = indexOf(id); i >= 0)
        m_layers[i].opacity = std::clamp(opacity, 0.0, 1.0);
}

void LayerStack::setColor(const QString &id, const QColor &color)
{
    if (const int i = indexOf(id); i >= 0)
        m_layers[i].color = color;
}

bool LayerStack::move(const QString &id, int steps)
{
    const int from = indexOf(id);
    const int to = from + steps;
    if (from < 0 || steps == 0 || to < 0 || to >= int(m_layers.size()))
        return false;
    MapLayer layer = std::move(m_layers[from]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(layer));
    return true;
}

} // namespace frontline
