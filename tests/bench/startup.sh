#!/usr/bin/env bash
# Start-up of the reading commands (issue 17: under 50 ms): `frontline --version` and
# `frontline geoparse` of an empty file, the median of RUNS runs of each (hyperfine when it is
# installed, else a timing loop), with the libraries the dynamic loader brings in and its own
# time. With BASELINE_BUILD (a build of an earlier commit), its program runs beside, alternately.
#   tests/bench/startup.sh [BUILD_DIR] [RUNS] [BASELINE_BUILD]
set -euo pipefail
build=${1:-build}
runs=${2:-20}
baseline=${3:-}
empty=$(mktemp --suffix=.txt) # an empty article
times=$(mktemp)
trap 'rm -f "$empty" "$times"' EXIT
programs=("$build/bin/frontline")
[ -n "$baseline" ] && programs+=("$baseline/bin/frontline")

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for program in "${programs[@]}"; do
    loader=$(LD_DEBUG=statistics "$program" --version 2>&1 >/dev/null |
        awk '/total startup time in dynamic loader/ { print $(NF-1) }' | head -1)
    echo "$program: $(ldd "$program" | wc -l) libraries, dynamic loader $loader cycles"
done
commands=()
for program in "${programs[@]}"; do
    commands+=("$program --version" "$program geoparse $empty")
done
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$times" "${commands[@]}" \
        > /dev/null 2>&1
    python3 - "$times" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(f"{result['median'] * 1000:7.1f} ms median, {result['min'] * 1000:6.1f} min  {result['command']}")
PY
else
    python3 - "$runs" "${commands[@]}" <<'PY'
import statistics, subprocess, sys, time
runs, commands = int(sys.argv[1]), sys.argv[2:]
times = {command: [] for command in commands}
for _ in range(runs):  # alternately, so the machine's load falls on each alike
    for command in commands:
        start = time.perf_counter()
        subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[command].append(time.perf_counter() - start)
for command in commands:
    print(f"{statistics.median(times[command]) * 1000:7.1f} ms median, "
          f"{min(times[command]) * 1000:6.1f} min  {command}")
PY
fi
