#!/usr/bin/env bash
# Timed side-by-side of whole processes on the same news text and the same name list:
#   frontline geoparse TEXT > out.json     versus     grep -F -o -f NAMES TEXT > out.txt
# (grep is the simplest thing a user could do instead). Output goes to files: GNU grep stops
# at the first match when its output is /dev/null. Median of RUNS runs per size.
#   tests/bench/geoparse-vs-grep.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bin/bench_geoparse" --write-names "$work/names.txt"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
seconds() { # command... -> median wall seconds over $runs runs
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@"
        end=$(date +%s%N)
        awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
    done | median
}
geoparse() { "$build/bin/frontline" geoparse "$1" > "$work/out.json"; }
grep_names() { grep -F -o -f "$work/names.txt" "$1" > "$work/out.txt" || true; }

echo "names: $(wc -l < "$work/names.txt"); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-8s %14s %14s %10s %10s %8s\n' "text" "frontline (s)" "grep -F (s)" "frontline" "grep" "ratio"
for megabytes in 1 8 32; do
    "$build/bin/bench_geoparse" --write-news "$work/news.txt" "$megabytes"
    bytes=$(stat -c %s "$work/news.txt")
    ours=$(seconds geoparse "$work/news.txt")
    theirs=$(seconds grep_names "$work/news.txt")
    awk -v mb="$megabytes" -v b="$bytes" -v o="$ours" -v t="$theirs" \
        'BEGIN { printf "%-8s %14.3f %14.3f %7.1f MB/s %5.1f MB/s %7.2fx\n", mb " MB", o, t, b / o / 1e6, b / t / 1e6, t / o }'
done
