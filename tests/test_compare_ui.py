"""The Compare view (issue 12), driven as a user would: pick parties in the list, the context menu, a group."""

from __future__ import annotations

import sys

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument

from conftest import BUNDLED_DB
from kzbrowser.ui.main_window import COMPARE_TAB
from kzbrowser.ui.party_models import KEY_ROLE, NAME


def _ctrl_click(qtbot, win, text: str, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    view = win.list_pane.view
    for r in range(view.model().rowCount()):
        idx = view.model().index(r, NAME)
        if text in idx.data():
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier,
                             view.visualRect(idx).center())
            return
    raise AssertionError(text)


def _compare_view(win):
    assert win.compare_tab.view is not None, "the Compare view was not built"
    return win.compare_tab.view


def _highlighted(win) -> list[str]:
    """The texts the article highlights."""
    out = []
    for lo, hi in win.article.selections:
        c = QTextCursor(win.article.browser.document())
        c.setPosition(lo)
        c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        out.append(c.selectedText())
    return out


def _shown(win) -> str:
    return _compare_view(win).browser.toPlainText()


def test_pick_four_parties_in_the_list_and_press_compare(qtbot, window):
    assert window.compare_tab.view is None  # built when first needed
    # a click on the first, Ctrl+click on the others
    _ctrl_click(qtbot, window, "Republican Political Party Otan", Qt.KeyboardModifier.NoModifier)
    assert "Republican Political Party Otan" in window.detail.browser.toPlainText()
    for name in ("Republican Party Asar", "Democratic Choice", "Communist Party of Kazakhstan (CPK)"):
        _ctrl_click(qtbot, window, name)
    pane = window.list_pane
    assert set(pane.selected_keys()) == {"otan", "asar", "dck", "cpk"}
    assert pane.compare.isEnabled() and pane.compare.text() == "C&ompare (4)"
    qtbot.mouseClick(pane.compare, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == COMPARE_TAB
    text = _shown(window)
    for figure in ("300,000", "180,000", "58,000", "59,890", "47.4", "57.4", "not in Table 4"):
        assert figure in text
    assert "kzbrowser's classification, not the article's" in text
    assert "not in the article" in text  # Otan's abbreviation and social basis


def test_compare_stays_off_for_one_or_seven_parties(qtbot, window):
    pane = window.list_pane
    pane.view.selectAll()
    assert len(pane.selected_keys()) == 12 and not pane.compare.isEnabled()
    pane.view.clearSelection()
    _ctrl_click(qtbot, window, "Republican Party Asar")
    assert not pane.compare.isEnabled()
    window.compare_parties(["asar"])  # asked anyway (e.g. a stale menu): the view says why, nothing breaks
    view = _compare_view(window)
    assert "2 to 6 parties, not 1" in view.message.text()
    assert view.printable() is None


def test_the_lists_context_menu_compares_the_selection_or_a_group(qtbot, window):
    from kzbrowser.ui.party_list_menu import COMPARE_GROUP, menu_for

    qtbot.waitUntil(lambda: window.list_pane.view.isSortingEnabled())  # the menu is set up after the first frame
    pane = window.list_pane
    _ctrl_click(qtbot, window, "Political Party Rukhaniat", Qt.KeyboardModifier.NoModifier)
    _ctrl_click(qtbot, window, "Republican Party Asar")
    view = pane.view
    asar = next(view.model().index(r, NAME) for r in range(view.model().rowCount())
                if view.model().index(r, 0).data(KEY_ROLE) == "asar")
    menu = menu_for(pane, view.visualRect(asar).center())  # right-click on a selected party keeps the selection
    selected = menu.actions()[0]
    assert selected.text() == "Compare the selected parties (2)" and selected.isEnabled()
    selected.trigger()
    assert [c.key for c in _compare_view(window).comparison.parties] == ["rukhaniat", "asar"]
    assert "The party resolutely supports the presidential course" in _shown(window)

    otan = next(view.model().index(r, NAME) for r in range(view.model().rowCount())
                if view.model().index(r, 0).data(KEY_ROLE) == "otan")
    alone = menu_for(pane, view.visualRect(otan).center())  # on a party not selected: it alone is selected
    assert alone.actions()[0].text() == "Compare the selected parties (1)" and not alone.actions()[0].isEnabled()
    groups = next(a.menu() for a in menu_for(pane).actions() if a.text() == COMPARE_GROUP)
    opposition = next(a for a in groups.actions() if a.text().startswith("Opposition parties (footnote 1)"))
    opposition.trigger()
    assert [c.key for c in _compare_view(window).comparison.parties] == ["cpk", "dck", "cppk"]


def test_compare_a_whole_group_from_the_view(qtbot, window):
    window.compare_parties(["otan", "asar"])
    view = _compare_view(window)
    index = view.group.findData("not-in-poll")
    view.group.setCurrentIndex(index)
    view.group.activated.emit(index)
    # Table 1 order: Rukhaniat, Asar, DCK, Democratic Party, CPPK
    assert [c.key for c in view.comparison.parties] == ["rukhaniat", "asar", "dck", "democratic", "cppk"]
    assert view.group.itemText(index).endswith(": 5 parties")


def _link_pos(view, text: str):
    cursor = view.browser.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 1)
    return view.browser.cursorRect(cursor).center()


