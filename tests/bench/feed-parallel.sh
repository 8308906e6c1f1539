#!/usr/bin/env bash
# A feed shared among processes (README, "Beyond one machine"): ARTICLES generated articles
# (bench_geoparse --write-feed) through `frontline events --format jsonl`, first as one
# process on --jobs threads, then handed out by GNU parallel (Debian's `parallel`; a benchmark
# tool, not installed by ./setup) in chunks of CHUNK paths to PROCESSES processes of one thread
# each, their output kept in input order (-k). For each: wall seconds, MB/s, the largest
# process's peak memory (wait4), and whether the output is the same, line for line.
#   tests/bench/feed-parallel.sh [BUILD_DIR] [ARTICLES] [PROCESSES] [CHUNK]
set -euo pipefail
build=$(realpath "${1:-build}")
count=${2:-20000}
processes=${3:-$(nproc)}
chunk=${4:-1000}
command -v parallel >/dev/null || { echo "GNU parallel is not installed (apt-get install parallel)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bin/bench_geoparse" --write-feed "$work/feed" "$count"
bytes=$(find "$work/feed" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); feed: $count articles," \
    "$((bytes / 1000000)) MB"

measure() { # label output, then the command (a shell line)
    local label=$1 output=$2
    python3 - "$label" "$bytes" "$output" "$3" <<'PY'
import os, subprocess, sys, time
label, size, output, line = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
start = time.monotonic()
with open(output, "wb") as out:
    child = subprocess.Popen(["bash", "-c", line], stdout=out)
    _, status, usage = os.wait4(child.pid, 0)
seconds = time.monotonic() - start
print(f"  {label:44} {seconds:6.2f} s  {size / 1e6 / seconds:5.1f} MB/s  "
      f"largest process {usage.ru_maxrss / 1024:4.0f} MB  exit {os.waitstatus_to_exitcode(status)}")
PY
}
frontline="$build/bin/frontline"
measure "one process, --jobs $processes" "$work/one.jsonl" \
    "find '$work/feed' -name '*.txt' | sort | '$frontline' events --files-from - --format jsonl --jobs $processes"
measure "parallel -j $processes --pipe -N $chunk, --jobs 1 each" "$work/parallel.jsonl" \
    "find '$work/feed' -name '*.txt' | sort | parallel -k -j $processes --pipe -N $chunk '$frontline' events --files-from - --format jsonl --jobs 1"
if cmp -s "$work/one.jsonl" "$work/parallel.jsonl"; then
    echo "  the same output, $(wc -l < "$work/one.jsonl") lines"
else
    echo "  the outputs differ" >&2
    exit 1
fi
