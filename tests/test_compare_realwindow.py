"""The Compare view in the real window (Xvfb): four parties at 1366x768, light and dark; screenshots under
test-artifacts/ for a person to look at."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from conftest import BUNDLED_DB
from kzbrowser.present.compare import BAR_COLOR
from realwindow import REAL_WINDOW, screen_shot

pytestmark = REAL_WINDOW

DARK = [(QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#333333"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Link, "#8ab4f8")]


def _bar_pixels(image) -> int:
    bar = QColor(BAR_COLOR)
    return sum(QColor(image.pixel(x, y)) == bar for y in range(0, image.height(), 2)
               for x in range(0, image.width(), 2))


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_four_parties_side_by_side(qtbot, settings, palette):
    from kzbrowser.read.db import connect
    from kzbrowser.ui.main_window import MainWindow

    app = QApplication.instance()
    old = app.palette()
    if palette == "dark":
        dark = QPalette()
        for role, colour in DARK:
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
    try:
        win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
        qtbot.addWidget(win)
        win.resize(1366, 740)
        win.show()
        win.compare_parties(["otan", "asar", "dck", "cpk"])
        view = win.compare_tab.get()
        anchor = view.browser.document().find("Assessment (Table 4, %)")
        view.browser.verticalScrollBar().setValue(view.browser.cursorRect(anchor).top()
                                                  + view.browser.verticalScrollBar().value() - 20)
        image = screen_shot(qtbot, win, f"compare-four-{palette}.png")
        assert _bar_pixels(image) > 100, "the Table 4 bars are not on screen"
        assert view.browser.horizontalScrollBar().maximum() == 0, "the comparison is wider than its pane"
        if palette == "dark":
            centre = view.browser.mapTo(win, view.browser.rect().center())
            assert QColor(image.pixel(centre.x(), centre.y())).lightness() < 100
        win.close()
    finally:
        app.setPalette(old)
