#!/usr/bin/env python3
"""Keystroke to painted results in the Search tab, beside a same-run baseline.

Types each query of bench_search.QUERIES one key at a time into the search field of a real MainWindow (offscreen
unless a display is set) and measures, for every keystroke, the time from sending the key to the first paint
of the results list that shows the results for the text typed so far. Baseline, in the same run and window,
after each keystroke: the same results list asked to repaint itself unchanged (viewport().update()) until it
has painted (what Qt alone costs to put that list on screen). Prints median, p95 and worst of each, and their
ratio. Target: results painted within one frame
(16 ms) of each keystroke on the article's database.

With --db FILE (e.g. a large synthetic database) it shows the other branch: where searches are slow the pane
waits for a pause in typing, so a keystroke's results come after that pause (printed, not judged).

Usage:  python scripts/bench_typing.py [--db FILE] [--rounds N]
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent / "src"))  # after $PYTHONPATH: another tree can be timed

FRAME_MS = 16.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None)
    ap.add_argument("--rounds", type=int, default=3, help="times each query is typed")
    args = ap.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtTest import QTest

    from kzbrowser import paths
    from kzbrowser.read.db import connect
    from kzbrowser.ui import app as gui
    from kzbrowser.ui.main_window import MainWindow

    # after kzbrowser: bench_search puts this tree's src first on sys.path
    queries = importlib.import_module("bench_search").QUERIES

    app = gui.application()
    db = Path(args.db) if args.db else paths.database_path()
    # a settings file of its own (never /dev/null: QSettings replaces the file it saves to)
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "bench.ini"), QSettings.Format.IniFormat)
    win = MainWindow(connect(db), db, settings)
    ready: list[bool] = []
    win.ready.connect(lambda: ready.append(True))
    win.resize(1366, 768)
    win.show()
    while not ready:
        app.processEvents()
    win.charts_loader.stop()  # the charts' idle loading is not what is measured here
    win.find_action.trigger()
    pane = win.search_tab.view
    app.processEvents()

    painted: list[float] = []

    class Probe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    probe = Probe()
    pane.view.viewport().installEventFilter(probe)

    def measure(act: Callable[[], object], done: Callable[[], bool]) -> float:
        painted.clear()
        t0 = time.perf_counter()
        act()
        deadline = t0 + 5.0
        while not (done() and painted) and time.perf_counter() < deadline:
            if not done():
                painted.clear()  # a paint before the results for this text are in does not count
            app.processEvents()
        return ((painted[0] if painted else time.perf_counter()) - t0) * 1000

    ours: list[float] = []
    base: list[float] = []
    for _ in range(args.rounds):
        for query, _raw in queries:
            pane.field.clear()
            app.processEvents()
            for i, ch in enumerate(query):
                text = query[: i + 1]
                ours.append(measure(lambda c=ch: QTest.keyClicks(pane.field, c),
                                    lambda t=text: pane.results is not None and pane.results.query == t))
                base.append(measure(pane.view.viewport().update, lambda: True))

    def row(name: str, xs: list[float]) -> str:
        xs = sorted(xs)
        p95 = xs[min(len(xs) - 1, int(len(xs) * 0.95))]
        return f"  {name:<44} median {statistics.median(xs):6.1f} ms   p95 {p95:6.1f} ms   worst {xs[-1]:6.1f} ms"

    print(f"keystroke to painted results, {db.name}, {len(ours)} keystrokes "
          f"(Qt platform {os.environ.get('QT_QPA_PLATFORM', 'default')})")
    print(row("search field -> results painted", ours))
    print(row("baseline: the same list repainted unchanged", base))
    print(f"  ratio of medians: {statistics.median(ours) / statistics.median(base):.1f}x; "
          f"pause before searching: {pane.pause_ms() if hasattr(pane, 'pause_ms') else pane._timer.interval()} ms")
    if args.db is None:
        met = statistics.median(ours) <= FRAME_MS
        print(f"  target: median within one frame ({FRAME_MS:.0f} ms): {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
