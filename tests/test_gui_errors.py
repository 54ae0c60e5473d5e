"""A database the app cannot use gives a dialog naming the file, the problem and the fix; exit non-zero."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kzbrowser import gui


def _other_sqlite(p):
    c = sqlite3.connect(p)
    c.execute("CREATE TABLE t (x)")
    c.commit()
    c.close()


def _wrong_version(p, source):
    p.write_bytes(source.read_bytes())
    c = sqlite3.connect(p)
    c.execute("PRAGMA user_version = 7")
    c.commit()
    c.close()


def _corrupt(p, source):
    data = bytearray(source.read_bytes())
    for i in range(8192, len(data) - 4096, 4096):
        data[i:i + 64] = b"\xff" * 64
    p.write_bytes(bytes(data))


CASES = {
    "missing": (lambda p, s: None, "does not exist"),
    "empty": (lambda p, s: p.write_bytes(b""), "empty"),
    "not sqlite": (lambda p, s: p.write_text("Kurganskaia\n" * 500), "not a usable SQLite database"),
    "other sqlite": (lambda p, s: _other_sqlite(p), "not a kzbrowser database"),
    "wrong version": (_wrong_version, "schema version 7"),
    "corrupt": (_corrupt, "damaged"),
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
