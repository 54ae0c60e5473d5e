"""The window, driven as a user would: click, type, follow links, copy; check what is shown."""

from __future__ import annotations

import hashlib
import socket

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor

from conftest import BUNDLED_DB
from kzbrowser.read.parties import Parties
from kzbrowser.ui.main_window import ABOUT_TAB, ARTICLE_TAB, CHARTS_TAB, PARTY_TAB, SEARCH_TAB, MainWindow
from kzbrowser.ui.party_models import KEY_ROLE, MEMBERS, NAME, Party1999Model, PartyFilterProxy, PartyTableModel


def _rows(win) -> list[str]:
    proxy = win.list_pane.proxy
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def _click_row(qtbot, win, text: str) -> None:
    view = win.list_pane.view
    for r in range(view.model().rowCount()):
        idx = view.model().index(r, NAME)
        if text in idx.data():
            rect = view.visualRect(idx)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{text!r} not in the list")


def _detail_text(win) -> str:
    return win.detail.browser.toPlainText()


SYMBOLS = {"Show in article": "↗", "Copy with citation": "❝", "Copy value": "❐"}  # what each per-fact link shows


def _action(win, label: str, containing: str | None = None):
    """The action behind the first link called ``label`` (after the text ``containing``, if given)."""
    links = win.detail.link_labels()
    text = _detail_text(win)
    if containing is None:
        return next(a for t, a in links if t == label)
    after = text.index(containing)
    # links appear in document order: count the links of this label (or the symbol it shows) before the text
    before = text[:after].count(SYMBOLS.get(label, label))
    return [a for t, a in links if t == label][before]


# -- models ---------------------------------------------------------------------------------------------------
def test_models_pass_qtmodeltester(qtmodeltester, conn):
    parties = Parties(conn)
    model = PartyTableModel()
    model.set_rows(parties.summaries())
    qtmodeltester.check(model)
    proxy = PartyFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_needle("party")
    qtmodeltester.check(proxy)
    m1999 = Party1999Model()
    m1999.set_rows(parties.parties_1999(), {p.key: p.full_name for p in parties.summaries()})
    qtmodeltester.check(m1999)


# -- the list -------------------------------------------------------------------------------------------------
def test_list_shows_twelve_parties_with_membership_and_marks(window):
    model = window.list_pane.proxy
    assert model.rowCount() == 12
    row = {model.index(r, NAME).data(): r for r in range(12)}
    cppk = row["Communist People's Party of Kazakhstan (CPPK)"]
    assert model.index(cppk, MEMBERS).data() == "No data"
    assert model.index(cppk, 3).data() == "Opposition\nNot in poll"
    assert model.index(row["Republican Political Party Otan"], MEMBERS).data() == "300,000"


@pytest.mark.parametrize(("typed", "expected"), [
    ("auyl", ["Kazakhstan Social-Democratic Party AuyI"]),
    ("AuyI", ["Kazakhstan Social-Democratic Party AuyI"]),
    ("DCK", ["Democratic Choice of Kazakhstan People's Party (DCK)"]),
    ("homeland", ["Republican Political Party Otan"]),
    ("rukhaniyat", ["Political Party Rukhaniat"]),
    ("zzz", []),
])
def test_filter_matches_any_name_variant_or_abbreviation(qtbot, window, typed, expected):
    qtbot.keyClicks(window.list_pane.filter, typed)
    assert _rows(window) == expected
    assert window.list_pane.empty.isVisibleTo(window) == (not expected)


def test_sort_by_membership_and_registration(window):
    pane = window.list_pane
    pane.sort.setCurrentIndex(2)  # Membership
    rows = _rows(window)
    assert rows[:3] == ["Republican Political Party Otan", "Republican Party Asar", "Patriot Party of Kazakhstan (PPK)"]
    assert rows[-2:] == ["Democratic Party of Kazakhstan", "Communist People's Party of Kazakhstan (CPPK)"]
    pane.sort.setCurrentIndex(3)  # Registration date
    rows = _rows(window)
    assert rows[:4] == ["Communist Party of Kazakhstan (CPK)",  # February 1994
                        "Kazakhstan Civilian Party (KCP)",  # 29 December, 1998
                        "Republican Political Party Otan",  # 12 February, 1999
                        "Agrarian Party of Kazakhstan (APK)"]  # 16 March, 1999
    assert rows[-1] == "Political Party Rukhaniat"  # no registration date printed
    pane.sort.setCurrentIndex(1)
    assert _rows(window)[0] == "Agrarian Party of Kazakhstan (APK)"


