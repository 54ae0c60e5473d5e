"""What every real-window test shares: its marks (run only on an X display, as scripts/test.sh gives one under
Xvfb) and its screenshots, saved under test-artifacts/ for a person to look at."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from conftest import ROOT

REAL_WINDOW = [
    pytest.mark.realwindow,
    pytest.mark.skipif(not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen",
                       reason="needs an X display: run via scripts/test.sh (Xvfb)"),
]
ARTIFACTS = ROOT / "test-artifacts"


def screen_shot(qtbot, widget, name: str) -> QImage:
    """What the X server shows in the widget's frame, saved as test-artifacts/<name>."""
    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.waitExposed(widget)
    qtbot.wait(400)  # let the window manager-less server settle the first paints
    frame = widget.frameGeometry()
    image = QGuiApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).toImage()
    assert image.save(str(ARTIFACTS / name))
    return image
