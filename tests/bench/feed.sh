#!/usr/bin/env bash
# A day's feed through the streaming commands (issue 17: a day's feed in seconds and bounded
# memory): for each count of ARTICLES, that many generated news articles, one file each
# (bench_geoparse --write-feed: the project's sentences recombined, set in other countries'
# towns, with other people and numbers, so that what the geoparser remembers between articles
# does not flatter it), through `events` and `geoparse` streamed (--format jsonl, and the events'
# csv), and for the first count also `events --format json` (the whole document at once). For
# each: whole-process wall seconds, MB/s and peak resident memory (the child's, from wait4);
# for each feed, the share of the geoparser's index lookups answered from memory (one reader).
# With BASELINE_BUILD set (a build of an earlier commit), its jsonl runs follow on each feed.
#   [BASELINE_BUILD=DIR] tests/bench/feed.sh [BUILD_DIR] [JOBS] [ARTICLES...]
#   (default: 10000 100000 articles)
set -euo pipefail
build=${1:-build}
jobs=${2:-$(nproc)}
counts=("${@:3}")
[ ${#counts[@]} -eq 0 ] && counts=(10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # label bytes, then the command
    local label=$1 bytes=$2
    shift 2
    python3 - "$label" "$bytes" "$@" <<'PY'
import os, subprocess, sys, time
label, size, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
start = time.monotonic()
child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
seconds = time.monotonic() - start
print(f"  {label:32} {seconds:7.2f} s  {size / 1e6 / seconds:5.1f} MB/s  "
      f"peak {usage.ru_maxrss / 1024:5.0f} MB  exit {os.waitstatus_to_exitcode(status)}")
PY
}

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), --jobs $jobs"
first=1
for count in "${counts[@]}"; do
    feed="$work/feed-$count"
    "$build/bin/bench_geoparse" --write-feed "$feed" "$count"
    bytes=$(find "$feed" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
    echo "feed: $count articles, $((bytes / 1000000)) MB;" \
        "$("$build/bin/bench_geoparse" --lookups "$feed" | cut -d, -f3-)"
    for command in events geoparse; do
        measure "$command --format jsonl" "$bytes" "$build/bin/frontline" "$command" \
            --format jsonl --jobs "$jobs" "$feed"
        if [ -n "${BASELINE_BUILD:-}" ]; then
            measure "  baseline" "$bytes" "$BASELINE_BUILD/bin/frontline" "$command" \
                --format jsonl --jobs "$jobs" "$feed"
        fi
    done
    measure "events --format csv" "$bytes" "$build/bin/frontline" events --format csv \
        --jobs "$jobs" "$feed"
    if [ $first -eq 1 ]; then
        measure "events --format json (whole)" "$bytes" "$build/bin/frontline" events "$feed"
        first=0
    fi
    rm -rf "$feed"
done
