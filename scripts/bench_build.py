#!/usr/bin/env python3
"""Median time to build kz.sqlite (target: under 1 s), with the cost of each stage.

Baseline, measured in the same run: writing the very same rows into a fresh SQLite file with plain
sqlite3 executemany, no parsing, no FTS, no span verification. The ratio shows what the pipeline adds.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from kzbrowser import paths
from kzbrowser.build.anchors import load
from kzbrowser.build.pipeline import build, collect, verify_spans


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    text = paths.article_path().read_text(encoding="utf-8")
    notes = load(str(paths.annotations_path()))
    rows = collect(text, notes)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "kz.sqlite"

        def baseline() -> None:
            target = Path(tmp) / "plain.sqlite"
            target.unlink(missing_ok=True)
            conn = sqlite3.connect(target)
            for name, data in rows.items():
                cols = list(data[0])
                conn.execute(f"CREATE TABLE {name} ({', '.join(cols)})")
                conn.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(cols))})",
                                 [tuple(r.get(c) for c in cols) for r in data])
            conn.commit()
            conn.close()

        results = {
            "baseline: plain sqlite3 write of the same rows": timed(baseline, args.runs),
            "parse + extract + checks (collect)": timed(lambda: collect(text, notes), args.runs),
            "span re-verification": timed(lambda: verify_spans(paths.database_path(), text), args.runs),
            "full build (kzbrowser build)": timed(lambda: build(out), args.runs),
        }
    base = statistics.median(results["baseline: plain sqlite3 write of the same rows"])
    print(f"{'stage':<50}{'median':>10}{'ratio':>9}   ({args.runs} runs each)")
    for name, times in results.items():
        med = statistics.median(times)
        print(f"{name:<50}{med * 1000:>8.1f}ms{med / base:>8.1f}x")
    full = statistics.median(results["full build (kzbrowser build)"])
    print(f"\ntarget: full build under 1 s -> {'met' if full < 1 else 'NOT met'} ({full:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
