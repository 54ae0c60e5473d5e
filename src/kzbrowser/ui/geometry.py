"""Where the window opens: the first time, a size that fits the screen; later, the saved place kept on it.

The arithmetic is plain integers (logical pixels, the screen's available area), so it is tested without a
screen; :func:`place_window` applies it to a window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

PREFERRED = (1280, 820)  # the first window's size where the screen has room for it
MINIMUM = (640, 420)  # never smaller than this, even on a smaller screen (which then gets the whole of it)
MARGIN = 0.92  # of the available area, at most, for the first window: the desktop stays in sight around it


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int


def first_size(available: Rect) -> Rect:
    """The first window: the preferred size, shrunk to fit the available area, centred on it."""
    w = min(PREFERRED[0], max(min(MINIMUM[0], available.width), int(available.width * MARGIN)))
    h = min(PREFERRED[1], max(min(MINIMUM[1], available.height), int(available.height * MARGIN)))
    return Rect(available.x + (available.width - w) // 2, available.y + (available.height - h) // 2, w, h)


def clipped(saved: Rect, available: Rect, frame: tuple[int, int] = (0, 0)) -> Rect:
    """A restored window kept on the available area: no bigger than it (``frame`` is what the window
    manager adds around the client area: width, height), and moved onto it when it lies partly or wholly off."""
    fw, fh = frame
    w = max(1, min(saved.width, available.width - fw))
    h = max(1, min(saved.height, available.height - fh))
    x = min(max(saved.x, available.x), available.x + available.width - w - fw)
    y = min(max(saved.y, available.y), available.y + available.height - h - fh)
    return Rect(x, y, w, h)


def available_area(widget: QWidget) -> Rect:
    """The available area (without panels and docks) of the screen the widget opens on."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    a = screen.availableGeometry()
    return Rect(a.x(), a.y(), a.width(), a.height())


def place_window(widget: QWidget, restored: bool) -> None:
    """Size and place the window: a first size that fits, or the restored geometry clipped to the screen."""
    area = available_area(widget)
    if not restored:
        r = first_size(area)
        widget.resize(r.width, r.height)
        widget.move(r.x, r.y)
        return
    g = widget.geometry()
    frame = widget.frameGeometry()
    extra = (max(0, frame.width() - g.width()), max(0, frame.height() - g.height()))
    r = clipped(Rect(frame.x(), frame.y(), g.width(), g.height()), area, extra)
    if (r.width, r.height) != (g.width(), g.height()):
        widget.resize(r.width, r.height)
    if (r.x, r.y) != (frame.x(), frame.y()):
        widget.move(r.x, r.y)
