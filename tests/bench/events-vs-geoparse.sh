#!/usr/bin/env bash
# What event extraction adds to the geoparse (the events issue: less than the geoparse
# itself). Runs the Geoparse and GeoparseAndEvents benchmarks REPS times each on one core
# and prints the minimum and the median of each and of their difference. On a shared
# machine the minimum is the run least disturbed by others; both are printed.
#   tests/bench/events-vs-geoparse.sh [BUILD_DIR] [REPS]
set -euo pipefail
build=${1:-build}
reps=${2:-15}
taskset -c 0 "$build/bin/bench_geoparse" --benchmark_filter='^(Geoparse|GeoparseAndEvents)$' \
    --benchmark_repetitions="$reps" --benchmark_format=csv 2>/dev/null |
    python3 -c '
import csv, statistics, sys
rows = [r for r in csv.reader(sys.stdin) if r and not r[0].startswith("news text")]
column = rows[0].index("real_time")
times = {}
for row in rows[1:]:
    name = row[0].strip("\"")
    if name in ("Geoparse", "GeoparseAndEvents"):
        times.setdefault(name, []).append(float(row[column]))
geoparse, both = times["Geoparse"], times["GeoparseAndEvents"]
for name, low, mid in (("geoparse", min(geoparse), statistics.median(geoparse)),
                       ("geoparse and events", min(both), statistics.median(both)),
                       ("events add", min(both) - min(geoparse),
                        statistics.median(both) - statistics.median(geoparse))):
    print(f"{name:20} min {low:6.1f} ms   median {mid:6.1f} ms")
print(f"events / geoparse:   {(min(both) - min(geoparse)) / min(geoparse):.2f} (minima), "
      f"{(statistics.median(both) - statistics.median(geoparse)) / statistics.median(geoparse):.2f} (medians)")
'