def test_clicking_a_party_shows_its_profile(qtbot, window):
    _click_row(qtbot, window, "Patriot Party")
    text = _detail_text(window)
    assert text.startswith("Patriot Party of Kazakhstan (PPK)")
    assert "Gani Kasymov — leader" in text
    assert "Registered: August 2001 (month only)" in text
    assert "131,980 members — rank 3 of the 10 parties with data" in text
    assert '"We are the single Kazakhstani nation"' in text  # printed with straight marks
    assert "http://www.caapr.kz/ppk" in text
    assert window.tabs.currentIndex() == PARTY_TAB


def test_no_data_party_says_unknown_not_zero(window):
    window.show_party("democratic")
    text = _detail_text(window)
    assert "No data — unknown, not zero" in text
    assert "Not in Table 4" in text
    assert "Not yet registered at the time of the poll" in text
    # footnote 5 ("By the time of the poll other parties were not yet registered.") names no party: both
    # statements of it are marked as kzbrowser's reading
    assert text.count("(Table 4, footnote 5; inference: it names no party)") == 1
    assert text.count("(footnote 5; inference: it names no party).") == 1


def test_every_quote_is_its_own_block_with_both_actions(window):
    window.show_party("akzhol")
    text = _detail_text(window)
    assert "Quotes (5)" in text
    # quote 4 follows "Ak zhol believes that": the article does not say it is from the program
    assert [f"Program · quote {n}" in text for n in range(1, 7)] == [True, True, True, False, True, False]
    assert "Source not stated · quote 4" in text
    copies = [a.text for t, a in window.detail.link_labels() if t == "Copy with citation"]
    assert sum(c.startswith("“") and "(Democratic Party Ak zhol, as quoted in" in c for c in copies) == 5


# -- provenance -------------------------------------------------------------------------------------------------
def test_show_in_article_highlights_the_exact_quote(qtbot, window):
    window.show_party("otan")
    action = _action(window, "Show in article", '"Contemporary democratic society')
    window.detail.activate(action)
    assert window.tabs.currentIndex() == ARTICLE_TAB
    doc = window.article.browser.document()
    (lo, hi), = window.article.selections
    c = QTextCursor(doc)
    c.setPosition(lo)
    c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
    assert c.selectedText() == ("Contemporary democratic society is our aim; freedom, justice, solidarity, "
                                "equality, and brotherhood are our principles.")
    bar = window.article.browser.verticalScrollBar()
    assert bar.value() > 0  # scrolled down to section 3


def test_show_in_article_across_a_page_break(window):
    window.show_party("akzhol")
    action = _action(window, "Show in article", "“National unity")
    window.detail.activate(action)
    ranges = window.article.selections
    doc = window.article.browser.document()
    texts = []
    for lo, hi in ranges:
        c = QTextCursor(doc)
        c.setPosition(lo)
        c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        texts.append(c.selectedText())
    joined = " ".join(texts)
    assert joined.startswith("National unity and public accord")
    assert joined.endswith("in all spheres of public life.")
    assert "The section is based on" not in joined  # footnote 6, printed in between, is not highlighted


def test_footnote_marker_jumps_to_the_note_and_back(qtbot, window):
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    browser = window.article.browser
    bar = browser.verticalScrollBar()
    bar.setValue(0)
    from PySide6.QtCore import QUrl
    browser.anchorClicked.emit(QUrl("#fn-5"))
    at_note = bar.value()
    assert at_note > 0
    browser.anchorClicked.emit(QUrl("#fnref-5"))
    assert 0 < bar.value() < at_note


def test_article_has_contents_tables_and_chart_notes(window):
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    toc = window.article.toc
    top = [toc.topLevelItem(i).text(0) for i in range(toc.topLevelItemCount())]
    assert top[:4] == ["1. Local Specifics of the Party System", "2. Public Opinion about Political Processes",
                       "3. Concise Information about Parties", "4. New Approaches to the Nationalities Policy"]
    text = window.article.browser.toPlainText()
    assert "Chart 2 — Chart 2 stood here. Its data were not preserved in the text" in text
    assert "Republican Political Party Otan\n10.5\n23.8" in text  # Table 4 as a table, cell by cell


