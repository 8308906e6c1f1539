#!/usr/bin/env bash
# A day's feed through the streaming commands (issue: a day's feed in seconds and bounded
# memory): MEGABYTES of generated news articles, one file each, through `events` and
# `geoparse` with --format jsonl (streamed) and json (the whole document at once). For each:
# whole-process wall seconds, MB/s and peak resident memory (the child's, from wait4).
#   tests/bench/feed.sh [BUILD_DIR] [MEGABYTES] [JOBS]
set -euo pipefail
build=${1:-build}
megabytes=${2:-28}
jobs=${3:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/feed"
"$build/bin/bench_geoparse" --write-articles "$work/feed" "$megabytes" > /dev/null
bytes=$(du -sb "$work/feed" | cut -f1)
echo "feed: $(ls "$work/feed" | wc -l) articles, $((bytes / 1000000)) MB, --jobs $jobs"
measure() { # label, then the command
    local label=$1
    shift
    python3 - "$label" "$bytes" "$@" <<'PY'
import os, subprocess, sys, time
label, size, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
start = time.monotonic()
child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
seconds = time.monotonic() - start
print(f"{label:32} {seconds:6.2f} s  {size / 1e6 / seconds:5.1f} MB/s  "
      f"peak {usage.ru_maxrss / 1024:5.0f} MB  exit {os.waitstatus_to_exitcode(status)}")
PY
}
for command in events geoparse; do
    measure "$command --format jsonl" "$build/bin/frontline" "$command" --format jsonl \
        --jobs "$jobs" "$work/feed"
    measure "$command --format json" "$build/bin/frontline" "$command" "$work/feed"
done
