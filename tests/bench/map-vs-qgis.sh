#!/usr/bin/env bash
# The issue's side-by-side: the same layers (Natural Earth countries and the article's places)
# to a 4000x3000 PNG, by QGIS (python3-qgis, offscreen, its parallel render job, timed from
# the start of the job to the PNG written) and by `frontline export` (timed as the whole
# process: start-up, loading, geoparsing, rendering, encoding). Medians of RUNS runs each.
#
# usage: tests/bench/map-vs-qgis.sh [BUILD_DIR] [ARTICLE] [RUNS]
# Needs Debian's python3-qgis (apt-get install python3-qgis qgis-providers); not part of the
# tests.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
article=${2:-$here/../../../shared/seed-article.txt}
runs=${3:-5}
frontline=$build/bin/frontline
gpkg=$build/share/frontline/geodata/basemap.gpkg
bbox=(36 31 44 37) # W S E N: the seed's theatre
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

"$frontline" geoparse "$article" --format geojson > "$work/places.geojson"
qgis=$(/usr/bin/python3 "$here/qgis_render.py" "$gpkg" "$work/places.geojson" "$work/qgis.png" 4000 3000 "${bbox[@]}" "$runs" | median)

for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$frontline" export "$article" -o "$work/frontline.png" --size 4000x3000 \
        --bbox "${bbox[0]},${bbox[1]},${bbox[2]},${bbox[3]}" --date 2016-06-29 > /dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
done | median > "$work/frontline.txt"
ours=$(cat "$work/frontline.txt")

printf 'QGIS %s render job to PNG: %.3f s (median of %s)\n' "$(/usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])')" "$qgis" "$runs"
printf 'frontline export, whole process: %.3f s (median of %s)\n' "$ours" "$runs"
printf 'ratio frontline / QGIS: %.2f (target <= 1, aim 0.5)\n' "$(echo "$ours / $qgis" | bc -l)"
