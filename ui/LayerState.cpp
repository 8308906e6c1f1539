#include "LayerState.h"

#include "MapView.h"
#include "io/LayerFileReader.h"
#include "io/TeamLayerReader.h"

#include <QColor>
#include <QJsonObject>

namespace frontline {
namespace {

std::optional<MapLayer> readLayer(const QJsonObject &saved, const QString &tileCacheDirectory)
{
    const QString source = saved["source"].toString();
    QString error;
    return source.startsWith(QLatin1String("http"))
               ? makeTileLayer(source, saved["attribution"].toString(), tileCacheDirectory, &error)
               : readLayerFile(source, QColor(saved["color"].toString()), &error);
}

} // namespace

QJsonArray layerState(const MapView &view)
{
    QJsonArray state;
    for (const MapLayer &layer : view.layers().layers()) {
        QJsonObject saved{{"id", layer.id}, {"visible", layer.visible}, {"opacity", layer.opacity}};
        if (isTeamLayer(layer)) // opened from the team's database, not kept
            continue;
        if (layer.source) { // the analyst's: read again from where it came
            saved["source"] = layer.id;
            saved["attribution"] = layer.attribution;
            saved["color"] = layer.color.isValid() ? layer.color.name() : QString();
        }
        state.append(saved);
    }
    return state;
}

QStringList restoreLayerState(MapView &view, const QJsonArray &state,
                              const QString &tileCacheDirectory)
{
    QStringList missing;
    for (const QJsonValue &value : state) {
        const QJsonObject saved = value.toObject();
        QString id = saved["id"].toString();
        if (saved.contains("source")) {
            const std::optional<MapLayer> layer = readLayer(saved, tileCacheDirectory);
            if (!layer) {
                missing << saved["source"].toString();
                continue;
            }
            view.addLayer(*layer);
            id = layer->id;
        }
        if (!view.layers().find(id))
            continue;
        view.setLayerVisible(id, saved["visible"].toBool(true));
        view.setLayerOpacity(id, saved["opacity"].toDouble(1.0));
    }
    return missing;
}

} // namespace frontline
