"""Opening a database: read-only, immutable, and a clear message for every kind of bad file."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from conftest import BUNDLED_DB, make_other_sqlite, set_user_version, wreck_pages
from kzbrowser.read.db import DatabaseError, connect


def test_bundled_database_opens_read_only(db_copy):
    c = connect(db_copy)
    assert c.execute("SELECT count(*) FROM parties").fetchone()[0] == 12
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        c.execute("DELETE FROM parties")
    c.close()


def test_path_with_question_mark_and_hash(tmp_path):
    odd = tmp_path / "a?b#c"
    odd.mkdir()
    shutil.copy(BUNDLED_DB, odd / "kz.sqlite")
    c = connect(odd / "kz.sqlite")
    assert c.execute("SELECT count(*) FROM quotes").fetchone()[0] == 23
    c.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a?b#c"]  # no stray file created


@pytest.mark.parametrize(("make", "expected"), [
    (lambda p: None, "does not exist"),
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_text("hello, I am a text file\n" * 100), "not a usable SQLite database"),
    (lambda p: p.mkdir(), "folder"),
])
def test_bad_files(tmp_path, make, expected):
    path = tmp_path / "kz.sqlite"
    make(path)
    with pytest.raises(DatabaseError) as info:
        connect(path)
    assert expected in info.value.reason
    assert str(path) in info.value.message() and "kzbrowser build" in info.value.message()


def test_other_sqlite_database(tmp_path):
    path = tmp_path / "other.sqlite"
    make_other_sqlite(path)
    with pytest.raises(DatabaseError, match="not a kzbrowser database"):
        connect(path)


def test_wrong_schema_version(db_copy):
    set_user_version(db_copy, 99)
    with pytest.raises(DatabaseError, match="schema version 99"):
        connect(db_copy)


def test_corrupt_pages(db_copy):
    wreck_pages(db_copy)
    with pytest.raises(DatabaseError, match=r"damaged|not a usable"):
        connect(db_copy)


def test_truncated_file(db_copy):
    db_copy.write_bytes(db_copy.read_bytes()[:5000])
    with pytest.raises(DatabaseError):
        connect(db_copy)
