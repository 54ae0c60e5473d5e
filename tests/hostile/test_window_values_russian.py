"""In the Russian window, a stored word that has a translation (a role, a kind, a source...) but holds something
else is shown as it is, controls visible: no value from the database is ever handed to Qt's translate(), which
takes a C string and would cut it at a NUL (see kzbrowser.translate.translated_label).
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from conftest import BUNDLED_DB
from kzbrowser.read.db import connect
from kzbrowser.ui.main_window import MainWindow

# (table, column, row): columns whose usual values the window translates
TARGETS = {
    "leader role": ("leaders", "role", "party_key = 'otan' AND seq = 1"),
    "quote source": ("quotes", "source", "party_key = 'otan' AND seq = 1"),
    "event kind": ("events", "kind", "party_key = 'otan' AND kind = 'registered'"),
    "event precision": ("events", "precision", "party_key = 'otan' AND kind = 'registered'"),
    "media kind": ("media", "kind", "party_key = 'otan' AND name_normalised = 'Strana i mir'"),
    "statement topic": ("statements", "topic", "rowid = (SELECT min(rowid) FROM statements WHERE party_key = 'asar')"),
    "check result": ("checks", "result", "key = 'table3_sum'"),
}
STORED, SHOWN = "a\x00b\x07c\x1bd\x7fe\x85f", "a␀b␇c␛d␡e\ufffdf"  # typed: NUL is shown as ␀, and so on


@pytest.mark.parametrize("target", TARGETS)
def test_a_stored_word_is_shown_whole_in_russian(russian, qtbot, tmp_path, settings, target):
    table, column, where = TARGETS[target]
    path = tmp_path / "kz.sqlite"
    shutil.copy(BUNDLED_DB, path)
    c = sqlite3.connect(path)
    assert c.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE {where}', (STORED,)).rowcount == 1
    c.commit()
    c.close()
    conn = connect(path)
    win = MainWindow(conn, path, settings)
    qtbot.addWidget(win)
    if table == "checks":
        win.about_tab.show()
        text = win.about_tab.get().browser.toPlainText()
    else:
        win.show_party("asar" if table == "statements" else "otan")
        text = win.detail.browser.toPlainText()
    assert SHOWN in text
    assert "Партия" in win.tabs.tabText(0)  # the window is in Russian
    win.close()
    conn.close()
