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


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("target", TARGETS)
def test_a_stored_value_in_the_compare_view(qtbot, tmp_path, settings, target, value):
    stored, expected = VALUES[value]
    table, column, where = TARGETS[target]
    path = tmp_path / "kz.sqlite"
    shutil.copy(BUNDLED_DB, path)
    c = sqlite3.connect(path)
    assert c.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE {where}', (stored,)).rowcount == 1
    if target == "Table 4 category":  # the assessment rows name their category
        c.execute("UPDATE table4_assessment SET category = ? WHERE category = 'Obviously Useful'", (stored,))
    c.commit()
    c.close()
    conn = connect(path)
    win = MainWindow(conn, path, settings)
    qtbot.addWidget(win)
    win.show()
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
