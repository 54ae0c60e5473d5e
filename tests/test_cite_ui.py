"""Copy with citation in the window (issue 12) and the Citation details dialog: what lands on the clipboard is
text/plain only, the article's printed text and marks without the italics' asterisks, figures as printed, with
the citation's complete place; the user's details are remembered and marked as theirs.

Expectations typed from the article: Table 1 prints "5	Democratic Party Ak zhol	110,044" and "11	Democratic
Party of Kazakhstan	No data"; Otan's part of section 3 prints "Two newspapers—*Strana i mir* (in Russian)"; the
Rukhaniat program quote is printed in straight marks: "It is our goal to help create a democratic state ...".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from conftest import BUNDLED_DB
from kzbrowser.read.db import connect
from kzbrowser.ui.cite_dialog import CitationDialog
from kzbrowser.ui.main_window import CHARTS_TAB, MainWindow

ENTRY = "Kurganskaia, Valentina. n.d. “The Party System in Kazakhstan and the Ethnic Issue.”"
JOURNAL = "Journal of Test Studies"  # made up: the article names no journal


def _clipboard() -> tuple[str, list[str]]:
    data = QGuiApplication.clipboard().mimeData()
    return data.text(), [f for f in data.formats() if not f.startswith("application/x-qt")]


def _search(qtbot, window, text):
    window.find_action.trigger()
    pane = window.search_tab.view
    qtbot.keyClicks(pane.field, text)
    qtbot.waitUntil(lambda: pane.results is not None and pane.results.query == text, timeout=3000)
    return pane


def _select_first(pane, kind):
    from kzbrowser.ui.search_pane import HIT_ROLE

    index = next(pane.model.index(r) for r in range(pane.model.rowCount())
                 if (h := pane.model.index(r).data(HIT_ROLE)) is not None and h.kind == kind)
    pane.view.setCurrentIndex(index)
    pane.view.setFocus()
    return index


# -- search results ---------------------------------------------------------------------------------------------
def test_ctrl_c_copies_a_result_and_ctrl_shift_c_adds_its_citation(qtbot, window):
    pane = _search(qtbot, window, "our goal to help create")
    _select_first(pane, "quote")
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(pane.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text, formats = _clipboard()
    assert formats == ["text/plain"]
    assert text.startswith('"It is our goal to help create a democratic state')  # its printed straight marks
    assert text.endswith('revival."') and "Kurganskaia" not in text
    qtbot.keyClick(pane.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text, formats = _clipboard()
    assert formats == ["text/plain"]
    assert ('revival." (Political Party Rukhaniat, as quoted in Kurganskaia n.d., sec. 3, “Concise Information '
            "about Parties,” “The Political Party Rukhaniat,” para. 2)") in text
    assert text.endswith(f"\n\n{ENTRY}")
    assert "Copied:" in window.statusBar().currentMessage()


def test_the_results_menu_copies_a_paragraph_with_its_place(qtbot, window):
    pane = _search(qtbot, window, "Strana")
    index = _select_first(pane, "paragraph")
    menu = window.copy_menus["search"].menu(pane.view.visualRect(index).center())
    labels = [a.text() for a in menu.actions()]
    assert labels == ["&Copy", "Copy with &citation"] and all(a.isEnabled() for a in menu.actions())
    menu.actions()[1].trigger()
    text, formats = _clipboard()
    assert formats == ["text/plain"]
    assert text.startswith("Two newspapers—Strana i mir (in Russian) and Dala men kala (in Kazakh)")
    assert "*" not in text
    assert "(Kurganskaia n.d., sec. 3, “Concise Information about Parties,” “The Republican Political Party " \
           "Otan,” para. 3)" in text


# -- the article ------------------------------------------------------------------------------------------------
def _select_in_article(window, article_text, printed):
    window.article_tab.show()
    view = window.article
    start = article_text.index(printed)
    ranges = view.document_ranges([(start, start + len(printed))])  # a table line: one range a cell
    lo, hi = ranges[0][0], ranges[-1][1]
    cursor = QTextCursor(view.browser.document())
    cursor.setPosition(lo)
    cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
    view.browser.setTextCursor(cursor)
    return view


def test_a_selection_in_the_article_copies_with_its_citation(window, article_text):
    view = _select_in_article(window, article_text, "Two newspapers—*Strana i mir* (in Russian)")
    menu = window.copy_menus["article"].menu()
    cited = next(a for a in menu.actions() if a.text() == "Copy with &citation")
    assert cited.isEnabled()
    cited.trigger()
    text, formats = _clipboard()
    assert formats == ["text/plain"]
    assert text.startswith("Two newspapers—Strana i mir (in Russian)\n(Kurganskaia n.d., sec. 3, “Concise "
                           "Information about Parties,” “The Republican Political Party Otan,” para. 3)")
    # plain Ctrl+C in the article: the text as shown, and no HTML either
    view.browser.copy()
    text, formats = _clipboard()
    assert formats == ["text/plain"] and text == "Two newspapers—Strana i mir (in Russian)"


def test_a_table_line_selected_in_the_article_keeps_its_printed_figure(window, article_text):
    _select_in_article(window, article_text, "Democratic Party Ak zhol\t110,044")
    window.copy_menus["article"].menu().actions()[-1].trigger()
    text, _ = _clipboard()
    assert text.startswith("Democratic Party Ak zhol\t110,044\n(Kurganskaia n.d., table 1, “Membership of the "
                           "Political Parties”)")


def test_nothing_selected_offers_no_cited_copy(window):
    window.article_tab.show()
    window.article.browser.setTextCursor(QTextCursor(window.article.browser.document()))
    assert not window.copy_menus["article"].menu().actions()[-1].isEnabled()


# -- the charts' data tables ------------------------------------------------------------------------------------
def test_a_chart_table_row_copies_its_printed_figures_with_the_table(qtbot, window):
    window.tabs.setCurrentIndex(CHARTS_TAB)
    qtbot.waitUntil(lambda: window.charts_tab.view is not None, timeout=10000)
    page = window.charts_tab.view.pages[0]  # Table 1
    table = page.table
    rows = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    table.selectRow(rows.index("Democratic Party Ak zhol"))
    assert "Copy with citation" in [a.text() for a in table.actions()]
    table.copy_cited_action.trigger()
    text, formats = _clipboard()
    assert formats == ["text/plain"]
    assert text.startswith("Row\tParty\tMembers (as printed)\n5\tDemocratic Party Ak zhol\t110,044\n")
    assert "110044" not in text and "Rank" in text.split("\n")[2]  # named as left out, not copied
    assert "(Kurganskaia n.d., table 1, “Membership of the Political Parties”)" in text
    table.clearSelection()
    table.selectRow(rows.index("Democratic Party of Kazakhstan"))
    table.copy_cited_action.trigger()
    assert "11\tDemocratic Party of Kazakhstan\tNo data\n" in _clipboard()[0]


# -- the detail pane --------------------------------------------------------------------------------------------
def test_detail_pane_facts_copy_with_their_paragraph_and_plain_ctrl_c(qtbot, window):
    window.show_party("otan")
    copies = [a.text for t, a in window.detail.link_labels() if t == "Copy with citation"]
    newspapers = next(c for c in copies if c.startswith("“Strana i mir (in Russian)”"))  # printed *Strana i mir*
    assert "“The Republican Political Party Otan,” para. 3)" in newspapers and "*" not in newspapers
    window.detail.browser.selectAll()
    window.detail.browser.copy()
    text, formats = _clipboard()
    assert formats == ["text/plain"] and "Republican Political Party Otan" in text


# -- the dialog -------------------------------------------------------------------------------------------------
def _dialog(window) -> CitationDialog:
    window.cite_details_action.trigger()
    dialog = window.findChild(CitationDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_details_are_remembered_marked_and_used_everywhere(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, store)
    qtbot.addWidget(win)
    win.show()
    win.show_party("rukhaniat")  # its page shown once without the details: shown again, it must cite with them
    win.show_party("otan")
    dialog = _dialog(win)
    for name, value in (("journal", JOURNAL), ("year", "2005"), ("volume", "6"), ("pages", "45–52")):
        dialog.fields[name].setText(value)
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("apa"))
    assert "The party system in Kazakhstan and the ethnic issue. Journal of Test Studies, 6, 45–52." in \
        dialog.preview.toPlainText()
    _ok(dialog).click()
    assert "Citation details saved" in win.statusBar().currentMessage()
    win.show_party("rukhaniat")
    copied = next(a.text for t, a in win.detail.link_labels() if t == "Copy with citation" and "our goal" in a.text)
    assert "(Political Party Rukhaniat, as quoted in Kurganskaia, 2005, Section 3" in copied
    assert copied.endswith("[Journal, year, volume and pages supplied by the user; not printed in the article.]")
    win.close()
    again = MainWindow(conn, BUNDLED_DB, store)  # a new window: remembered
    qtbot.addWidget(again)
    assert (again.source.details.journal, again.source.details.pages, again.source.style) == (JOURNAL, "45-52",
                                                                                               "apa")
    assert _dialog(again).fields["year"].text() == "2005"
    again.close()
    conn.close()


@pytest.mark.parametrize(("name", "pasted", "says"), [
    ("year", "20o4", "not a year"), ("year", "1999", "2004"), ("journal", "x" * 100_000, "too long"),
    ("journal", "Bad\x1b[31m", "control"), ("journal", "a\u202eb", "control"), ("url", "file:///etc/passwd", "http"),
    ("pages", "lots", "page"), ("volume", "6", "journal too"),
])
def test_hostile_input_is_named_and_ok_waits(qtbot, window, name, pasted, says):
    dialog = _dialog(window)
    dialog.fields[name].setText(pasted)
    assert not _ok(dialog).isEnabled()
    assert dialog.problem.isVisibleTo(dialog) and says in dialog.problem.text()
    assert "\n" not in dialog.problem.text() and len(dialog.problem.text()) < 200
    dialog.fields[name].clear()
    assert _ok(dialog).isEnabled() and not dialog.problem.isVisibleTo(dialog)
    dialog.reject()
    assert window.source.details.supplied() == []


def test_pasted_line_breaks_become_spaces_and_copy_as_bibtex(qtbot, window):
    dialog = _dialog(window)
    dialog.fields["journal"].setText("Journal of\nTest   Studies")
    dialog.fields["year"].setText("2005")
    assert _ok(dialog).isEnabled()
    dialog.copy_buttons["bibtex"].click()
    text, formats = _clipboard()
    assert formats == ["text/plain"] and text.startswith("@article{")
    assert "journal = {Journal of Test Studies}" in text and "supplied by the user" in text
    dialog.reject()  # cancelled: nothing kept
    assert window.source.details.journal == "" and window.settings.value("citation/journal") is None
