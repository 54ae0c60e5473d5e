"""What the Charts tab needs before it can be built, loaded in small pieces while the window is idle.

``steps()`` is a generator: each ``next()`` does one piece of work (a slice of a few milliseconds, or one
import) and returns, so that a zero-timer can run it between the user's events (see lazy_tab.IdleSteps).
The imports that cannot be cut into pieces (numpy's and pyqtgraph's packages each import all of themselves,
~250 and ~180 ms) run on a background thread, one module at a time, while the generator yields a poll
interval: the event loop then waits at most one of Python's thread switch intervals (5 ms) for the GIL rather
than the whole import. Importing this module is cheap; nothing here is needed for the charts to work, only to
open them at once.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QTabWidget, QWidget

    from kzbrowser.ui.charts.tab import ChartsTab
    from kzbrowser.ui.lazy_tab import LazyTab

SLICE_S = 0.012  # one slice of attribute touching: well under the 50 ms an input event may wait
# pyqtgraph.Qt copies every name of these modules (its _copy_attrs); PySide creates each type on first
# access, which is most of pyqtgraph's import time (~260 ms). Touching the names here first, a slice at a time,
# leaves that copy nothing to create.
QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg", "PySide6.QtOpenGLWidgets",
              "PySide6.QtTest")
# Standard modules numpy and pyqtgraph import (measured: what they add to a started window), one step each.
# And those of our chart modules (xml.sax.saxutils pulls in urllib.request, http.client, email and ssl).
STDLIB = ("copy", "numbers", "pickle", "decimal", "ctypes", "subprocess", "socket", "platform", "pkgutil",
          "xml.etree.ElementTree", "multiprocessing", "pydoc", "cProfile", "dataclasses", "csv", "ssl",
          "email.parser", "email.message", "http.client", "urllib.request", "xml.sax.saxutils", "json")
# The two that cannot be split: each package's __init__ imports all of it (numpy ~0.1-0.2 s, pyqtgraph
# ~0.2-0.3 s once the Qt names above exist). With the standard modules, imported on a background thread.
# Then the chart modules, each one step, here.
BIG = ("numpy", "pyqtgraph")
# The Qt-free modules (read/ and present/: no Qt at all, lint-imports checks) that our chart modules import,
# also on the background thread: imported with the first of OURS, they made one step of 30-40 ms.
CORE = ("kzbrowser.read.chart_words", "kzbrowser.read.chart_data", "kzbrowser.present.chart_options",
        "kzbrowser.present.chart_style", "kzbrowser.present.chart_marks", "kzbrowser.read.chart_links",
        "kzbrowser.read.cite_table", "kzbrowser.read.cite_formats")
POLL_MS = 10  # how often a step looks whether the background import has finished
# The Charts tab's build and first paint come in pieces of 2-20 ms (the longest: a pyqtgraph PlotItem, which
# cannot be cut); pieces are run together while they start within this long of the step's start.
PIECE_S = 0.005
STRIP_PX = 96  # paint_ahead's strips: ~5-15 ms of first paint each for the Charts tab (1366 x 768)
HOLD_S = 0.1  # the longest a held background import waits at one module (a safety net: see Gate.need_now)


class Gate:
    """Holds a background import at its next module while the user is using the window, so that their click
    or keystroke has the interpreter to itself (rather than one 5 ms GIL slice in two).

    Installed on sys.meta_path, it is asked about every module any thread imports, and waits only in the
    threads started here. The GUI thread never waits; should it need a module that a held thread is importing
    (the Charts tab opened mid-way), it calls need_now() first, which opens the gate for good.
    """

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.threads: set[int] = set()
        self.for_good = False

    def hold(self, held: bool) -> None:
        if held and not self.for_good:
            self.open.clear()
        else:
            self.open.set()

    def need_now(self) -> None:
        self.for_good = True
        self.open.set()

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if threading.get_ident() in self.threads:
            self.open.wait(HOLD_S)
        return None  # never finds anything itself: the other finders do


GATE = Gate()
OURS = ("kzbrowser.ui.charts.figure", "kzbrowser.ui.charts.marks", "kzbrowser.ui.charts.layout",
        "kzbrowser.ui.charts.paint", "kzbrowser.ui.charts.svg", "kzbrowser.ui.charts.export",
        "kzbrowser.ui.charts.table", "kzbrowser.ui.charts.dialog", "kzbrowser.ui.charts.plots",
        "kzbrowser.ui.charts.page", "kzbrowser.ui.charts.tab")


def import_in_background(*names: str) -> Iterator[int]:
    """Import ``names`` in turn on a thread of their own, yielding POLL_MS until it is done; stops at the
    first that fails, and re-raises its error. (One thread for them all: the GUI thread then looks whether
    it has finished once every POLL_MS, not once per module.)

    Nothing of Qt's is made there (pyqtgraph's import makes no QObject, pixmap or font: tested), and the Qt
    names pyqtgraph copies exist already (QT_MODULES, touched here on the GUI thread first). Not a daemon
    thread: at exit Python waits for the import to finish rather than stopping it half-way.
    """
    failure: list[BaseException] = []
    if GATE not in sys.meta_path:
        sys.meta_path.insert(0, GATE)  # a finder by its find_spec alone (importlib.abc is not imported for it)

    def run() -> None:
        GATE.threads.add(threading.get_ident())
        try:
            for name in names:
                if name not in sys.modules:
                    importlib.import_module(name)
        except BaseException as exc:  # handed to the GUI thread, which decides
            failure.append(exc)
        finally:
            GATE.threads.discard(threading.get_ident())

    more = f" and {len(names) - 1} more" if len(names) > 1 else ""
    thread = threading.Thread(target=run, name=f"kzbrowser import {names[0] if names else ''}{more}")
    thread.start()
    while thread.is_alive():
        yield POLL_MS
    if failure:
        raise failure[0]


def steps() -> Iterator[int | None]:
    """Import what the charts need, yielding between pieces; stops early on anything missing.

    A yielded number asks to be called again after that many milliseconds (a background import is running)."""
    for name in QT_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        yield None
        start = time.perf_counter()
        for attr in dir(module):
            getattr(module, attr, None)
            if time.perf_counter() - start > SLICE_S:
                yield None
                start = time.perf_counter()
        yield None
    try:
        yield from import_in_background(*(n for n in (*STDLIB, *BIG, *CORE) if n not in sys.modules))
    except Exception:  # charts not installed, or broken: the tab says so when it is opened
        return
    for name in OURS:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except ImportError:  # charts not installed: the tab says so when it is opened
            return
        yield None


def preload_then_build(charts: LazyTab[ChartsTab], tabs: QTabWidget) -> Iterator[int | None]:
    """steps(), then the Charts tab's view, its shown chart (in pieces: ChartsTab.prepare_steps), and its first
    paint done off screen at the size it will have in ``tabs`` (in strips: paint_ahead), a step or a few
    milliseconds each: a click on the tab then only shows and paints it. A click meanwhile finishes the chart
    at once (ChartsTab.prepare), and the steps left find nothing to do."""
    from kzbrowser.ui.lazy_tab import Unavailable
    from kzbrowser.ui.pieces import sliced

    yield from steps()
    if charts.view is None:
        try:
            charts.get()
        except Unavailable:
            return
        yield None
    view = charts.get()
    yield from sliced(view.prepare_steps(), PIECE_S)
    yield None
    yield from sliced(paint_ahead(view, lambda: tabs.currentWidget().geometry()), PIECE_S)


def paint_ahead(view: QWidget, geometry: Callable[[], QRect]) -> Iterator[None]:
    """The first paint of a hidden ``view``, done off screen a piece at a time, so that showing it later
    costs only its paint: its layout at ``geometry()`` (a 1-pixel grab lays out and polishes it), then its
    paint in strips STRIP_PX high (each builds the caches of what it crosses: text layouts, glyphs, the
    plot's pictures). Stops as soon as the view is shown (then it is being painted for real)."""
    from PySide6.QtCore import QRect

    if view.isVisible():
        return
    view.setGeometry(geometry())
    view.grab(QRect(0, 0, 1, 1))
    for y in range(0, view.height(), STRIP_PX):
        yield None
        if view.isVisible():
            return
        view.grab(QRect(0, y, view.width(), min(STRIP_PX, view.height() - y)))
