"""A database with kzbrowser's identity but the wrong insides gets a clear message, never a traceback or a hang.

The matrix is generated from kzbrowser.schema: every table dropped, every column renamed, every column given a
value of another type, every table replaced by a (recursive) view.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest

from conftest import spoiled_copy
from kzbrowser import schema
from kzbrowser.read.db import DatabaseError, connect

TABLES = list(schema.COLUMNS)
COLUMNS = [(t, c) for t in TABLES for c in schema.columns(t)]
WRONG_VALUE = {"TEXT": "x'00ff'", "INTEGER": "'not a number'", "REAL": "'not a number'"}  # blob for text


_mutated = spoiled_copy


def _refused(path, *words: str) -> str:
    with pytest.raises(DatabaseError) as info:
        connect(path)
    reason = info.value.reason
    assert all(w in reason for w in words), reason
    return reason


def test_the_matrix_covers_every_table_and_column():
    assert len(TABLES) == 37 and len(COLUMNS) > 250  # 37 tables besides the search indexes (3 for compare)


@pytest.mark.parametrize("table", TABLES)
def test_a_dropped_table(tmp_path, table):
    _refused(_mutated(tmp_path, f'PRAGMA foreign_keys = OFF; DROP TABLE "{table}";'), table, "missing")


@pytest.mark.parametrize(("table", "column"), COLUMNS)
def test_a_renamed_column(tmp_path, table, column):
    sql = (f'PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON; '
           f'ALTER TABLE "{table}" RENAME COLUMN "{column}" TO "x_{column}";')
    try:
        path = _mutated(tmp_path, sql)
    except sqlite3.OperationalError as exc:  # a column an index or the FTS content needs: SQLite refuses
        pytest.skip(f"SQLite refuses the rename: {exc}")
    _refused(path, table, column)


@pytest.mark.parametrize(("table", "column"), COLUMNS)
def test_a_value_of_the_wrong_type(tmp_path, table, column):
    kind = schema.columns(table)[column]
    try:
        path = _mutated(tmp_path, f'PRAGMA foreign_keys = OFF; UPDATE "{table}" SET "{column}" = {WRONG_VALUE[kind]} '
                                  f'WHERE rowid = (SELECT min(rowid) FROM "{table}");')
    except sqlite3.IntegrityError as exc:  # an INTEGER PRIMARY KEY holds integers only: SQLite refuses
        pytest.skip(f"SQLite refuses the value: {exc}")
    _refused(path, table, "wrong type")


def _window_refused(path, *words: str) -> str:
    # The window's way in: the whole-file checks run on a thread while the window is built on the file
    from kzbrowser.ui import app as gui

    with pytest.raises(DatabaseError) as info:
        gui.open_window(path)
    reason = info.value.reason
    assert all(w in reason for w in words), reason
    return reason


@pytest.mark.parametrize(("table", "column"), COLUMNS)
def test_the_window_is_not_opened_on_a_value_of_the_wrong_type(qapp, tmp_path, table, column):
    kind = schema.columns(table)[column]
    try:
        path = _mutated(tmp_path, f'PRAGMA foreign_keys = OFF; UPDATE "{table}" SET "{column}" = {WRONG_VALUE[kind]} '
                                  f'WHERE rowid = (SELECT min(rowid) FROM "{table}");')
    except sqlite3.IntegrityError as exc:
        pytest.skip(f"SQLite refuses the value: {exc}")
    _window_refused(path, table, "wrong type")


def test_the_window_is_not_opened_on_damaged_pages_that_its_first_reads_miss(qapp, tmp_path):
    path = _mutated(tmp_path, "SELECT 1;")
    with closing(sqlite3.connect(path)) as c:  # the quotes table's first page: the first frame reads none
        page = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'quotes'").fetchone()[0]
        size = c.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(page - 1) * size:page * size] = b"\xff" * size
    path.write_bytes(bytes(data))
    connect(path, contents_checked=False).close()  # tables and columns are still all there
    _window_refused(path, "damaged")
    _refused(path, "damaged")  # as the command line says


def test_the_window_is_not_opened_on_a_file_put_in_place_of_the_one_checked(qapp, tmp_path, monkeypatch):
    # The window reads the file it opened; its whole-file checks open the path again. A file put in its place in
    # between (a rebuild, another program) is refused, not checked in the stead of the one the window reads.
    from conftest import BUNDLED_DB
    from kzbrowser.read import db
    from kzbrowser.ui import app as gui

    path = _mutated(tmp_path, f'UPDATE "quotes" SET "text" = {WRONG_VALUE["TEXT"]} WHERE rowid = 1;')
    good = tmp_path / "good.sqlite"
    good.write_bytes(BUNDLED_DB.read_bytes())
    real = db.ContentCheck

    def swapped(*args):
        good.replace(path)  # after the window's connection opened the damaged one
        return real(*args)

    monkeypatch.setattr(gui, "ContentCheck", swapped)
    _window_refused(path, "changed")


def test_the_window_says_a_text_that_is_not_utf8_is_unreadable(qapp, tmp_path):
    # Stored as TEXT, so the type checks pass; SQLite cannot give it to Python as a string.
    path = _mutated(tmp_path, "UPDATE parties SET full_name = CAST(x'ff' AS TEXT) WHERE rowid = 1;")
    connect(path).close()  # the checks cannot see it
    _window_refused(path, "not a usable SQLite database", "decode")


def test_the_window_opens_on_the_sound_file_once_checked(qapp):
    from conftest import BUNDLED_DB
    from kzbrowser.ui import app as gui

    window = gui.open_window(BUNDLED_DB)
    assert window.list_pane.proxy.rowCount() == 12  # Table 1's twelve parties
    window.deleteLater()


@pytest.mark.parametrize("table", ["quotes", "parties", "meta", "events"])
def test_a_table_replaced_by_a_recursive_view_is_refused_at_once(tmp_path, table):
    cols = ", ".join(f'0 AS "{c}"' for c in schema.columns(table))
    path = _mutated(tmp_path, f'PRAGMA foreign_keys = OFF; DROP TABLE "{table}"; CREATE VIEW "{table}" AS '
                              f"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT {cols} FROM r;")
    started = time.monotonic()
    _refused(path, table, "view")
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("command", [["parties"], ["party", "Otan"], ["search", "ethnic"], ["verify"],
                                     ["export-chart", "poll", "--format", "csv", "-o", "-"]])
def test_every_command_says_one_line_and_exits_1(tmp_path, command):
    path = _mutated(tmp_path, "PRAGMA foreign_keys = OFF; DROP TABLE quotes;")
    if command[0] == "export-chart":
        command = [*command[:-1], str(tmp_path / "out.csv")]
    r = subprocess.run([sys.executable, "-m", "kzbrowser", "--db", str(path), *command], capture_output=True,
                       text=True, timeout=60, check=False)
    assert r.returncode == 1, r.stderr
    assert r.stderr.count("\n") == 1 and "quotes" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("index", [t for t in schema.TABLES if t.endswith("_fts")])
def test_a_damaged_search_index_fails_verify_and_search_says_so(tmp_path, capsys, index):
    from kzbrowser.cli import main

    path = _mutated(tmp_path, f"UPDATE {index}_data SET block = zeroblob(length(block)) WHERE id > 10;")
    assert main(["--db", str(path), "verify"]) == 1
    assert f"the search index {index} is damaged" in capsys.readouterr().err
    assert main(["--db", str(path), "search", "ethnic"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and index in err


@pytest.mark.parametrize("make", ["fifo", "long_name", "unreachable"])
def test_a_path_that_is_no_database_file_is_named_for_what_it_is(tmp_path, make):
    import os

    if make == "fifo":
        path = tmp_path / "kz.sqlite"
        os.mkfifo(path)
        words = ("not a regular file",)
    elif make == "long_name":
        path = tmp_path / ("x" * 300 + ".sqlite")
        words = ("cannot be reached",)
    else:
        path = tmp_path / "file" / "kz.sqlite"  # a file where a folder should be
        (tmp_path / "file").write_text("not a folder")
        words = ("cannot be reached",)
    started = time.monotonic()
    _refused(path, *words)
    assert time.monotonic() - started < 2
