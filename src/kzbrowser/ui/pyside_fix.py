"""Work around PySide6 6.12 on Python 3.11: every void method returns None without a new reference.

Each call (``QPainter.drawRect``, ``QRectF.setWidth``, ...) drops None's reference count by one; after some
ten thousand calls (one chart repaint makes hundreds) Python aborts with "Fatal Python error: none_dealloc".
Python 3.12+ is immune (None is immortal there). The fix raises None's count far out of reach, once, and only
when a probe shows the leak.
"""

from __future__ import annotations

import ctypes
import sys

_applied = False


def leaks_none() -> bool:
    """True if a void PySide6 method drops a reference to None (measured, not assumed)."""
    from PySide6.QtCore import QRectF

    r = QRectF()
    before = sys.getrefcount(None)
    for _ in range(1000):
        r.setWidth(1.0)
    return before - sys.getrefcount(None) >= 900


def protect_none() -> bool:
    """Apply the work-around if this PySide6 needs it (idempotent). Returns whether it is in effect."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return _applied
    if leaks_none():
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
        _applied = True
    return _applied
