"""QGIS's side of tests/bench/snapshot-vs-qgis.sh: the layers Frontline draws for an article
(its places, events, control zones and arrows, as `frontline export ARTICLE -o layers.gpkg`
writes them, over Natural Earth land and borders from Frontline's basemap.gpkg), styled,
labelled, rendered offscreen by QGIS's parallel render job and saved as a PNG of the given
size. The benchmark times it as a whole process; it prints the seconds of its own render job
and PNG too.

usage: qgis_snapshot.py BASEMAP.gpkg LAYERS.gpkg OUT.png WIDTH HEIGHT
"""
import os
import sys
import time

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsFillSymbol, QgsLineSymbol, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsProject, QgsRectangle,
                       QgsSingleSymbolRenderer, QgsVectorLayer, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

SEA = QColor(0xa8, 0xc8, 0xdc)  # Frontline's colours (app/map/MapStyle.h)
MARGIN = 0.12  # the room Frontline's view keeps round what the article names
POINTS = "kind IN ('populated place', 'feature')"  # areas are labelled, never pinned


def open_layer(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        sys.exit(f"qgis_snapshot.py: cannot open {name} in {path}")
    return layer


def with_symbol(layer, symbol):
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def with_labels(layer, field, points):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = settings.format()
    text.setSize(points)
    halo = text.buffer()
    halo.setEnabled(True)
    text.setBuffer(halo)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def layers(basemap, data):
    """Top first, as QgsMapSettings takes them."""
    places = open_layer(data, "places")
    places.setSubsetString(POINTS)
    land = QgsFillSymbol.createSimple({"color": "241,238,230", "outline_style": "no"})
    borders = QgsFillSymbol.createSimple({"style": "no", "outline_color": "141,134,122",
                                          "outline_width": "0.2"})
    zones = QgsFillSymbol.createSimple({"color": "80,80,80,70", "style": "b_diagonal",
                                        "outline_style": "dash"})
    return [
        with_labels(with_symbol(places, QgsMarkerSymbol.createSimple(
            {"color": "198,40,40", "outline_color": "white", "size": "2.6"})), "name", 9),
        with_symbol(open_layer(data, "events"), QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "74,74,74", "size": "4"})),
        with_symbol(open_layer(data, "arrows"), QgsLineSymbol.createSimple(
            {"line_color": "46,125,50", "line_width": "1.2"})),
        with_symbol(open_layer(data, "zones"), zones),
        with_labels(with_symbol(open_layer(basemap, "countries_10m"), borders), "name", 8),
        with_symbol(open_layer(basemap, "land_10m"), land),
    ]


def extent_of(found):
    """What the article's places, events, zones and arrows cover, with Frontline's margin."""
    box = QgsRectangle(found[0].extent())
    for layer in found[1:4]:
        box.combineExtentWith(layer.extent())
    box.scale(1 + 2 * MARGIN)
    return box


def main():
    basemap, data, out = sys.argv[1:4]
    width, height = int(sys.argv[4]), int(sys.argv[5])
    app = QgsApplication([], False)
    app.initQgis()
    found = layers(basemap, data)
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), mercator,
                                         QgsProject.instance())
    settings = QgsMapSettings()
    settings.setLayers(found)
    settings.setDestinationCrs(mercator)
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(to_mercator.transformBoundingBox(extent_of(found)))
    settings.setBackgroundColor(SEA)
    start = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(out, "PNG"):
        sys.exit(f"qgis_snapshot.py: cannot write {out}")
    print(f"{time.perf_counter() - start:.3f}")
    # PyQGIS standalone scripts may crash tearing their layers down at exit: the PNG is
    # written and the figure out, so leave without the teardown.
    sys.stdout.flush()
    os._exit(0)


main()
