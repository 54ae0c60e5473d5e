"""The window with Cyrillic input: the party list's filter and the search tab's notice of the Latin forms."""

from __future__ import annotations

import pytest

from kzbrowser.ui.party_models import NAME
from kzbrowser.ui.search_pane import HIT_ROLE, HTML_ROLE

OTAN = "Republican Political Party Otan"
AK_ZHOL = "Democratic Party Ak zhol"


def _rows(win) -> list[str]:
    proxy = win.list_pane.proxy
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def _type(field, text: str) -> None:
    """Type ``text`` a character at a time (QTest's key clicks abort on letters outside Latin-1)."""
    for ch in text:
        field.insert(ch)


def _filter(qtbot, win, text: str) -> list[str]:
    win.list_pane.filter.clear()
    _type(win.list_pane.filter, text)
    return _rows(win)


@pytest.mark.parametrize(("typed", "expected"), [
    ("Отан", [OTAN]),
    ("Ота", [OTAN]),  # as you type (От also finds Patriot, as "ot" does)
    ("Ак жол", [AK_ZHOL]),
    ("Ақ ж", [AK_ZHOL]),  # Kazakh қ; a half-typed name
    ("Ауыл", ["Kazakhstan Social-Democratic Party AuyI"]),
    ("Рухан", ["Political Party Rukhaniat"]),
    ("Асар", ["Republican Party Asar"]),
    ("Щщщ", []),
])
def test_party_filter_in_cyrillic(qtbot, window, typed, expected):
    assert _filter(qtbot, window, typed) == expected
    assert window.list_pane.empty.isVisibleTo(window) == (not expected)


def test_party_filter_of_letters_that_are_not_written_is_no_filter(qtbot, window):
    assert len(_filter(qtbot, window, "Ъъь")) == len(_filter(qtbot, window, "'-'")) == 12  # as punctuation


def test_party_filter_kazakh_and_russian_spellings_agree_with_latin(qtbot, window):
    latin = _filter(qtbot, window, "kazakhstan")
    assert len(latin) > 3
    assert _filter(qtbot, window, "Казахстан") == latin
    assert _filter(qtbot, window, "Қазақстан") == latin
    # and back to Latin: the filter is the plain one again
    assert _filter(qtbot, window, "dck") == ["Democratic Choice of Kazakhstan People's Party (DCK)"]
    assert len(_filter(qtbot, window, "")) == 12


def test_search_tab_says_which_latin_form_matched(qtbot, window):
    window.find_action.trigger()
    pane = window.search_tab.view
    _type(pane.field, "Отан")
    qtbot.waitUntil(lambda: pane.results is not None and pane.results.query == "Отан", timeout=3000)
    assert pane.results.hits
    assert pane.notice.isVisibleTo(window)
    assert pane.notice.text() == "In the article's spelling: Отан → Otan."
    # the Latin form is marked in each hit, as for a Latin query
    hits = [pane.model.index(r) for r in range(pane.model.rowCount()) if pane.model.index(r).data(HIT_ROLE)]
    assert sum("<b><u>Otan</u></b>" in i.data(HTML_ROLE) for i in hits) >= 5
    assert not any("\u2402" in i.data(HTML_ROLE) or "\x02" in i.data(HTML_ROLE) for i in hits)
    pane.field.clear()
    qtbot.keyClicks(pane.field, "Otan")
    qtbot.waitUntil(lambda: pane.results is not None and pane.results.query == "Otan", timeout=3000)
    assert not pane.notice.isVisibleTo(window)
