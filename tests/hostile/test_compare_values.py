"""Hostile stored values in the Compare view: shown as text (escaped, controls visible), bounded, in bounded time."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest

from conftest import BUNDLED_DB
from hostile.test_window_values import SECONDS, VALUES
from kzbrowser.read.db import connect
from kzbrowser.ui.main_window import MainWindow

TARGETS = {
    "quote": ("quotes", "text", "party_key = 'otan' AND seq = 1"),
    "leader name": ("leaders", "name", "party_key = 'otan' AND seq = 1"),
    "theme label": ("themes", "label", "key = 'democracy'"),
    "Table 4 category": ("table4_categories", "label", "seq = 1"),
    "stance": ("stances", "stance", "party_key = 'asar'"),
}


def _stored(tmp_path, target: str, value: str):
    """A copy of the bundled database with ``value`` stored at ``target`` (TARGETS)."""
    table, column, where = TARGETS[target]
    path = tmp_path / "kz.sqlite"
    shutil.copy(BUNDLED_DB, path)
    c = sqlite3.connect(path)
    assert c.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE {where}', (value,)).rowcount == 1
    if target == "Table 4 category":  # the assessment rows name their category
        c.execute("UPDATE table4_assessment SET category = ? WHERE category = 'Obviously Useful'", (value,))
    c.commit()
    c.close()
    return path


def _window(qtbot, path, settings):
    conn = connect(path)
    win = MainWindow(conn, path, settings)
    qtbot.addWidget(win)
    win.show()
    return conn, win


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("target", TARGETS)
def test_a_stored_value_in_the_compare_view(qtbot, tmp_path, settings, target, value):
    stored, expected = VALUES[value]
    path = _stored(tmp_path, target, stored)
    conn, win = _window(qtbot, path, settings)
    started = time.monotonic()
    win.compare_parties(["otan", "asar"])
    browser = win.compare_tab.get().browser
    browser.document().size()
    text = browser.toPlainText()
    assert time.monotonic() - started < SECONDS
    assert expected in text
    if value == "2 MB":
        assert "x" * 10_001 not in text
    win.close()
    conn.close()


MARKUP = ['<img src=x onerror="alert(1)">', "[click](javascript:alert(1))", "a | b | c", "<b>bold</b>\n# heading"]


@pytest.mark.parametrize("payload", MARKUP)
@pytest.mark.parametrize("target", TARGETS)
def test_a_stored_value_in_the_comparison_markdown_is_text(tmp_path, target, payload):
    """compare --markdown and File > Export as Markdown: a stored value is text in its cell, never HTML, a link or
    a new cell or row (the table keeps its columns)."""
    from markdown_it import MarkdownIt

    from kzbrowser.present.compare_text import to_markdown
    from kzbrowser.read.citation import Source
    from kzbrowser.read.compare import compare

    conn = connect(_stored(tmp_path, target, payload))
    md = to_markdown(compare(conn, ["otan", "asar"], Source.from_db(conn)), Source.from_db(conn))
    conn.close()
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_block", "html_inline", "link_open", "image"}, kinds
    widths, cells = set(), 0
    for t in tokens:
        if t.type in ("td_open", "th_open"):
            cells += 1
        elif t.type == "tr_close":
            widths.add(cells)
            cells = 0
    assert widths == {3}, widths  # every row: its label and the two parties
    shown = " ".join("".join(c.content for c in t.children or []) for t in tokens if t.type == "inline")
    if target != "stance":  # (a stance the article does not state is not shown: "not stated")
        assert " ".join(payload.replace("\n", " ").split()) in shown


def test_a_party_key_with_a_comma_goes_back_and_forward(qtbot, tmp_path, settings):
    """Back remembers a comparison by its parties' keys, whatever a key holds (here a comma)."""
    path = tmp_path / "kz.sqlite"
    shutil.copy(BUNDLED_DB, path)
    c = sqlite3.connect(path)
    c.execute("PRAGMA foreign_keys = OFF")
    c.execute("UPDATE parties SET key = 'ot,an' WHERE key = 'otan'")
    for (table,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if "party_key" in [r[1] for r in c.execute(f'PRAGMA table_info("{table}")')]:
            c.execute(f'UPDATE "{table}" SET party_key = \'ot,an\' WHERE party_key = \'otan\'')
    c.commit()
    c.close()
    conn, win = _window(qtbot, path, settings)
    win.compare_parties(["ot,an", "cpk"])
    view = win.compare_tab.get()
    assert view.keys == ["ot,an", "cpk"]
    win.show_party("asar")
    win.go_back()
    assert view.keys == ["ot,an", "cpk"] and win.tabs.currentIndex() == 5
    win.go_forward()
    assert win.current == ("party", "asar") and win.back_action.isEnabled()
    win.close()
    conn.close()
