"""PySide's own start-up, as the window needs it: imported by kzbrowser/ui/__init__.py before any other module of
the shell, and itself never importing Qt before start_pyside() does."""

from __future__ import annotations

import sys


def _uses_pyside(module: object) -> bool:
    return True


def _skip_pyside_source_scan() -> None:
    """Spare every later import PySide's reading of the module's whole source.

    Once imported, PySide asks of each module imported after it (and of each module an ``import`` statement
    names again) whether its source contains the word "PySide6" (``shibokensupport.feature._mod_uses_pyside``,
    PYSIDE-2029), through ``inspect.getsource``: it opens, decodes and splits the file. The answer only tells a
    module that may select PySide's optional ``__feature__`` switches (snake_case, true_property) from one that
    does not. kzbrowser selects none; nor does pyqtgraph. Answering "yes" for every module gives each the
    switches' default (none), which is what each of them runs with anyway; a module that does select a feature
    still gets it, as its own ``from __feature__ import`` sets it. The scan cost ~12 ms of start-up, before the
    first frame, for the ~60 modules the window imports after PySide (scripts/bench_startup.py).

    A PySide without this function (it is internal) keeps its scan.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


def start_pyside() -> None:
    """Import PySide6 (shiboken, whose import hook is tuned here before any of kzbrowser's modules runs)."""
    import PySide6  # noqa: F401

    _skip_pyside_source_scan()