# The title is set in capitals and the author's small capitals were lost ("Valentina KURGANskaIA"): the reader
# shows the forms scholars write, the printed one in the tooltip; Show in article still finds the printed span.
def test_article_headings_show_the_normalised_form_and_the_printed_one_on_demand(window):
    from PySide6.QtGui import QTextCursor

    window.tabs.setCurrentIndex(ARTICLE_TAB)
    browser = window.article.browser
    text = browser.toPlainText()
    assert text.startswith("The Party System in Kazakhstan and the Ethnic Issue\nValentina Kurganskaia\n")
    assert "KURGANskaIA" not in text and "THE PARTY SYSTEM" not in text
    assert "What Do You Think about Political Processes in the Country? (in %)\n" in text  # printed "(in %%)"
    at = text.index("Kurganskaia")
    cursor = QTextCursor(browser.document())
    cursor.setPosition(at + 1)
    assert cursor.charFormat().toolTip() == "Printed: KURGANskaIA"
    window.show_in_article([(65, 76)])  # "KURGANskaIA" in the article
    assert window.article.selections == [(at, at + len("Kurganskaia"))]


# -- the tabs built when first shown -----------------------------------------------------------------------------
def _tab_text(win, index: int) -> str:
    from PySide6.QtWidgets import QLabel

    widget = win.tabs.widget(index)
    return widget.text() if isinstance(widget, QLabel) else ""


def _is_built(win, index: int) -> bool:
    from PySide6.QtWidgets import QLabel

    return not isinstance(win.tabs.widget(index), QLabel)


@pytest.mark.parametrize(("index", "placeholder"), [(ARTICLE_TAB, "Loading the article…"),
                                                    (SEARCH_TAB, "Loading search…"),
                                                    (CHARTS_TAB, "Loading charts…"),
                                                    (ABOUT_TAB, "Loading…")])
def test_each_tab_shows_its_placeholder_until_it_is_first_shown(qtbot, window, index, placeholder):
    assert placeholder in _tab_text(window, index)
    assert all(not _is_built(window, i) for i in (ARTICLE_TAB, SEARCH_TAB, CHARTS_TAB, ABOUT_TAB))  # at start-up
    window.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: _is_built(window, index), timeout=10_000)
    view = window.tabs.widget(index)
    assert window.tabs.currentIndex() == index and view.isVisible()
    shown = {ARTICLE_TAB: lambda: view.browser.toPlainText(),  # what the user sees in each view
             SEARCH_TAB: lambda: view.field.placeholderText(),
             CHARTS_TAB: lambda: view.tabs.tabText(0),
             ABOUT_TAB: lambda: view.browser.toPlainText()}[index]()
    assert {ARTICLE_TAB: "THE PARTY SYSTEM IN KAZAKHSTAN AND THE ETHNIC ISSUE",
            SEARCH_TAB: "Search quotes and the article",
            CHARTS_TAB: "Membership",
            ABOUT_TAB: "27 hold, 4 do not, 5 cannot be tested"}[index].lower() in shown.lower()
    assert all(not _is_built(window, i) for i in (ARTICLE_TAB, SEARCH_TAB, CHARTS_TAB, ABOUT_TAB) if i != index)


def test_a_tab_shown_again_is_the_same_view_with_what_the_user_left_in_it(qtbot, window):
    window.find_action.trigger()
    search = window.tabs.widget(SEARCH_TAB)
    qtbot.keyClicks(search.field, "harmony")
    window.show_party("otan")
    window.detail.activate(_action(window, "Show in article", '"Contemporary democratic society'))
    article = window.tabs.widget(ARTICLE_TAB)
    highlighted = list(article.selections)
    for _ in range(2):
        window.tabs.setCurrentIndex(PARTY_TAB)
        window.tabs.setCurrentIndex(SEARCH_TAB)
        window.tabs.setCurrentIndex(ARTICLE_TAB)
    assert window.tabs.widget(SEARCH_TAB) is search and search.field.text() == "harmony"
    assert window.tabs.widget(ARTICLE_TAB) is article and article.selections == highlighted != []


