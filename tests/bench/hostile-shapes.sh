#!/usr/bin/env bash
# Timed geoparse of input shapes that make naive parsers quadratic (issue: never hang):
# 100,000 nested <div> (1.1 MB of HTML), 1 MB of one capitalised word repeated, one line of
# 4 MB, and 50,000 one-word lines. Median wall seconds of RUNS runs each; with BASELINE_BUILD
# (a build of an earlier commit) its frontline runs beside, each run cut at LIMIT seconds.
#   tests/bench/hostile-shapes.sh [BUILD_DIR] [RUNS] [BASELINE_BUILD] [LIMIT]
set -euo pipefail
build=${1:-build}
runs=${2:-3}
baseline=${3:-}
limit=${4:-120}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

repeat() { # count text -> the text `count` times
    local count=$1 text=$2
    awk -v n="$count" -v t="$text" 'BEGIN { for (i = 0; i < n; i++) printf "%s", t }'
}
{ printf '<html><body>'; repeat 100000 '<div>'; printf 'Fighting in Aleppo.'
  repeat 100000 '</div>'; printf '</body></html>\n'; } > "$work/nested-divs.html"
{ printf 'Title\n\n'; repeat 150000 'Aleppo '; echo; } > "$work/repeated-word.txt"
{ printf 'Title\n\n'; repeat 73000 'Fighting was reported near Aleppo and Homs on Monday. '; echo; } \
    > "$work/one-line.txt"
{ printf 'Title\n\n'; repeat 50000 'Aleppo\n'; } > "$work/short-lines.txt"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
seconds() { # binary file -> median wall seconds ("> LIMIT" when cut)
    local bin=$1 file=$2
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        if ! timeout "$limit" "$bin" geoparse "$file" > /dev/null 2>&1; then
            echo "$limit"
            continue
        fi
        end=$(date +%s%N)
        awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
    done | median
}

printf '%-22s %10s %12s' "input" "MB" "frontline (s)"
[ -n "$baseline" ] && printf ' %14s' "baseline (s)"
echo
for name in nested-divs.html repeated-word.txt one-line.txt short-lines.txt; do
    file="$work/$name"
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1e6 }')
    printf '%-22s %10s %12s' "$name" "$mb" "$(seconds "$build/bin/frontline" "$file")"
    [ -n "$baseline" ] && printf ' %14s' "$(seconds "$baseline/bin/frontline" "$file")"
    echo
done
echo "(a figure equal to the limit, $limit s, means the run was cut there)"
