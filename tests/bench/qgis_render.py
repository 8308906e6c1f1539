"""QGIS's side of tests/bench/map-vs-qgis.sh: render the same layers as Frontline's export
(Natural Earth countries and the article's places) to a PNG, offscreen, with QGIS's parallel
render job, and print the seconds from the start of the render job to the PNG written.

usage: qgis_render.py BASEMAP.gpkg PLACES.geojson OUT.png WIDTH HEIGHT W S E N RUNS
"""
import os
import sys
import time

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsMapRendererParallelJob, QgsMapSettings, QgsProject, QgsRectangle,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def main():
    gpkg, places, out = sys.argv[1:4]
    width, height = int(sys.argv[4]), int(sys.argv[5])
    west, south, east, north = map(float, sys.argv[6:10])
    runs = int(sys.argv[10])
    app = QgsApplication([], False)
    app.initQgis()
    countries = QgsVectorLayer(f"{gpkg}|layername=countries_10m", "countries", "ogr")
    points = QgsVectorLayer(places, "places", "ogr")
    if not countries.isValid() or not points.isValid():
        sys.exit("qgis_render.py: cannot open the layers")
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), mercator, QgsProject.instance())
    settings = QgsMapSettings()
    settings.setLayers([points, countries])
    settings.setDestinationCrs(mercator)
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(to_mercator.transformBoundingBox(QgsRectangle(west, south, east, north)))
    settings.setBackgroundColor(QColor(0xa8, 0xc8, 0xdc))
    for _ in range(runs):
        start = time.perf_counter()
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(out, "PNG")
        print(f"{time.perf_counter() - start:.3f}")
    # PyQGIS standalone scripts may crash while tearing down layers at exit; the timings are
    # out, so leave without the teardown.
    sys.stdout.flush()
    os._exit(0)


main()
