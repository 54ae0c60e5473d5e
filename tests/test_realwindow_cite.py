"""The Citation details dialog on a real X display, dark palette: a screenshot in test-artifacts/ to look at."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from conftest import BUNDLED_DB
from realwindow import REAL_WINDOW, screen_shot

pytestmark = REAL_WINDOW

DARK = [(QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#333333"), (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a")]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_citation_details_dialog(qtbot, settings, dark):
    from kzbrowser.read.db import connect
    from kzbrowser.ui.cite_dialog import CitationDialog
    from kzbrowser.ui.main_window import MainWindow

    app = QApplication.instance()
    old = app.palette()
    if dark:
        pal = QPalette()
        for role, colour in DARK:
            pal.setColor(role, QColor(colour))
        app.setPalette(pal)
    try:
        win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
        qtbot.addWidget(win)
        win.show()
        win.cite_details_action.trigger()
        dialog = win.findChild(CitationDialog)
        dialog.fields["journal"].setText("Journal of Test Studies")  # made up: the article names none
        dialog.fields["year"].setText("20o4")
        image = screen_shot(qtbot, dialog, f"citation-dialog-{'dark' if dark else 'light'}.png")
        assert image.width() >= dialog.sizeHint().width()  # nothing cut off
        assert "not a year" in dialog.problem.text()
        dialog.reject()
        win.close()
    finally:
        app.setPalette(old)
