#!/usr/bin/env bash
# Timed side-by-side of whole processes on the same news text and the same name list:
#   frontline geoparse TEXT > out.json     versus     grep -F -o -f NAMES TEXT > out.txt
# (grep is the simplest thing a user could do instead). Output goes to files: GNU grep stops
# at the first match when its output is /dev/null. Median of RUNS runs per input: one file of
# 1, 8 and 32 MB of the project's texts repeated, one file of 28.7 MB of a generated feed that
# varies as news does (bench_geoparse --write-feed, its articles end to end: issue 17's "one
# 28.7 MB file"), and 8 MB as one file per article (as a day's feed comes). With
# BASELINE_BUILD (a build of an earlier commit), its frontline runs on the same inputs.
#   tests/bench/geoparse-vs-grep.sh [BUILD_DIR] [RUNS] [BASELINE_BUILD]
set -euo pipefail
build=${1:-build}
runs=${2:-5}
baseline=${3:-}
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
geoparse() { local bin=$1; shift; "$bin/bin/frontline" geoparse "$@" > "$work/out.json"; }
grep_names() { grep -F -o -f "$work/names.txt" "$@" > "$work/out.txt" || true; }

echo "names: $(wc -l < "$work/names.txt"); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-16s %14s %14s %10s %10s %8s' "text" "frontline (s)" "grep -F (s)" "frontline" "grep" "ratio"
[ -n "$baseline" ] && printf ' %14s %8s' "baseline (s)" "ratio"
echo
row() { # label bytes files...
    local label=$1 bytes=$2; shift 2
    local ours theirs
    ours=$(seconds geoparse "$build" "$@")
    theirs=$(seconds grep_names "$@")
    awk -v l="$label" -v b="$bytes" -v o="$ours" -v t="$theirs" \
        'BEGIN { printf "%-16s %14.3f %14.3f %7.1f MB/s %5.1f MB/s %7.2fx", l, o, t, b / o / 1e6, b / t / 1e6, t / o }'
    if [ -n "$baseline" ]; then
        local before
        before=$(seconds geoparse "$baseline" "$@")
        awk -v t="$theirs" -v o="$before" 'BEGIN { printf " %14.3f %7.2fx", o, t / o }'
    fi
    echo
}
for megabytes in 1 8 32; do
    "$build/bin/bench_geoparse" --write-news "$work/news.txt" "$megabytes"
    row "$megabytes MB" "$(stat -c %s "$work/news.txt")" "$work/news.txt"
done
"$build/bin/bench_geoparse" --write-feed "$work/feed" 16000
python3 - "$work/feed" "$work/varied.txt" <<'PY'
import glob, sys
target, out = 28_700_000, open(sys.argv[2], "wb")
for path in sorted(glob.glob(sys.argv[1] + "/*/*.txt")):  # whole articles: cut text won't decode
    out.write(open(path, "rb").read() + b"\n")
    if out.tell() >= target:
        break
PY
rm -rf "$work/feed"
row "28.7 MB varied" "$(stat -c %s "$work/varied.txt")" "$work/varied.txt"
mkdir "$work/articles"
"$build/bin/bench_geoparse" --write-articles "$work/articles" 8
files=("$work"/articles/*.txt)
row "8 MB, ${#files[@]} files" "$(cat "${files[@]}" | wc -c)" "${files[@]}"
