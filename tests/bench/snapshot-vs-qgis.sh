#!/usr/bin/env bash
# Issue 15's side by side: a 4000x3000 PNG of an article's map, by `frontline export` and by
# QGIS 3.22, each timed as the whole process (start-up, loading, drawing, writing), in
# alternate runs, medians of RUNS each. QGIS draws the same layers: the places, events,
# control zones and arrows Frontline exports as a GeoPackage (`frontline export ARTICLE -o
# layers.gpkg`), over Natural Earth land and borders from Frontline's own basemap.gpkg
# (tests/bench/qgis_snapshot.py, offscreen, QgsMapRendererParallelJob); its render job and PNG
# alone are reported too.
#
# usage: tests/bench/snapshot-vs-qgis.sh [BUILD_DIR] [ARTICLE] [RUNS]
# QGIS is a benchmark-only tool, not installed by ./setup: apt-get install -y
# --no-install-recommends qgis python3-qgis. Without it the script says so and stops (exit 0).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
article=${2:-$here/../../../shared/seed-article.txt}
runs=${3:-7}
frontline=$build/bin/frontline
basemap=$build/share/frontline/geodata/basemap.gpkg
python=/usr/bin/python3 # Debian's, where python3-qgis installs
size=(4000 3000)

if ! "$python" -c 'import qgis.core' 2>/dev/null; then
    echo "snapshot-vs-qgis.sh: QGIS is not installed (apt-get install -y --no-install-recommends qgis python3-qgis); skipped"
    exit 0
fi
for needed in "$frontline" "$basemap" "$article"; do
    [ -e "$needed" ] || { echo "snapshot-vs-qgis.sh: $needed is missing" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Seconds the command took, wall clock, as a whole process; what it prints goes to file $1.
timed() {
    local out=$1 start end
    shift
    start=$(date +%s.%N)
    "$@" >> "$out"
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

"$frontline" export "$article" -o "$work/layers.gpkg" > /dev/null
for _ in $(seq "$runs"); do # alternately, so that both meet the same load on a shared machine
    timed /dev/null "$frontline" export "$article" -o "$work/frontline.png" \
        --size "${size[0]}x${size[1]}" >> "$work/frontline.txt"
    timed "$work/qgis-job.txt" "$python" "$here/qgis_snapshot.py" "$basemap" \
        "$work/layers.gpkg" "$work/qgis.png" "${size[@]}" >> "$work/qgis.txt"
done
ours=$(median < "$work/frontline.txt")
theirs=$(median < "$work/qgis.txt")
job=$(median < "$work/qgis-job.txt")
version=$("$python" -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])')
printf 'frontline export, whole process:            %.3f s (median of %s)\n' "$ours" "$runs"
printf 'QGIS %s script, whole process:          %.3f s (median of %s)\n' "$version" "$theirs" "$runs"
printf '  of which its render job and PNG:          %.3f s\n' "$job"
printf 'ratio frontline / QGIS (whole processes):   %.2f\n' "$(echo "$ours / $theirs" | bc -l)"
