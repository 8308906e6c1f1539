#!/usr/bin/env python3
"""The share of an event-location corpus's gold place spans that a mention found by
`frontline geoparse` overlaps (the recognition half of locating events, as issue 10 judges it on
conflict-news sentences). Standard library only; the corpus format is that of
../shared/corpora/event-location-dev.jsonl (its README).

  tests/place-overlap.py build/bin/frontline ../shared/corpora/event-location-dev.jsonl"""
import json, os, subprocess, sys, tempfile


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, corpus = sys.argv[1:]
    rows = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as work:
        paths = []
        for i, row in enumerate(rows):
            path = os.path.join(work, f"{i:05d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(f"Document {i}\n" + row["text"])  # a title line, as score.py writes
            paths.append(path)
        out = subprocess.run([binary, "geoparse", *paths, "--format", "json"], capture_output=True)
    if out.returncode != 0:
        sys.exit(f"frontline geoparse failed: {out.stderr.decode(errors='replace').strip()[-300:]}")
    found = {}
    for m in json.loads(out.stdout)["mentions"]:
        head = len(f"Document {m['article']}\n")
        found.setdefault(m["article"], []).append((m["start"] - head, m["end"] - head))
    gold = [(i, g) for i, row in enumerate(rows) for g in row["event_locations"]]
    hit = sum(any(s < g["end"] and g["start"] < e for s, e in found.get(i, [])) for i, g in gold)
    print(f"gold place spans overlapped by a found mention: {hit} of {len(gold)} = {hit / len(gold):.3f}")


if __name__ == "__main__":
    main()