def test_show_in_article_builds_the_article_when_its_tab_was_never_shown(window):
    window.show_party("patriot")
    assert not _is_built(window, ARTICLE_TAB)
    window.detail.activate(_action(window, "Show in article", '"We are the single Kazakhstani nation'))
    assert window.tabs.currentIndex() == ARTICLE_TAB and _is_built(window, ARTICLE_TAB)
    article = window.tabs.widget(ARTICLE_TAB)
    lo, hi = article.selections[0]
    c = QTextCursor(article.browser.document())
    c.setPosition(lo)
    c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
    assert c.selectedText().startswith("We are the single Kazakhstani nation")


def test_leaving_the_charts_tab_before_the_charts_are_built_keeps_the_user_where_they_went(qtbot, window):
    for _ in range(2):  # to the charts and straight back, twice, before the (deferred) build has run
        window.tabs.setCurrentIndex(CHARTS_TAB)
        window.tabs.setCurrentIndex(PARTY_TAB)
    qtbot.waitUntil(lambda: _is_built(window, CHARTS_TAB), timeout=10_000)
    qtbot.wait(50)
    assert window.tabs.currentIndex() == PARTY_TAB
    items = [a.text() for a in window.charts_menu.actions() if not a.isSeparator()]
    assert items[0] == "Show &charts" and "Export Chart as &PNG…" in items
    assert len(items) == len(set(items))  # the charts' actions once: the charts were built once


# -- citations --------------------------------------------------------------------------------------------------
def test_copy_quote_with_citation(window):
    window.show_party("rukhaniat")
    action = _action(window, "Copy with citation", '"It is our goal')  # printed with straight marks
    window.detail.activate(action)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith('"It is our goal to help create a democratic state ruled by law')  # as printed
    assert "Political Party Rukhaniat" in copied
    # its place: section 3, the part headed "The Political Party Rukhaniat", its second paragraph
    assert ("(Political Party Rukhaniat, as quoted in Kurganskaia n.d., sec. 3, “Concise Information about "
            "Parties,” “The Political Party Rukhaniat,” para. 2)") in copied
    assert copied.endswith("\n\nKurganskaia, Valentina. n.d. “The Party System in Kazakhstan and the Ethnic Issue.”")
    for invented in ("Central Asia and the Caucasus", "No.", "vol", "2005"):
        assert invented not in copied
    assert "Copied:" in window.statusBar().currentMessage()


def test_copy_figure_with_citation(window):
    window.show_party("cpk")
    action = _action(window, "Copy with citation", "59,890")
    window.detail.activate(action)
    assert QGuiApplication.clipboard().text() == (
        "Membership of the Communist Party of Kazakhstan: 59,890 (Kurganskaia n.d., table 1, “Membership of the "
        "Political Parties”)\n\nKurganskaia, Valentina. n.d. “The Party System in Kazakhstan and the Ethnic Issue.”")


def test_copy_bibtex(window):
    window.bibtex_action.trigger()
    bib = QGuiApplication.clipboard().text()
    assert bib.startswith("@misc{kurganskaia_party_system,")
    assert "author = {Kurganskaia, Valentina}" in bib
    assert "title = {The Party System in {Kazakhstan} and the Ethnic Issue}" in bib  # the capital kept
    assert "year" not in bib and "journal" not in bib


# -- 1999 parties, links and history -------------------------------------------------------------------------------
def test_1999_parties_link_to_their_successors(qtbot, window):
    pane = window.list_pane
    assert not pane.view_1999.isVisibleTo(window)
    pane.show_1999.setChecked(True)
    assert pane.view_1999.isVisibleTo(window)
    assert pane.model_1999.rowCount() == 10
    idx = next(pane.model_1999.index(r, 0) for r in range(10)
               if pane.model_1999.index(r, 0).data() == "Party of Revival of Kazakhstan")
    pane.view_1999.setCurrentIndex(idx)
    assert "Renamed Political Party Rukhaniat" in _detail_text(window)
    window.detail.activate(_action(window, "Political Party Rukhaniat"))
    assert _detail_text(window).startswith("Political Party Rukhaniat")
    assert pane.view.currentIndex().data(KEY_ROLE) == "rukhaniat"


