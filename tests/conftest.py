"""Shared fixtures. Qt runs offscreen unless a real-window test sets a display (see scripts/test.sh)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's own settings: QSettings on Linux writes under XDG_CONFIG_HOME.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="kzbrowser-test-config-")
# Nor its cache (PySide's compiled support code, kzbrowser/ui/pyside_start.py), for the windows tests start.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="kzbrowser-test-cache-")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="kzbrowser-test-runtime-"))

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "resources" / "party-system-in-kazakhstan-and-the-ethnic-issue.txt"
ANNOTATIONS = ROOT / "resources" / "annotations.toml"
BUNDLED_DB = ROOT / "data" / "kz.sqlite"


# Ways to spoil a database, for the tests of what the user is told (tests/test_db_open.py, test_gui_errors.py).
def make_other_sqlite(path: Path) -> None:
    """A valid SQLite file that is not a kzbrowser database."""
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE t (x)")
    c.commit()
    c.close()


def set_user_version(path: Path, version: int) -> None:
    c = sqlite3.connect(path)
    c.execute(f"PRAGMA user_version = {int(version)}")
    c.commit()
    c.close()


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``kzbrowser ARGV`` in this process: the exit code, what it printed and what it said on stderr."""
    from kzbrowser.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def spoiled_copy(folder: Path, sql: str) -> Path:
    """A copy of the bundled database in ``folder`` with ``sql`` run on it (the hostile suite's mutations)."""
    target = folder / "kz.sqlite"
    shutil.copy(BUNDLED_DB, target)
    c = sqlite3.connect(target)
    c.executescript(sql)
    c.commit()
    c.close()
    return target


def wreck_pages(path: Path) -> None:
    """Overwrite the start of every page but the header page."""
    data = bytearray(path.read_bytes())
    for i in range(8192, len(data) - 4096, 4096):
        data[i:i + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


@pytest.fixture(scope="session")
def article_text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fresh_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built in this test run by the same code as scripts/build_db.py."""
    from kzbrowser.build.pipeline import build

    out = tmp_path_factory.mktemp("fresh") / "kz.sqlite"
    build(out)
    return out


@pytest.fixture()
def conn(fresh_db: Path) -> sqlite3.Connection:
    from kzbrowser.read.db import connect

    c = connect(fresh_db)
    yield c
    c.close()


@pytest.fixture()
def db_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled database that a test may damage."""
    target = tmp_path / "kz.sqlite"
    shutil.copy(BUNDLED_DB, target)
    return target


@pytest.fixture()
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture()
def window(qtbot, settings):
    """The main window on the bundled database, shown (offscreen by default) and ready."""
    from kzbrowser.read.db import connect
    from kzbrowser.ui.main_window import MainWindow

    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # as a user meets it: with what its first frame leaves for after (the menus, shortcuts, header sorting) done
    qtbot.waitUntil(lambda: win.is_ready)
    yield win
    win.close()
    conn.close()


@pytest.fixture()
def russian(qapp):
    """The Russian interface, as i18n.install sets it up for a Russian system: both catalogues (kzbrowser's and
    Qt's) and QLocale's default; taken away again after the test."""
    from PySide6.QtCore import QLocale

    from kzbrowser.ui import i18n

    loaded = i18n.load(qapp, "ru")
    assert len(loaded) == 2  # kzbrowser's catalogue and Qt's own
    before = QLocale()
    QLocale.setDefault(QLocale("ru"))
    yield
    QLocale.setDefault(before)
    for translator in loaded:
        qapp.removeTranslator(translator)
