"""A database the app cannot use gives a dialog naming the file, the problem and the fix; exit non-zero."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from conftest import make_other_sqlite, set_user_version, wreck_pages
from kzbrowser.ui import app as gui


def _copy(source, p):
    p.write_bytes(source.read_bytes())
    return p


CASES = {
    "missing": (lambda p, s: None, "does not exist"),
    "empty": (lambda p, s: p.write_bytes(b""), "empty"),
    "not sqlite": (lambda p, s: p.write_text("Kurganskaia\n" * 500), "not a usable SQLite database"),
    "other sqlite": (lambda p, s: make_other_sqlite(p), "not a kzbrowser database"),
    "wrong version": (lambda p, s: set_user_version(_copy(s, p), 7), "schema version 7"),
    "corrupt": (lambda p, s: wreck_pages(_copy(s, p)), "damaged"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_database_gives_a_dialog_and_nonzero_exit(qtbot, tmp_path, case):
    from conftest import BUNDLED_DB

    make, reason = CASES[case]
    path = tmp_path / "kz.sqlite"
    make(path, BUNDLED_DB)
    seen: dict[str, str] = {}

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        seen.update(title=box.windowTitle(), text=box.text(), info=box.informativeText(),
                    icon=str(box.icon()))
        box.done(0)

    QTimer.singleShot(50, read_and_close)
    assert gui.run(path) == gui.EXIT_DB_ERROR
    assert str(path) in seen["text"]
    assert reason in seen["text"]
    assert "kzbrowser build" in seen["info"] and "scripts/build_db.py" in seen["info"]
    assert "Critical" in seen["icon"]


def test_the_dialog_shows_the_path_as_plain_text(qtbot, tmp_path):
    folder = tmp_path / "<b>bold &amp; <img src=x> <i>it"
    folder.mkdir()
    path = folder / "kz.sqlite"
    path.write_bytes(b"")
    with pytest.raises(gui.DatabaseError) as info:
        gui.connect(path)
    box = gui.database_error_dialog(info.value)
    qtbot.addWidget(box)
    label = next(w for w in box.findChildren(QLabel) if "cannot open" in w.text())
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert f"File: {path}" in label.text()