def test_predecessor_link_from_a_2004_party(window):
    window.show_party("otan")
    window.detail.activate(_action(window, "Republican Political Party of Labor (RPL)"))
    assert "Joined Republican Political Party Otan" in _detail_text(window)


def test_back_and_forward_with_keyboard_and_buttons(qtbot, window):
    start = _detail_text(window).split("\n")[0]
    window.show_party("asar")
    window.show_party("cppk")
    assert _detail_text(window).startswith("Communist People's Party")
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Back))
    assert _detail_text(window).startswith("Republican Party Asar")
    window.back_action.trigger()
    assert _detail_text(window).split("\n")[0] == start
    assert not window.back_action.isEnabled()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Forward))
    assert _detail_text(window).startswith("Republican Party Asar")
    window.show_party("otan")  # a new visit drops the forward history
    assert not window.forward_action.isEnabled()


def test_about_the_data_shows_checks_and_links_to_their_spans(window):
    window.tabs.setCurrentIndex(4)
    text = window.about_tab.view.browser.toPlainText()
    assert "e2bf5281cdb9167e2900bc1c29022f2922932cd8a5083f3dabea53a0e57a817d" in text
    assert "27 hold, 4 do not, 5 cannot be tested" in text
    assert "does not hold — Over 50% undecided about Republican Political Party Otan: Undecided = 47.4%" in text
    claim = next(a for t, a in window.about_tab.view.link_labels() if t == "the claim")
    window.about_tab.view.activate(claim)
    assert window.tabs.currentIndex() == ARTICLE_TAB and window.article.selections


# -- desktop behaviour -----------------------------------------------------------------------------------------
def test_settings_restore_party_geometry_and_splitter(qtbot, settings):
    from kzbrowser.read.db import connect

    conn = connect(BUNDLED_DB)
    first = MainWindow(conn, BUNDLED_DB, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(730, 540)  # within the offscreen screen (800x600)
    first.splitter.setSizes([400, 700])
    first.show_party("asar")
    first.close()
    second = MainWindow(conn, BUNDLED_DB, settings)
    qtbot.addWidget(second)
    second.show()
    assert _detail_text(second).startswith("Republican Party Asar")
    assert second.list_pane.view.currentIndex().data(KEY_ROLE) == "asar"
    assert (second.width(), second.height()) == (730, 540)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]
    second.close()
    conn.close()


def test_widgets_have_accessible_names(window):
    for w in (window.list_pane.filter, window.list_pane.view, window.list_pane.sort, window.detail.browser,
              window.article.browser, window.article.toc, window.tabs):
        assert w.accessibleName()


def test_standard_shortcuts(window):
    assert window.back_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Back)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_session_leaves_the_database_bytes_unchanged(qtbot, window):
    before = hashlib.sha256(BUNDLED_DB.read_bytes()).hexdigest()
    for key in ("otan", "auyl", "cpk"):
        window.show_party(key)
    window.detail.activate(_action(window, "Show in article"))
    window.tabs.setCurrentIndex(4)
    window.close()
    assert hashlib.sha256(BUNDLED_DB.read_bytes()).hexdigest() == before
    assert not BUNDLED_DB.with_name("kz.sqlite-journal").exists()


def test_the_app_opens_no_network_connection(qtbot, monkeypatch, settings):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from kzbrowser.read.db import connect

    win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
    qtbot.addWidget(win)
    win.show()
    for key in ("dck", "civilian", "patriot"):
        win.show_party(key)
    for t, a in win.detail.link_labels():
        if t == "Show in article":
            win.detail.activate(a)
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        qtbot.wait(20)
    win.close()
    assert attempts == []
    # Qt's own networking is C++ and bypasses Python's sockets: the app must never even load it.
    import sys

    assert not [m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))]


def test_links_in_the_detail_pane_work_from_the_keyboard(qtbot, window):
    window.show_party("patriot")
    browser = window.detail.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # the first link: "Read this party's part of the article"
    with qtbot.waitSignal(window.detail.show_spans, timeout=1000) as blocker:
        qtbot.keyClick(browser, Qt.Key.Key_Return)
    (start, end), = blocker.args[0]
    assert window.article.browser.toPlainText()  # the article opened
    assert end - start > 500  # the Patriot Party's whole part of section 3


