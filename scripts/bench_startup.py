#!/usr/bin/env python3
"""Start-up time: kzbrowser vs a bare PySide6 QMainWindow, each until its first frame is painted.

The two are started alternately, several times each, as separate processes, kzbrowser as a first launch
(the overview) and as a later one (the last party shown again); each prints the time from its
own start to its window's first Paint event, then quits (kzbrowser once the set-up it leaves for after the
first frame is done, which is printed too). Prints the medians and their ratio, the median of the paired
ratios (target <= 1.25),
and the process wall times (kzbrowser's until ready, the bare window's until its first paint, so that
column is not like for like). Uses $QT_QPA_PLATFORM (offscreen when there is no display).

kzbrowser keeps PySide's compiled support code in its cache folder (kzbrowser/ui/pyside_start.py), which the
bare window, as PySide ships it, compiles at every start. The runs use a cache folder of their own, filled by the
warm-up run, as a user's is after the first start. For comparison the same runs time a third window: the bare one
started the way kzbrowser starts PySide (its cache and tuning), which shows what kzbrowser's own work costs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both print time.perf_counter() (CLOCK_MONOTONIC, shared by all processes on Linux) at their first paint;
# the parent subtracts the moment it spawned them, so interpreter start-up and imports are counted alike.
BARE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.perf_counter():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication([])
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1280, 820)
probe = FirstPaint()
w.installEventFilter(probe)
w.show()
app.exec()
"""

# The bare window, with PySide started as kzbrowser starts it (importing kzbrowser.ui does just that).
BARE_TUNED = "import kzbrowser.ui\n" + BARE

APP = """
import sys
from kzbrowser.cli import main
sys.exit(main([]))
"""


# Selecting a party: the time to query, render and show its profile, against setting the same finished
# HTML on the same pane (the cost Qt alone has for showing the page).
SELECT = """
import gc, os, statistics, sys, tempfile, time
gc.disable()  # as kzbrowser.cli starts the window; ui.app freezes what start-up made and turns it back on
from PySide6.QtCore import QSettings
from kzbrowser import paths
from kzbrowser.ui import app as gui
from kzbrowser.read.db import connect
from kzbrowser.ui.main_window import MainWindow
app = gui.application()
# A settings file of its own: QSettings saves by writing a new file and renaming it over the old one, which
# run as root on "/dev/null" replaced the device with a regular file.
settings = QSettings(os.path.join(tempfile.mkdtemp(), "bench.ini"), QSettings.Format.IniFormat)
win = MainWindow(connect(paths.database_path()), paths.database_path(), settings)
ready = []
win.ready.connect(gui._collector_back_on)  # (what start-up made is frozen: see ui/app.py)
win.ready.connect(lambda: ready.append(True))
win.show()
while not ready:  # the set-up left for after the first frame: not part of selecting a party
    app.processEvents()
def rounds(n):
    ours, base = [], []
    for _ in range(n):
        for key in win.names:
            t = time.perf_counter()
            win.show_party(key)
            app.processEvents()
            ours.append(time.perf_counter() - t)
            html = win.detail.browser.toHtml()
            t = time.perf_counter()
            win.detail.browser.setHtml(html)
            app.processEvents()
            base.append(time.perf_counter() - t)
    return ours, base
during = rounds(1)[0] if sys.argv[1:] == ["during"] else []  # while the charts still load in the background
while not (win.charts_loader.done and win.pages_loader.done):  # then once that has finished
    app.processEvents()
    time.sleep(0.002)
ours, base = rounds(5)
print(statistics.median(ours), max(ours), statistics.median(base), max(during, default=0))
"""


