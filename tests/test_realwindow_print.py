"""The print preview in a real window on an X display: a screenshot under test-artifacts/ to look at.

Run with:  bash scripts/test.sh   (or: DISPLAY=:N QT_QPA_PLATFORM=xcb pytest -m realwindow)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QGuiApplication

from realwindow import ARTIFACTS, REAL_WINDOW

pytestmark = REAL_WINDOW


@pytest.mark.parametrize("view", ["party", "article"])
def test_print_preview_screenshot(qtbot, window, view):
    window.resize(1280, 720)
    if view == "party":
        window.show_party("akzhol")
    else:
        window.article_tab.show()
    shots = []

    def shoot():
        dialog = window.print_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(200, shoot)
            return

        def grab():
            frame = dialog.frameGeometry()
            image = QGuiApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                                               frame.height()).toImage()
            ARTIFACTS.mkdir(exist_ok=True)
            image.save(str(ARTIFACTS / f"print-preview-{view}.png"))
            shots.append(image)
            dialog.reject()
        QTimer.singleShot(1200, grab)  # the preview paints its pages after it is shown

    QTimer.singleShot(0, shoot)
    window.print_action.trigger()
    assert shots
    image = shots[0]
    # the page is white paper on the preview's grey, with black text on it
    centre = QColor(image.pixel(image.width() // 2, image.height() // 2))
    assert image.width() > 600 and image.height() > 500
    colours = {QColor(image.pixel(x, y)).lightness() // 32 for x in range(0, image.width(), 5)
               for y in range(0, image.height(), 5)}
    assert len(colours) >= 4 and centre.lightness() > 120