def test_tab_moves_focus_in_reading_order(qtbot, window):
    from PySide6.QtWidgets import QApplication

    pane = window.list_pane
    window.activateWindow()
    pane.filter.setFocus()
    qtbot.waitUntil(pane.filter.hasFocus, timeout=2000)
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [pane.sort, pane.view, pane.show_1999]


def test_ctrl_l_focuses_the_party_filter(qtbot, window):
    window.activateWindow()
    window.detail.browser.setFocus()
    qtbot.waitUntil(window.detail.browser.hasFocus, timeout=2000)
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    assert window.list_pane.filter.hasFocus()


def _fresh_process(script: str, **env: str) -> list[str]:
    """Run ``script`` in a new Python (offscreen Qt, nothing imported yet); its output lines."""
    import os
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env))
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def test_charts_load_only_when_shown_and_a_bar_opens_its_party(tmp_path):
    """In a fresh process: pyqtgraph and numpy stay out of start-up, arrive with the Charts tab."""
    script = f"""
import sys
from PySide6.QtCore import QSettings
from kzbrowser.ui import app as gui
from kzbrowser.read.db import connect
from kzbrowser.ui.main_window import CHARTS_TAB, MainWindow
app = gui.application()
win = MainWindow(connect({str(BUNDLED_DB)!r}), {str(BUNDLED_DB)!r},
                 QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))
win.show()
app.processEvents()
print("at start-up:", sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules))
win.tabs.setCurrentIndex(CHARTS_TAB)
while win.charts_tab.view is None:
    app.processEvents()
print("with charts:", sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules))
print("toolbar:", [a.text().replace("&", "") for a in win.charts_tab.view.toolbar.actions()])
win.charts_tab.view.party_activated.emit("asar")
print("detail:", win.detail.browser.toPlainText().splitlines()[0])
"""
    lines = _fresh_process(script)
    assert lines[0] == "at start-up: []"
    assert lines[1] == "with charts: ['numpy', 'pyqtgraph']"
    assert "Export Chart as PNG…" in lines[2] and "Copy Chart Image" in lines[2]
    assert lines[3] == "detail: Republican Party Asar"


def test_the_first_frame_does_not_build_pysides_qt_namespace(tmp_path):
    """In a fresh process: naming anything in PySide's ``Qt`` builds its 93 enums (30-40 ms). The window's first
    frame must not wait for that; the header sorting that needs it is set up right after (``ready``)."""
    script = f"""
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QSettings
from kzbrowser.ui import app as gui
from kzbrowser.read.db import connect
from kzbrowser.ui.main_window import MainWindow
app = gui.application()
win = MainWindow(connect({str(BUNDLED_DB)!r}), {str(BUNDLED_DB)!r},
                 QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = True
            print("first frame: Qt built" if "Qt" in vars(QtCore) else "first frame: Qt not built")
            print("first frame rows:", win.list_pane.proxy.rowCount())
            print("first frame detail:", win.detail.browser.toPlainText().splitlines()[0])
        return False
probe = Probe()
win.installEventFilter(probe)
def ready():
    print("ready: header sorting", win.list_pane.view.isSortingEnabled(),
          "filter clear button", win.list_pane.filter.isClearButtonEnabled())
    app.quit()
win.ready.connect(ready)
win.show()
app.exec()
"""
    assert _fresh_process(script) == ["first frame: Qt not built",  # and yet the window is complete:
                                      "first frame rows: 12",
                                      # a first launch: the overview, headed by the article's title
                                      "first frame detail: The Party System in Kazakhstan and the Ethnic Issue",
                                      "ready: header sorting True filter clear button True"]