def once(code: str, env: dict[str, str]) -> tuple[float, float, float | None]:
    """Seconds from spawn to first paint, to the process's end, and (the app only) to "ready"."""
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                       check=False)
    wall = time.perf_counter() - t
    stamps = dict(ln.split() for ln in r.stdout.splitlines() if ln.startswith(("first-paint ", "ready ")))
    if r.returncode != 0 or "first-paint" not in stamps:
        raise SystemExit(f"run failed ({r.returncode}): {r.stderr.strip()[-500:]}")
    ready = float(stamps["ready"]) - t if "ready" in stamps else None
    return float(stamps["first-paint"]) - t, wall, ready


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    # An installed kzbrowser has its bytecode cached, as PySide6's own is; this machine sets
    # PYTHONDONTWRITEBYTECODE, so compile the sources once rather than timing the compiler on every start.
    import compileall

    compileall.compile_dir(str(ROOT / "src" / "kzbrowser"), quiet=1)
    env = dict(os.environ, KZBROWSER_BENCH_FIRST_PAINT="1")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = Path(os.environ.get("TMPDIR", "/tmp")) / "kzbrowser-bench-config"
    # Two launches, each from settings made afresh before every run: a first launch (no settings: the
    # overview) and a later one (the last party, Otan, shown again).
    launches = {"first launch": (config / "first", ""), "later launch": (config / "later", "last_party=otan\n")}

    def launch(name: str) -> tuple[float, float, float | None]:
        folder, conf = launches[name]
        shutil.rmtree(folder, ignore_errors=True)
        if conf:
            (folder / "kzbrowser").mkdir(parents=True)
            (folder / "kzbrowser" / "kzbrowser.conf").write_text("[General]\n" + conf, encoding="utf-8")
        return once(APP, dict(env, XDG_CONFIG_HOME=str(folder)))

    env["XDG_CONFIG_HOME"] = str(config / "bare")
    env["XDG_CACHE_HOME"] = str(config / "cache")  # kzbrowser's cache, filled by the warm-up run
    once(BARE, env), launch("first launch"), once(BARE_TUNED, env)  # warm the file cache and kzbrowser's
    bare: list[float] = []
    tuned: dict[str, list[float]] = {name: [] for name in launches}
    bare_wall: list[float] = []
    app: dict[str, list[float]] = {name: [] for name in launches}
    app_wall: dict[str, list[float]] = {name: [] for name in launches}
    app_ready: dict[str, list[float]] = {name: [] for name in launches}
    paired: dict[str, list[float]] = {name: [] for name in launches}
    for _ in range(args.runs):
        for name in launches:  # each launch against the bare run just before it
            b, bw, _ = once(BARE, env)
            a, aw, ready = launch(name)
            bare.append(b)
            bare_wall.append(bw)
            app[name].append(a)
            app_wall[name].append(aw)
            paired[name].append(a / b)
            tuned[name].append(a / once(BARE_TUNED, env)[0])
            if ready is not None:
                app_ready[name].append(ready)
    mb = statistics.median(bare)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'xcb (DISPLAY)')}, {args.runs} runs of each launch, each "
          f"after a bare run")
    print(f"{'':<40}{'to first paint':>16}{'process wall':>14}")
    print(f"{'bare PySide6 QMainWindow (baseline)':<40}{mb * 1000:>14.0f}ms"
          f"{statistics.median(bare_wall) * 1000:>12.0f}ms")
    for name in launches:
        print(f"{'kzbrowser, ' + name:<40}{statistics.median(app[name]) * 1000:>14.0f}ms"
              f"{statistics.median(app_wall[name]) * 1000:>12.0f}ms")
        if app_ready[name]:
            # what the first frame does not show (header sorting, the filter's clear button) is set up just after
            print(f"{'  ready (all set up)':<40}{statistics.median(app_ready[name]) * 1000:>14.0f}ms")
    for name in launches:
        # This machine's speed drifts by a third within seconds; each run against the bare run just before it
        # cancels most of that drift. The ratio of the medians is printed as a cross-check.
        ratio = statistics.median(paired[name])
        print(f"{name}: median of each run's ratio to the bare run before it {ratio:.2f} "
              f"(target <= 1.25: {'met' if ratio <= 1.25 else 'NOT met'}); ratio of the medians "
              f"{statistics.median(app[name]) / mb:.2f}")
    for name in launches:
        print(f"{name}: against a bare window that starts PySide as kzbrowser does (its cache), the run just after: "
              f"median ratio {statistics.median(tuned[name]):.2f} (for comparison, no target)")
    r = subprocess.run([sys.executable, "-c", SELECT, "during"], capture_output=True, text=True, env=env,
                       timeout=120, check=False)
    if r.returncode == 0:
        med, worst, base, during = (float(x) for x in r.stdout.split())
        print(f"selecting a party (12 parties x 5): median {med * 1000:.1f} ms, worst {worst * 1000:.1f} ms "
              f"(target: worst <= 16 ms, one frame); setting the same finished page alone: {base * 1000:.1f} ms "
              f"(ratio {med / base:.1f})")
        print(f"selecting a party right after ready, while the charts load in the background (12 parties x 1): "
              f"worst {during * 1000:.1f} ms")
    else:
        print(f"selecting a party: the measurement failed: {r.stderr.strip()[-300:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
