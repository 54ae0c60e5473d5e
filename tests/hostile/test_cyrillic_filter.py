"""Hostile Cyrillic in the party list's filter and the search field: an answer, never an exception."""

from __future__ import annotations

import pytest

TEXTS = ["От\x00ан", "\u0301", "Отан" + "\u0308" * 200, "Ж" * 300, "\u202eнатО", "Отан)(*[", "^(otan|$", "Ъ",
         "Ақ\u200bжол", "Otanотан", "ОР", "НЕАР(", "Отан\ud800"]


@pytest.mark.parametrize("text", TEXTS)
def test_party_filter_takes_any_cyrillic(qtbot, window, text):
    pane = window.list_pane
    pane.filter.setText(text)
    rows = pane.proxy.rowCount()
    assert 0 <= rows <= 12
    assert pane.empty.isVisibleTo(window) == (rows == 0)
    pane.filter.setText("otan")  # and the plain filter works again afterwards
    assert pane.proxy.rowCount() == 1


@pytest.mark.parametrize("text", TEXTS[:6])
def test_search_field_takes_any_cyrillic(qtbot, window, text):
    window.find_action.trigger()
    pane = window.search_tab.view
    pane.field.setText(text)
    pane.run_search()
    assert pane.results is not None