def test_role_numbers_are_qts():
    from kzbrowser.ui import party_models as pl

    pairs = [(pl.DISPLAY_ROLE, Qt.ItemDataRole.DisplayRole), (pl.TOOLTIP_ROLE, Qt.ItemDataRole.ToolTipRole),
             (pl.TEXT_ALIGNMENT_ROLE, Qt.ItemDataRole.TextAlignmentRole),
             (pl.ACCESSIBLE_TEXT_ROLE, Qt.ItemDataRole.AccessibleTextRole), (pl.USER_ROLE, Qt.ItemDataRole.UserRole),
             (pl.ALIGN_RIGHT_VCENTER, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
             (pl.TEXT_WORD_WRAP, Qt.TextFlag.TextWordWrap),
             (pl.INITIAL_SORT_ORDER_ROLE, Qt.ItemDataRole.InitialSortOrderRole),
             (pl.DESCENDING, Qt.SortOrder.DescendingOrder)]
    for ours, qts in pairs:
        assert ours == qts.value, qts


def test_clicking_a_column_header_sorts_by_it(qtbot, window):
    pane = window.list_pane
    qtbot.waitUntil(pane.view.isSortingEnabled, timeout=5000)  # set up just after the first frame
    header = pane.view.horizontalHeader()
    x = header.sectionViewportPosition(MEMBERS) + header.sectionSize(MEMBERS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert pane.sort.currentText() == "Membership"
    assert _rows(window)[:2] == ["Republican Political Party Otan", "Republican Party Asar"]  # biggest first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    members = [pane.proxy.index(r, MEMBERS).data() for r in range(12)]
    assert members[:2] == ["No data", "No data"]  # the other way round: unknown sorts below any number
    assert [int(m.replace(",", "")) for m in members[2:]] == sorted(int(m.replace(",", "")) for m in members[2:])


def test_a_sort_chosen_before_the_deferred_set_up_is_kept(qtbot, settings):
    from kzbrowser.read.db import connect

    win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
    qtbot.addWidget(win)
    win.list_pane.sort.setCurrentIndex(2)  # Membership, before the window is even shown
    win.show()
    qtbot.waitUntil(win.list_pane.view.isSortingEnabled, timeout=5000)
    assert win.list_pane.sort.currentText() == "Membership"
    assert _rows(win)[0] == "Republican Political Party Otan"


def test_a_registration_printed_only_as_after_a_date_says_so(window):
    window.show_party("dck")
    assert "Registered: after 21 February, 2004 (no date printed)" in _detail_text(window)
    model = window.list_pane.proxy
    row = next(r for r in range(model.rowCount()) if "(DCK)" in model.index(r, 0).data())
    assert model.index(row, 2).data() == "after 21 February, 2004"


def test_start_up_runs_without_the_cycle_collector_and_turns_it_back_on(tmp_path):
    """In a fresh process, as `kzbrowser` starts: the window is built with Python's cycle collector off
    (start-up frees little, so the collector would only walk its new objects again and again), and the
    collector is back on once the window is up."""
    script = """
import gc
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kzbrowser import cli
from kzbrowser.ui import main_window

real_init = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    print("building the window: collector", "on" if gc.isenabled() else "off")
    real_init(self, *args, **kwargs)

    def after_ready():
        print("ready: collector", "on" if gc.isenabled() else "off")
        QApplication.quit()

    self.ready.connect(lambda: QTimer.singleShot(0, after_ready))

main_window.MainWindow.__init__ = init
raise SystemExit(cli.main([]))
"""
    lines = _fresh_process(script, KZBROWSER_DB=str(BUNDLED_DB), XDG_CONFIG_HOME=str(tmp_path))
    assert lines == ["building the window: collector off", "ready: collector on"]


# -- the charts' commands and links in the window ------------------------------------------------------------------
def _ready(qtbot, win) -> None:
    qtbot.waitUntil(lambda: win._set_up and not win._setup_timer.isActive(), timeout=5000)


def _chart_runs(monkeypatch) -> list[str]:
    from kzbrowser.ui.charts.tab import ChartsTab

    ran: list[str] = []
    monkeypatch.setattr(ChartsTab, "export_with_dialog", lambda self, fmt: ran.append(fmt))
    monkeypatch.setattr(ChartsTab, "copy_image", lambda self: ran.append("copy"))
    return ran


def test_charts_menu_lists_the_exports_before_the_tab_is_built_and_one_builds_it(qtbot, window, monkeypatch):
    window.charts_loader.stop()
    ran = _chart_runs(monkeypatch)
    items = [a.text() for a in window.charts_menu.actions() if not a.isSeparator()]
    assert not _is_built(window, CHARTS_TAB)
    assert items == ["Show &charts", "Export Chart as &PNG…", "Export Chart as &SVG…", "Export Chart as P&DF…",
                     "Export Chart &Data as CSV…", "Copy Chart &Image"]
    next(a for a in window.charts_menu.actions() if a.text() == "Export Chart as P&DF…").trigger()
    assert ran == ["pdf"] and window.tabs.currentIndex() == CHARTS_TAB and _is_built(window, CHARTS_TAB)


def test_chart_shortcuts_act_wherever_focus_is_in_the_charts_and_nowhere_else(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QApplication

    window.charts_loader.stop()
    ran = _chart_runs(monkeypatch)
    _ready(qtbot, window)

    def activate() -> None:  # offscreen, showing the first plot leaves no window active
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)

    activate()
    window.detail.browser.setFocus()
    qtbot.keySequence(window.detail.browser, QKeySequence("Ctrl+E"))
    assert ran == []  # Ctrl+E in the party pane does not export a chart
    window.tabs.setCurrentIndex(CHARTS_TAB)
    qtbot.waitUntil(lambda: _is_built(window, CHARTS_TAB), timeout=10_000)
    qtbot.wait(50)
    activate()
    bar = window.tabs.tabBar()  # where focus is after a click on the tab
    bar.setFocus()
    qtbot.keySequence(bar, QKeySequence("Ctrl+E"))
    charts = window.tabs.widget(CHARTS_TAB)
    table = charts.prepare().table
    table.setFocus()
    qtbot.keySequence(table, QKeySequence("Ctrl+Shift+C"))
    qtbot.keySequence(table, QKeySequence("Ctrl+Shift+D"))
    assert ran == ["png", "copy", "csv"]
    assert [a.objectName() for a in charts.toolbar.actions()] == [a.objectName() for a in window.chart_actions]


def test_check_these_figures_opens_about_the_data_at_those_checks_highlighted(qtbot, window):
    charts = window.charts_tab.get()
    charts.tabs.setCurrentIndex(2)  # Table 4
    charts.pages[2].links.linkActivated.emit("checks")
    assert window.tabs.currentIndex() == ABOUT_TAB
    about = window.tabs.widget(ABOUT_TAB).browser
    marked = [s.cursor.selectedText() for s in about.extraSelections()]
    assert len(marked) == 23 and all("Table 4" in t or "undecided" in t or "20%" in t for t in marked)
    assert sum("Table 4 row for" in t for t in marked) == 7
    assert about.verticalScrollBar().value() > 0  # scrolled down to them


def test_show_table_in_the_article_opens_it_highlighted(qtbot, window):
    charts = window.charts_tab.get()
    charts.tabs.setCurrentIndex(1)  # Table 3
    charts.pages[1].links.linkActivated.emit("article")
    assert window.tabs.currentIndex() == ARTICLE_TAB
    article = window.tabs.widget(ARTICLE_TAB)
    lo, hi = article.selections[0][0], article.selections[-1][1]
    c = QTextCursor(article.browser.document())
    c.setPosition(lo)
    c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
    assert "Table 3" in c.selectedText()


def test_the_charts_are_built_in_idle_time_and_the_user_stays_where_they_are(qtbot, window):
    assert not _is_built(window, CHARTS_TAB)
    qtbot.waitUntil(lambda: window.charts_loader.done, timeout=30_000)
    assert _is_built(window, CHARTS_TAB) and window.tabs.currentIndex() == PARTY_TAB
    charts = window.tabs.widget(CHARTS_TAB)
    assert charts.pages.built() == 1 and charts.prepare().plot.hits  # the shown chart is drawn, off screen
    window.tabs.setCurrentIndex(CHARTS_TAB)
    assert window.tabs.currentWidget() is charts and charts.isVisible()


def test_the_idle_loading_waits_while_the_user_types_or_clicks(qtbot, window):
    # A piece of the loading that cannot be cut short (importing numpy) must not land in the middle of typing.
    qtbot.waitUntil(lambda: window.charts_loader.started, timeout=10_000)  # once the window is ready
    assert not window.charts_loader.done
    qtbot.keyClicks(window.list_pane.filter, "ot")
    assert window.charts_loader.paused()
    qtbot.mouseClick(window.list_pane.view.viewport(), Qt.MouseButton.LeftButton)
    assert window.charts_loader.paused()
    qtbot.waitUntil(lambda: window.charts_loader.done, timeout=30_000)  # it goes on once the user pauses
