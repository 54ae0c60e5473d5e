"""The build writes exactly the tables and columns that kzbrowser.schema describes (and checks on open)."""

from __future__ import annotations

import sqlite3

from kzbrowser import schema


def test_a_fresh_build_has_the_described_columns_in_order(fresh_db):
    c = sqlite3.connect(fresh_db)
    for table in schema.COLUMNS:
        built = {r[1]: r[2] for r in c.execute(f'PRAGMA table_info("{table}")')}
        assert list(built.items()) == list(schema.columns(table).items()), table
    assert schema.problems(c) == []


def test_every_table_is_documented_and_described():
    assert set(schema.COLUMNS) == {t for t in schema.TABLES if not t.endswith("_fts")}


def test_the_column_notation():
    # "x T@" is a printed value with its span; "+" adds the pieces of a value printed across a page break.
    assert schema.columns("quotes")["text_pieces"] == "TEXT"
    assert list(schema.columns("meta")) == ["key", "value", "value_start", "value_end"]
