"""The real window on an X display (Xvfb in CI): screenshots under test-artifacts/ for a person to look at.

Run with:  bash scripts/test.sh   (or: DISPLAY=:N QT_QPA_PLATFORM=xcb pytest -m realwindow)
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from conftest import BUNDLED_DB
from realwindow import ARTIFACTS, REAL_WINDOW, screen_shot

pytestmark = REAL_WINDOW



def _distinct_colours(image: QImage) -> int:
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_main_window_with_a_party_selected(qtbot, window):
    assert QGuiApplication.platformName() == "xcb"
    window.resize(1280, 820)
    window.show_party("otan")
    image = screen_shot(qtbot, window, "main-window.png")
    assert image.width() >= 1280 and _distinct_colours(image) > 20


def test_article_tab_with_a_highlighted_span(qtbot, window):
    window.resize(1280, 820)
    window.show_party("asar")
    window.detail.activate(next(a for t, a in window.detail.link_labels() if t == "Show in article"
                                and a.spans and a.spans[0][1] - a.spans[0][0] > 100))
    image = screen_shot(qtbot, window, "article-highlight.png")
    highlight = window.article.palette().color(QPalette.ColorRole.Highlight)
    hits = sum(QColor(image.pixel(x, y)) == highlight
               for y in range(0, image.height(), 3) for x in range(0, image.width(), 3))
    assert hits > 200, "the highlighted span is not visible on screen"


def test_error_dialog(qtbot, tmp_path):
    from kzbrowser.ui import app as gui

    bad = tmp_path / "kz.sqlite"
    bad.write_text("not a database\n" * 100)
    shots = []

    def shoot():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, shoot)
            return
        shots.append(screen_shot(qtbot, box, "error-dialog.png"))
        box.done(0)

    QTimer.singleShot(100, shoot)
    assert gui.run(bad) == gui.EXIT_DB_ERROR
    assert shots and _distinct_colours(shots[0]) > 5


def test_dark_palette(qtbot, settings):
    from kzbrowser.read.db import connect
    from kzbrowser.ui.main_window import MainWindow

    app = QApplication.instance()
    old = app.palette()
    dark = QPalette()
    for role, colour in [(QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#333333"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d6fb4"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Link, "#8ab4f8"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a")]:  # as real dark themes set it
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
        qtbot.addWidget(win)
        win.resize(1280, 820)
        win.show()
        win.show_party("rukhaniat")
        image = screen_shot(qtbot, win, "main-window-dark.png")
        # the detail pane's background is dark and its text light
        pane = win.detail.browser
        centre = pane.mapTo(win, pane.rect().center())
        assert QColor(image.pixel(centre.x(), centre.y())).lightness() < 100
        win.close()
    finally:
        app.setPalette(old)


def test_200_percent_scaling(tmp_path):
    """A separate process: the scale factor must be set before Qt starts."""
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / "main-window-200.png"
    script = f"""
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from kzbrowser.ui import app as gui
from kzbrowser.read.db import connect
from kzbrowser.ui.main_window import MainWindow
app = gui.application()
win = MainWindow(connect({str(BUNDLED_DB)!r}), {str(BUNDLED_DB)!r},
                 QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))
win.resize(780, 480)
win.show()
win.show_party("akzhol")
def shoot():
    f = win.frameGeometry()
    img = QGuiApplication.primaryScreen().grabWindow(0, f.x(), f.y(), f.width(), f.height()).toImage()
    img.save({str(out)!r})
    print(img.width(), img.height(), win.devicePixelRatio())
    app.quit()
QTimer.singleShot(900, shoot)
app.exec()
"""
    env = dict(os.environ, QT_SCALE_FACTOR="2")
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                       check=False)
    assert r.returncode == 0, r.stderr
    width, _height, ratio = r.stdout.split()
    assert float(ratio) == 2.0
    assert int(width) >= 1560  # 780 logical pixels at 200%


def test_the_first_window_fits_the_screen_it_opens_on(qtbot, settings):
    """Under the real window system: a first launch (no saved geometry) opens within the screen's available
    area, status bar and 1999 checkbox included (1280 x 820 was taller than a 1366 x 768 laptop)."""
    from kzbrowser.read.db import connect
    from kzbrowser.ui.main_window import MainWindow

    win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.is_ready)
    area = win.screen().availableGeometry()
    assert area.contains(win.geometry())
    for widget in (win.statusBar(), win.list_pane.show_1999):
        corner = widget.mapToGlobal(widget.rect().bottomRight())
        assert area.contains(corner), f"{widget} ends off the screen"
    screen_shot(qtbot, win, "first-launch-overview.png")
    win.close()
