"""What the Charts tab needs before it can be built, loaded in small pieces while the window is idle.

``steps()`` is a generator: each ``next()`` does one piece of work (a slice of a few milliseconds, or one
import) and returns, so that a zero-timer can run it between the user's events (see lazy_tab.IdleSteps).
Importing this module is cheap; nothing here is needed for the charts to work, only to open them at once.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

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
          "email.parser", "email.message", "http.client", "urllib.request", "xml.sax.saxutils")
# The two that cannot be split: each package's __init__ imports all of it (numpy ~0.1-0.2 s, pyqtgraph
# ~0.2-0.3 s once the Qt names above exist). Then the chart modules, each one step.
BIG = ("numpy", "pyqtgraph")
OURS = ("kzbrowser.ui.charts.figure", "kzbrowser.ui.charts.marks", "kzbrowser.ui.charts.layout",
        "kzbrowser.ui.charts.paint", "kzbrowser.ui.charts.svg", "kzbrowser.ui.charts.export",
        "kzbrowser.ui.charts.table", "kzbrowser.ui.charts.dialog", "kzbrowser.ui.charts.plots",
        "kzbrowser.ui.charts.page", "kzbrowser.ui.charts.tab")


def steps() -> Iterator[None]:
    """Import what the charts need, yielding between pieces; stops early on anything missing."""
    for name in QT_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        yield
        start = time.perf_counter()
        for attr in dir(module):
            getattr(module, attr, None)
            if time.perf_counter() - start > SLICE_S:
                yield
                start = time.perf_counter()
        yield
    for name in (*STDLIB, *BIG, *OURS):
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except ImportError:  # charts not installed: the tab says so when it is opened
            return
        yield


def preload_then_build(charts: LazyTab[ChartsTab], tabs: QTabWidget) -> Iterator[None]:
    """steps(), then the Charts tab's view, its shown chart, and one paint of it off screen (at the size it
    will have in ``tabs``), each a step: a click on the tab then only shows and repaints it."""
    from kzbrowser.ui.lazy_tab import Unavailable

    yield from steps()
    if charts.view is None:
        try:
            charts.get()
        except Unavailable:
            return
        yield
    view = charts.get()
    view.prepare()
    yield
    if not view.isVisible():
        view.setGeometry(tabs.currentWidget().geometry())
        view.grab()
