"""Every query on the app's connection is bounded in time; ordinary work never trips the bound."""

from __future__ import annotations

import sqlite3
import time

import pytest

from conftest import BUNDLED_DB
from kzbrowser.read import db

ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"


def test_an_endless_query_is_stopped(monkeypatch):
    monkeypatch.setattr(db, "QUERY_SECONDS", 0.3)
    conn = db.connect(BUNDLED_DB)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(ENDLESS).fetchone()
    assert 0.25 < time.monotonic() - started < 3


def test_many_quick_queries_in_a_row_are_not_stopped(monkeypatch):
    monkeypatch.setattr(db, "QUERY_SECONDS", 0.3)
    conn = db.connect(BUNDLED_DB)
    until = time.monotonic() + 1.0  # three times the bound, in queries of a few milliseconds each
    n = 0
    while time.monotonic() < until:
        conn.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'ethnic OR party'").fetchone()
        n += 1
    assert n > 10


def test_a_result_read_later_is_not_stopped(monkeypatch):
    monkeypatch.setattr(db, "QUERY_SECONDS", 0.3)
    conn = db.connect(BUNDLED_DB)
    rows = conn.execute("SELECT text FROM paragraphs")
    time.sleep(0.5)
    assert len(rows.fetchall()) > 50