def test_a_cell_opens_its_passage_and_copies_with_its_citation(qtbot, window):
    window.compare_parties(["otan", "cpk"])
    view = _compare_view(window)
    qtbot.waitUntil(view.browser.isVisible)
    action = view.action_at(_link_pos(view, "59,890"))
    assert action is not None and action.kind == "show"
    menu = view.item_menu(action)
    assert [a.text() for a in menu.actions()] == ["Show in article", "Copy with citation"]
    menu.actions()[1].trigger()
    copied = QGuiApplication.clipboard().text()
    # read/citation.py's form, whatever its style: the figure as printed, the table, the author
    assert copied.startswith("Membership of the Communist Party of Kazakhstan: 59,890")
    assert "Kurganskaia" in copied and "table 1" in copied.lower()
    assert "59,890" in window.statusBar().currentMessage()
    menu.actions()[0].trigger()  # Show in article
    article = window.article
    assert window.tabs.currentWidget() is article
    assert _highlighted(window) == ["59,890"]


def test_clicking_a_quote_shows_it_in_the_article(qtbot, window):
    window.compare_parties(["cpk", "civilian"])
    view = _compare_view(window)
    qtbot.waitUntil(view.browser.isVisible)
    pos = _link_pos(view, "for class and ethnic clashes")
    qtbot.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert _highlighted(window) == ["for class and ethnic clashes"]


def test_file_print_and_markdown_take_the_comparison(window):
    from kzbrowser.ui.print_commands import current_document

    window.compare_tab.show()
    assert current_document(window) is None  # nothing compared yet: nothing to print
    window.compare_parties(["patriot", "auyl"])
    title, doc = _compare_view(window).printable()
    assert title == ("Comparison: Patriot Party of Kazakhstan (PPK); Kazakhstan Social-Democratic Party AuyI")
    assert "131,980" in doc and "61,043" in doc and 'href="kz:' not in doc
    md_title, md = _compare_view(window).markdown()
    assert md_title == title and md.startswith("# Comparison: Patriot Party of Kazakhstan (PPK)")
    doc = current_document(window)  # what File > Print and Save as PDF print
    assert doc.title == title and "131,980" in doc.html and "Kurganskaia" in doc.citation


def test_the_party_list_filters_by_group(qtbot, window):
    pane = window.list_pane
    pane.group_filter.setCurrentIndex(pane.group_filter.findData("supports-president"))
    keys = [pane.proxy.index(r, 0).data(KEY_ROLE) for r in range(pane.proxy.rowCount())]
    assert keys == ["rukhaniat", "asar"]
    qtbot.keyClicks(pane.filter, "asar")
    assert pane.proxy.rowCount() == 1
    pane.filter.clear()
    pane.group_filter.setCurrentIndex(0)
    assert pane.proxy.rowCount() == 12
    # a whole group selected from the filtered list
    pane.group_filter.setCurrentIndex(pane.group_filter.findData("opposition"))
    pane.view.selectAll()
    assert pane.selected_keys() == ["cpk", "dck", "cppk"] and pane.compare.isEnabled()


def test_the_search_filters_by_group(qtbot, window):
    window.find_action.trigger()
    search = window.tabs.currentWidget()
    search.party.setCurrentIndex(search.party.findText("Opposition parties (footnote 1)"))
    assert search.party.currentIndex() > 0
    qtbot.keyClicks(search.field, "ethnic")
    search.run_search()
    parties = {h.party_key for h in search.results.hits if h.kind == "quote"}
    assert parties and parties <= {"cpk", "cppk", "dck"}


def test_the_selection_model_is_extended(window):
    sel = window.list_pane.view.selectionModel()
    model = window.list_pane.proxy
    sel.select(model.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    sel.select(model.index(2, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert len(window.list_pane.selected_keys()) >= 2


def test_compare_is_not_imported_before_it_is_used(tmp_path):
    import subprocess

    script = f"""
import sys
from PySide6.QtCore import QSettings
from kzbrowser.ui import app as gui
from kzbrowser.read.db import connect
from kzbrowser.ui.main_window import MainWindow
app = gui.application()
win = MainWindow(connect({str(BUNDLED_DB)!r}), {str(BUNDLED_DB)!r},
                 QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))
win.show()
app.processEvents()
print(sorted(m for m in sys.modules if "compare" in m))
win.compare_parties(["otan", "asar"])
print(sorted(m for m in sys.modules if "compare" in m))
"""
    import os

    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "[]"
    assert "kzbrowser.ui.compare_view" in lines[1] and "kzbrowser.read.compare" in lines[1]


def test_a_comparison_saved_as_pdf(qtbot, conn, tmp_path):
    """The five parties not yet registered at the poll: laid out as one wide table, their comparison kept the
    pagination busy for minutes; row by row it is a few pages."""
    from kzbrowser.present.compare import printable
    from kzbrowser.read.citation import Source
    from kzbrowser.read.compare import compare
    from kzbrowser.ui.printing import Doc, write_pdf

    source = Source.from_db(conn)
    title, html = printable(compare(conn, ["rukhaniat", "asar", "dck", "democratic", "cppk"], source))
    out = write_pdf(tmp_path / "cmp.pdf", Doc(title, html, source.reference()), "a4")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert 2 <= data.count(b"/Type /Page\n") <= 40  # QPdfWriter writes each page object so
