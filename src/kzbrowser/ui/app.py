"""The desktop app: run() opens the database (or says in a dialog why it cannot), shows the main window and
runs Qt's event loop. `kzbrowser` with no command comes here, through kzbrowser.cli.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from kzbrowser import __version__, paths
from kzbrowser.desktop import DESKTOP_FILE, ICON_SIZES
from kzbrowser.present.html import visible
from kzbrowser.read.db import ContentCheck, DatabaseError, connect, read_error

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QMessageBox

    from kzbrowser.ui.main_window import MainWindow

EXIT_DB_ERROR = 1


def application() -> QApplication:
    """The process's QApplication (made if there is none yet), named so that QSettings finds our settings."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("kzbrowser")
    app.setApplicationName("kzbrowser")
    app.setApplicationDisplayName("kzbrowser")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE.removesuffix(".desktop"))  # Wayland and taskbars match it to the entry
    return app


def set_icon(app: QApplication) -> None:
    """The application icon at each size it is drawn at. Set by the window once its first frame is shown
    and by the database error dialog: Qt opens every file, and scans its image plugins, to learn its format,
    which the first frame need not wait for (taskbars show the desktop entry's icon meanwhile)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"kzbrowser-{size}.png"), QSize(size, size))
    app.setWindowIcon(icon)


def database_error_dialog(error: DatabaseError) -> QMessageBox:
    from PySide6.QtCore import Qt  # only when something is wrong
    from PySide6.QtWidgets import QMessageBox

    # Plain text: the path (and a reason quoting the file's contents) may hold anything, markup included.
    from kzbrowser.ui.i18n import translate

    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "kzbrowser cannot open its database"),
                      translate("App", "kzbrowser cannot open its database.\n\nFile: {path}\n\n{reason}").format(
                          path=visible(str(error.path)), reason=visible(error.why.text(translate))),
                      QMessageBox.StandardButton.Close)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(translate("App", "To rebuild it from the article, run in the kzbrowser folder:\n\n"
                                            "    kzbrowser build\n\nor:  python scripts/build_db.py"))
    box.setObjectName("database_error")
    return box


class _FirstPaint(QObject):
    """For scripts/bench_startup.py: report the window's first paint and when it is ready, then quit."""

    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent  # its big Type enum takes 4-8 ms to build: only when measuring

        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # perf_counter is CLOCK_MONOTONIC: the benchmark compares it with the moment it spawned us
            print(f"first-paint {time.perf_counter():.6f}", flush=True)
        return False

    def report_ready(self) -> None:
        print(f"ready {time.perf_counter():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def _collector_back_on() -> None:
    """Turn the cycle collector back on after start-up, which ran without it (see cli._open_window).

    Start-up with the collector on reaches the first frame about 5% later (median of 21 paired runs). It is
    turned off in cli, before PySide6 is imported: turned off only here in run(), after that import, it gained
    nothing measurable. What start-up made lives as long as the app and holds no garbage cycles (a collection
    at this point finds none), so it is frozen first: the collector then never walks those ~25,000 objects
    again (~20 ms a time).
    """
    if gc.isenabled():  # never turned off, or already back on
        return
    gc.freeze()
    gc.enable()


def open_window(path: Path) -> MainWindow:
    """The main window on the database at ``path``, not yet shown; DatabaseError if the file cannot be used.

    The checks that read the whole file run on a thread while the window is built (read.db.ContentCheck), and
    the window is shown only once they pass: a file that fails them is refused as before, with the reason they
    give (also when building the window on it failed first).
    """
    conn = connect(path, contents_checked=False)
    check = ContentCheck(path, conn.opened)
    from kzbrowser.ui.main_window import MainWindow

    try:
        window = MainWindow(conn, path, QSettings())
    except Exception as exc:
        check.result()  # the file's fault, said as such
        if isinstance(exc, sqlite3.Error):  # one the checks cannot see (text that is not UTF-8)
            conn.close()
            raise read_error(path, exc) from None
        raise
    try:
        check.result()
    except DatabaseError:
        window.deleteLater()
        conn.close()
        raise
    return window


def run(db_path: Path | None = None) -> int:
    app = application()
    from kzbrowser.ui import i18n

    i18n.install(app)
    path = Path(db_path) if db_path else paths.database_path()
    try:
        window = open_window(path)
    except DatabaseError as exc:
        gc.enable()
        set_icon(app)
        database_error_dialog(exc).exec()
        return EXIT_DB_ERROR
    window.ready.connect(_collector_back_on)
    QTimer.singleShot(5000, _collector_back_on)  # should the window never be painted (started minimised)
    if os.environ.get("KZBROWSER_BENCH_FIRST_PAINT"):
        probe = _FirstPaint()
        window.installEventFilter(probe)
        window.ready.connect(probe.report_ready)
    window.show()
    return app.exec()
