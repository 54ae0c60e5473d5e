"""A crafted database can make kzbrowser refuse it, never run code: no extension loading, no triggers, no eval."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from conftest import spoiled_copy
from kzbrowser.read.db import DatabaseError, connect

_crafted = spoiled_copy


def test_text_that_looks_like_code_is_shown_as_text(tmp_path):
    flag = tmp_path / "ran"
    code = f"__import__('os').system('touch {flag}') $(touch {flag}) `touch {flag}`"
    path = _crafted(tmp_path, "UPDATE quotes SET text = " + sqlite_quote(code) + " WHERE id = 1;")
    for command in (["party", "cpk"], ["party", "cpk", "--json"], ["search", "import"], ["parties", "--json"]):
        subprocess.run([sys.executable, "-m", "kzbrowser", "--db", str(path), *command], capture_output=True,
                       timeout=60, check=False)
    assert not flag.exists()


def test_a_view_that_would_load_an_extension_is_refused_without_being_queried(tmp_path):
    path = _crafted(tmp_path, "DROP TABLE origins; CREATE VIEW origins AS SELECT load_extension('/nonexistent/x') "
                              "AS party_key, '' AS anchor, 0 AS anchor_start, 0 AS anchor_end;")
    with pytest.raises(DatabaseError, match="view"):
        connect(path)


def test_triggers_never_fire_because_nothing_is_ever_written(tmp_path):
    path = _crafted(tmp_path, "CREATE TRIGGER t AFTER UPDATE ON parties BEGIN DELETE FROM quotes; END;")
    conn = connect(path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("UPDATE parties SET key = key")
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 23
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("SELECT load_extension('/nonexistent/x')")  # extension loading is never enabled


def sqlite_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
