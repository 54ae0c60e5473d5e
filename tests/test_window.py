"""The window as a desktop user expects it (issue 14): in sync, Back means back, fits the screen, settles.

Offscreen; expectations are typed from the article (party names, figures, headings) or from the brief.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolBar

from conftest import BUNDLED_DB
from kzbrowser.read.db import connect
from kzbrowser.ui import edit, geometry
from kzbrowser.ui.geometry import Rect, clipped, first_size
from kzbrowser.ui.history import ARTICLE, PARTY, SEARCH, History, Place
from kzbrowser.ui.main_window import ABOUT_TAB, ARTICLE_TAB, CHARTS_TAB, COMPARE_TAB, PARTY_TAB, SEARCH_TAB, MainWindow
from kzbrowser.ui.party_models import KEY_ROLE, MEMBERS, NAME

TITLE = "The Party System in Kazakhstan and the Ethnic Issue"
SECTIONS = ["Local Specifics of the Party System", "Public Opinion about Political Processes",
            "Concise Information about Parties", "New Approaches to the Nationalities Policy"]


def _text(win) -> str:
    return win.detail.browser.toPlainText()


def _selected(win) -> list[str]:
    """The keys of the 2004 rows selected, each only if its whole row is."""
    view = win.list_pane.view
    sm = view.selectionModel()
    rows = {i.row() for i in sm.selectedIndexes()}
    columns = view.model().columnCount()
    assert len(sm.selectedIndexes()) == len(rows) * columns, "a row is only partly selected"
    return [view.model().index(r, 0).data(KEY_ROLE) for r in sorted(rows)]


def _selected_1999(win) -> list[str]:
    view = win.list_pane.view_1999
    if view.model() is None:
        return []
    return [view.model().index(r, 0).data(KEY_ROLE) for r in sorted({i.row() for i in view.selectedIndexes()})]


def _window(qtbot, settings) -> MainWindow:
    win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.is_ready)
    return win


def _open_search(win, text: str):
    win.search_tab.show()
    search = win.search_tab.get()
    search.field.setText(text)
    search.run_search()
    return search


def _first_quote_row(search) -> int:
    from kzbrowser.ui.search_pane import HIT_ROLE

    return next(r for r in range(search.model.rowCount())
                if (h := search.model.index(r).data(HIT_ROLE)) is not None and h.kind == "quote")


# -- in sync ------------------------------------------------------------------------------------------------------
def test_the_list_shows_exactly_the_party_shown_after_every_kind_of_navigation(qtbot, window):
    window.show_party("otan")
    assert _selected(window) == ["otan"]
    # a chart bar
    charts = window.charts_tab.get()
    charts.party_activated.emit("asar")
    assert _text(window).startswith("Republican Party Asar") and _selected(window) == ["asar"]
    # a search result: a quote, opened in its party
    from kzbrowser.ui.search_pane import HIT_ROLE

    search = _open_search(window, "harmony")
    row = _first_quote_row(search)
    hit = search.model.index(row).data(HIT_ROLE)
    search.view.activated.emit(search.model.index(row))
    assert window.current == ("party", hit.party_key) and _selected(window) == [hit.party_key]
    # back (to the search, then to the chart's party) and forward
    window.go_back()  # the search tab; the Party tab still shows the quote's party, and the list too
    assert window.tabs.currentIndex() == SEARCH_TAB and _selected(window) == [hit.party_key]
    window.go_back()
    assert _text(window).startswith("Republican Party Asar") and _selected(window) == ["asar"]
    window.go_back()
    assert _selected(window) == ["otan"]
    window.go_forward()
    assert _selected(window) == ["asar"]
    # the 1999 table: its row, and none of the twelve
    pane = window.list_pane
    pane.show_1999.setChecked(True)
    idx = next(pane.model_1999.index(r, 0) for r in range(10)
               if pane.model_1999.index(r, 0).data() == "Party of Revival of Kazakhstan")
    pane.view_1999.setCurrentIndex(idx)
    assert _selected(window) == [] and _selected_1999(window) == ["Party of Revival of Kazakhstan"]
    window.go_back()
    assert _selected_1999(window) == [] and len(_selected(window)) == 1


def test_the_view_is_told_of_each_selection_so_it_never_paints_two_rows(qtbot, window):
    """The selection changes reach the view (they were blocked, so the old row stayed painted selected)."""
    window.show_party("otan")
    with qtbot.waitSignal(window.list_pane.view.selectionModel().selectionChanged, timeout=1000):
        window.show_party("asar")
    assert _selected(window) == ["asar"]


def test_a_party_the_filter_hides_is_shown_in_the_list_when_opened_elsewhere(qtbot, window):
    window.list_pane.filter.setText("otan")
    assert window.list_pane.proxy.rowCount() == 1
    window.show_party("asar")  # a chart bar, a link, a search result
    assert window.list_pane.filter.text() == ""
    assert _selected(window) == ["asar"]


def test_clicking_a_row_shows_that_party_and_only_it(qtbot, window):
    view = window.list_pane.view
    idx = next(view.model().index(r, MEMBERS) for r in range(12) if view.model().index(r, 0).data(KEY_ROLE) == "cppk")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(idx).center())
    assert _text(window).startswith("Communist People's Party of Kazakhstan") and _selected(window) == ["cppk"]


# -- back and forward across views --------------------------------------------------------------------------------
def test_back_from_the_article_tab_goes_to_the_party_page_it_came_from(window):
    window.show_party("asar")
    window.show_party("otan")
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    window.go_back()
    assert window.tabs.currentIndex() == PARTY_TAB and _text(window).startswith("Republican Political Party Otan")
    window.go_forward()
    assert window.tabs.currentIndex() == ARTICLE_TAB


def test_history_walks_a_passage_a_search_and_a_party_across_tabs(qtbot, window):
    window.show_party("otan")
    window.detail.activate(next(a for t, a in window.detail.link_labels() if t == "Show in article"))
    spans = window.article.selections
    assert window.tabs.currentIndex() == ARTICLE_TAB and spans
    search = _open_search(window, "harmony")
    results = search.model.rowCount()
    row = _first_quote_row(search)
    search.view.setCurrentIndex(search.model.index(row))
    search.view.activated.emit(search.model.index(row))
    party = window.current
    assert window.tabs.currentIndex() == PARTY_TAB
    window.go_back()  # the search, with its words and results
    assert window.tabs.currentIndex() == SEARCH_TAB
    assert search.field.text() == "harmony" and search.model.rowCount() == results
    window.go_back()  # the passage, highlighted again
    assert window.tabs.currentIndex() == ARTICLE_TAB and window.article.selections == spans
    window.go_back()
    assert window.tabs.currentIndex() == PARTY_TAB and window.current == ("party", "otan")
    for _ in range(3):
        window.go_forward()
    assert window.current == party and window.tabs.currentIndex() == PARTY_TAB


def test_back_returns_to_the_position_in_the_article(qtbot, window):
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    bar = window.article.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 2000)
    bar.setValue(1500)
    window.show_party("cpk")
    assert window.tabs.currentIndex() == PARTY_TAB
    window.go_back()
    assert window.tabs.currentIndex() == ARTICLE_TAB and bar.value() == 1500


def test_history_knows_about_the_data_and_the_charts(qtbot, window):
    window.show_party("otan")
    window.tabs.setCurrentIndex(CHARTS_TAB)
    charts = window.charts_tab.get()
    charts.tabs.setCurrentIndex(2)
    charts.party_activated.emit("akzhol")  # a bar of that chart
    window.tabs.setCurrentIndex(ABOUT_TAB)
    window.go_back()
    assert window.current == ("party", "akzhol") and window.tabs.currentIndex() == PARTY_TAB
    window.go_back()
    assert window.tabs.currentIndex() == CHARTS_TAB and charts.tabs.currentIndex() == 2
    window.go_forward()
    window.go_forward()
    assert window.tabs.currentIndex() == ABOUT_TAB


def test_back_and_forward_walk_the_comparisons_made(qtbot, window):
    window.show_party("otan")
    window.tabs.setCurrentIndex(COMPARE_TAB)  # before any comparison: the hint, no place of its own for Back
    window.compare_parties(["otan", "cpk", "asar", "akzhol"])  # the list's Compare button
    view = window.compare_tab.view
    assert window.tabs.currentIndex() == COMPARE_TAB and view.keys == ["otan", "cpk", "asar", "akzhol"]
    bar = view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300)
    bar.setValue(300)
    opposition = view.group.findData("opposition")
    view.group.setCurrentIndex(opposition)  # the view's own group chooser: footnote 1's three opposition parties
    view.group.activated.emit(opposition)
    assert sorted(view.keys) == ["cpk", "cppk", "dck"]
    window.compare_parties(["otan"])  # refused (one party): the comparison shown stays, no new place
    window.show_party("asar")
    window.go_back()
    assert window.tabs.currentIndex() == COMPARE_TAB and sorted(view.keys) == ["cpk", "cppk", "dck"]
    window.go_back()
    assert window.tabs.currentIndex() == COMPARE_TAB and view.keys == ["otan", "cpk", "asar", "akzhol"]
    assert bar.value() == 300  # where it was left, though the group replaced it in the same view
    assert view.group.currentIndex() == 0  # the chooser names no group these four are not
    assert "Communist Party of Kazakhstan" in view.browser.toPlainText()
    window.go_back()
    assert window.current == ("party", "otan") and window.tabs.currentIndex() == PARTY_TAB
    window.go_forward()
    window.go_forward()
    window.go_forward()
    assert window.current == ("party", "asar") and window.tabs.currentIndex() == PARTY_TAB
    assert not window.forward_action.isEnabled()


def test_a_footnote_jump_highlights_the_note_and_back_returns(qtbot, window):
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    article = window.article
    bar = article.browser.verticalScrollBar()
    bar.setValue(0)
    article.browser.anchorClicked.emit(QUrl("#fn-5"))
    (lo, hi), = article.selections
    text = article.browser.toPlainText()[lo:hi]
    assert "By the time of the poll other parties were not yet registered." in text  # footnote 5, as printed
    assert bar.value() > 0
    window.go_back()
    assert bar.value() == 0


def test_the_mouse_back_button_goes_back(qtbot, window):
    window.show_party("asar")
    window.show_party("otan")
    viewport = window.detail.browser.viewport()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, QPointF(20, 20), QPointF(viewport.mapToGlobal(QPoint(20, 20))),
                            Qt.MouseButton.BackButton, Qt.MouseButton.BackButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    assert window.current == ("party", "asar")


def test_opening_a_quote_from_a_search_keeps_the_party_name_in_view(qtbot, window):
    window.resize(900, 500)
    search = _open_search(window, "harmony")
    from kzbrowser.ui.search_pane import HIT_ROLE

    last = max(r for r in range(search.model.rowCount())
               if (h := search.model.index(r).data(HIT_ROLE)) is not None and h.kind == "quote")
    search.view.activated.emit(search.model.index(last))
    qtbot.waitUntil(lambda: window.detail.browser.verticalScrollBar().value() > 0)
    heading = _text(window).split("\n")[0]  # the page's own heading, scrolled out of view
    assert window.detail.title.isVisible() and heading in window.detail.title.text()


def test_the_history_model_is_typed_and_qt_free():
    h: History[Place] = History()
    h.visit(Place(PARTY, "otan"))
    h.visit(Place(ARTICLE, spans=((1, 5),)))
    h.visit(Place(ARTICLE, spans=((1, 5),), scroll=300))  # the same place, scrolled: no new step
    assert h.entries == [Place(PARTY, "otan"), Place(ARTICLE, spans=((1, 5),))] and h.current.scroll == 300
    h.visit(Place(SEARCH, "harmony"))
    assert h.back() == Place(ARTICLE, spans=((1, 5),)) and h.back() == Place(PARTY, "otan")
    with pytest.raises(ValueError):
        Place("bogus")


# -- fits the screen ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("area", "what"), [
    (Rect(0, 0, 1366, 768 - 27), "a 1366 x 768 laptop with a panel"),
    (Rect(0, 0, 1280, 720 - 16), "a 2560 x 1440 screen at 200% (1280 x 720 logical), with a panel"),
    (Rect(0, 0, 1024, 600), "a netbook"),
    (Rect(1920, 0, 1600, 1000), "a second screen to the right"),
])
def test_the_first_window_fits_the_available_screen(area, what):
    r = first_size(area)
    assert area.x <= r.x and r.x + r.width <= area.x + area.width, what
    assert area.y <= r.y and r.y + r.height <= area.y + area.height, what
    assert r.width <= 1280 and r.height <= 820


def test_the_first_window_keeps_its_preferred_size_where_there_is_room():
    assert first_size(Rect(0, 0, 2560, 1440))[2:] == (1280, 820)


@pytest.mark.parametrize("saved", [Rect(-5000, -5000, 10000, 10000), Rect(5000, 3000, 800, 600),
                                   Rect(100, 100, 2000, 300), Rect(0, 0, 1, 1)])
def test_a_restored_geometry_is_clipped_to_the_screen(saved):
    area = Rect(0, 0, 1366, 741)
    r = clipped(saved, area, frame=(2, 24))
    assert area.x <= r.x and r.x + r.width + 2 <= area.x + area.width
    assert area.y <= r.y and r.y + r.height + 24 <= area.y + area.height


@pytest.mark.parametrize("area", [Rect(0, 0, 683, 384), Rect(0, 0, 1366, 741)])  # 1366 x 768 at 2x and 1x
def test_the_window_opens_within_a_small_or_hidpi_screen(qtbot, settings, monkeypatch, area):
    monkeypatch.setattr(geometry, "available_area", lambda _w: area)
    win = _window(qtbot, settings)
    assert win.width() <= area.width and win.height() <= area.height
    win.resize(2000, 2000)  # then saved far bigger than the screen
    win.close()
    again = _window(qtbot, settings)
    assert again.width() <= area.width and again.height() <= area.height
    again.close()


# -- the detail pane reads like a reference page -----------------------------------------------------------------
def test_per_fact_actions_are_small_symbols_with_words_in_tooltips_and_context_menu(qtbot, window):
    window.show_party("asar")
    text = _text(window)
    assert "[Show in article" not in text and "Copy with citation" not in text
    labels = [t for t, _a in window.detail.link_labels()]
    assert {"Show in article", "Copy with citation", "Copy value"} <= set(labels)
    html = window.detail.page.html
    assert 'title="Show in article (characters ' in html  # the span numbers: on demand, in the tooltip
    # the membership line: its three actions, as the context menu offers them; Copy value copies the figure
    doc = window.detail.browser.document()
    block = doc.findBlock(text.index("180,000"))
    rect = doc.documentLayout().blockBoundingRect(block)
    offset = window.detail.browser.verticalScrollBar().value()
    point = QPoint(int(rect.left() + 30), int(rect.top() + rect.height() / 2 - offset))
    facts = window.detail.actions_at(point)
    assert [label for label, _ in facts] == ["Show in article", "Copy with citation", "Copy value"]
    window.detail.activate(facts[2][1])
    assert QGuiApplication.clipboard().text() == "180,000"  # Table 1: Republican Party Asar, 180,000


def test_headings_take_the_palette_not_pure_blue(window):
    window.show_party("otan")
    import re

    colours = set(re.findall(r'<h3 style="[^"]*color:(#[0-9a-f]{6})', window.detail.page.html))
    link = window.detail.browser.palette().color(QPalette.ColorRole.Link).name()
    assert colours and link not in colours and "#0000ff" not in colours


def test_short_links_do_not_wrap_inside_their_words(window):
    window.show_party("otan")
    assert "white-space:nowrap\">Read this party" in window.detail.page.html


# -- tables ------------------------------------------------------------------------------------------------------
def test_party_names_take_two_lines_at_most_and_members_are_right_aligned(qtbot, window):
    view = window.list_pane.view
    qtbot.waitUntil(lambda: view.rowHeight(0) > 0)
    line = view.fontMetrics().lineSpacing()
    notes_lines = 2  # "Opposition" and "Not in poll" on two lines (DCK, CPPK)
    assert max(view.rowHeight(r) for r in range(12)) <= max(2, notes_lines) * line + 8
    idx = view.model().index(0, MEMBERS)
    assert int(idx.data(Qt.ItemDataRole.TextAlignmentRole)) & int(Qt.AlignmentFlag.AlignRight.value)
    name = view.model().index(9, NAME)  # Democratic Choice of Kazakhstan People's Party (DCK): its whole name
    assert "Democratic Choice of Kazakhstan" in name.data(Qt.ItemDataRole.ToolTipRole)


def test_table_4_headings_are_unbroken_and_its_figures_right_aligned(qtbot, window):
    window.resize(1256, 706)  # a 1366 x 768 laptop
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    article = window.article
    qtbot.waitUntil(lambda: article.browser.viewport().width() > 300)
    doc = article.browser.document()
    text = doc.toPlainText()
    undecided = text.index("Undecided")
    block = doc.findBlock(undecided)
    qtbot.waitUntil(lambda: block.layout().lineCount() > 0)
    assert block.layout().lineCount() == 1  # "Undecided" on one line (it broke as "Undecide/d")
    figure = doc.findBlock(text.index("47.4"))  # Table 4: Otan, Undecided 47.4
    assert figure.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_the_1999_table_leaves_the_twelve_parties_their_height(qtbot, window):
    window.resize(1256, 706)
    pane = window.list_pane
    pane.show_1999.setChecked(True)
    view = pane.view
    qtbot.waitUntil(lambda: pane.view_1999.isVisible())
    qtbot.wait(50)
    needed = sum(view.rowHeight(r) for r in range(12))
    assert view.viewport().height() >= needed
    assert pane.view_1999.height() >= 2 * pane.view_1999.verticalHeader().defaultSectionSize()  # scrolls


# -- first launch ----------------------------------------------------------------------------------------------
def test_a_first_launch_shows_the_overview_and_a_later_one_the_last_party(qtbot, settings):
    win = _window(qtbot, settings)
    text = _text(win)
    assert text.startswith(TITLE) and "Valentina Kurganskaia" in text
    for title in SECTIONS:
        assert title in text
    party_links = [a for _t, a in win.detail.link_labels() if a.kind == "party"]
    assert len(party_links) == 12 and _selected(win) == []
    assert "Ctrl+F" in text and "citation" in text
    win.detail.activate(next(a for t, a in win.detail.link_labels() if t.startswith("Republican Party Asar")))
    assert win.current == ("party", "asar")
    win.close()
    again = _window(qtbot, settings)
    assert again.current == ("party", "asar") and _selected(again) == ["asar"]
    again.close()


def test_choosing_parties_does_not_save_the_settings_file_each_time(qtbot, settings, tmp_path):
    """The party shown is remembered without a file write (and its fsync) in every click: a moment after
    the last choice, or when the window closes."""
    win = _window(qtbot, settings)
    saved = tmp_path / "settings.ini"
    win.last_tab.flush()  # the tab shown at start, waiting to be saved: now, so that only the clicks remain
    settings.sync()
    before = saved.read_text(encoding="utf-8") if saved.exists() else ""
    for key in ("otan", "asar", "akzhol"):
        win.show_party(key)
        qtbot.wait(20)  # QSettings saves in the event loop's next pass after a change
    after_clicks = saved.read_text(encoding="utf-8") if saved.exists() else ""
    assert after_clicks == before and "last_party" not in after_clicks
    qtbot.waitUntil(lambda: saved.exists() and "last_party=akzhol" in saved.read_text(encoding="utf-8"),
                    timeout=5000)
    win.show_party("cpk")
    win.tabs.setCurrentIndex(ARTICLE_TAB)  # the view shown is saved the same way
    qtbot.wait(20)
    assert f"tab={ARTICLE_TAB}" not in saved.read_text(encoding="utf-8").split("[view]")[-1]
    win.close()
    text = saved.read_text(encoding="utf-8")
    assert "last_party=cpk" in text and f"tab={ARTICLE_TAB}" in text.split("[view]")[-1]


# -- dark mode ---------------------------------------------------------------------------------------------------
def _dark() -> QPalette:
    pal = QPalette()
    for role, colour in [(QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Button, "#333333"), (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#3d6fb4"), (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.Link, "#8ab4f8")]:
        pal.setColor(role, QColor(colour))
    return pal


def _heading_lightness(html: str) -> int:
    import re

    return QColor(re.search(r'<h3 style="[^"]*color:(#[0-9a-f]{6})', html).group(1)).lightness()


def test_pages_render_again_when_the_palette_changes(qtbot, window):
    app = QApplication.instance()
    old = app.palette()
    window.show_party("otan")
    window.tabs.setCurrentIndex(ABOUT_TAB)
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    article_text = window.article.browser.toPlainText()
    window.tabs.setCurrentIndex(PARTY_TAB)
    assert _heading_lightness(window.detail.page.html) < 100  # dark headings on the light page
    try:
        app.setPalette(_dark())
        qtbot.waitUntil(lambda: _heading_lightness(window.detail.page.html) > 150, timeout=3000)
        assert _heading_lightness(window.about_tab.view.page.html) > 150
        assert window.article.browser.toPlainText() == article_text  # rebuilt whole
        assert window.tabs.currentIndex() == PARTY_TAB and window.current == ("party", "otan")
        # a rebuilt article's footnote markers take the new link colour
        doc = window.article.browser.document()
        fmt = doc.findBlock(article_text.index("Notes")).begin().fragment().charFormat()
        assert fmt.isValid()
    finally:
        app.setPalette(old)
    qtbot.waitUntil(lambda: _heading_lightness(window.detail.page.html) < 100, timeout=3000)


def _shown_heading_lightness(win) -> int:
    """The lightness of the first h3 heading as the pane draws it (its document, not the HTML given to it)."""
    block = win.detail.browser.document().begin()
    while block.isValid() and block.blockFormat().headingLevel() != 3:
        block = block.next()
    assert block.isValid(), "the page has no h3 heading"
    return block.begin().fragment().charFormat().foreground().color().lightness()


def test_a_page_shown_again_is_drawn_in_the_palette_and_size_of_now(qtbot, window):
    """Selecting a party shows a page parsed in idle time (Browser.prepare): one parsed in another palette or
    text size must never be the one drawn."""
    qtbot.waitUntil(lambda: window.pages_loader.done, timeout=10000)
    app = QApplication.instance()
    old = app.palette()
    window.show_party("otan")
    window.show_party("asar")
    assert _shown_heading_lightness(window) < 100
    usual = window.detail.browser.font().pointSizeF()
    try:
        app.setPalette(_dark())
        qtbot.waitUntil(lambda: _shown_heading_lightness(window) > 150, timeout=3000)
        window.show_party("otan")  # shown before, in the light palette
        assert _shown_heading_lightness(window) > 150
        assert "Otan" in _text(window)
        edit.zoom(window, 1)  # Ctrl++
        window.show_party("asar")  # shown before, at the usual size
        assert window.detail.browser.document().defaultFont().pointSizeF() == usual + 1
        assert "Asar" in _text(window)
    finally:
        app.setPalette(old)
        edit.zoom(window, 0)
    qtbot.waitUntil(lambda: _shown_heading_lightness(window) < 100, timeout=3000)
    window.show_party("otan")
    assert _shown_heading_lightness(window) < 100
    assert window.detail.browser.document().defaultFont().pointSizeF() == usual


def test_a_browser_keeps_a_bounded_number_of_pages_and_shows_the_one_asked_for(qtbot):
    from PySide6.QtGui import QTextDocument

    from kzbrowser.ui.browser import Browser

    browser = Browser()
    qtbot.addWidget(browser)
    browser.prepare("<p>page 0</p>")  # as the window does once it is up
    for i in range(300):  # a long session: many pages, some set directly (as a test or a bench would)
        browser.show_html(f"<p>page {i % 120}</p>")
        browser.setHtml(f"<p>direct {i}</p>")
        assert browser.toPlainText() == f"direct {i}"
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    browser.show_html("<p>page 7</p>")
    assert browser.toPlainText() == "page 7"
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert len(browser.findChildren(QTextDocument)) < 60  # not one per page shown


def test_a_system_colour_scheme_change_renders_again(qtbot, window):
    window._repaint_timer.stop()
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window._repaint_timer.isActive()  # the pages are rendered again on the next pass of the loop


# -- focus and keys ------------------------------------------------------------------------------------------------
def test_focus_is_framed_in_the_list_the_pane_and_the_results(qtbot, window):
    search = _open_search(window, "harmony")
    frame = window.focus_frame
    for tab, view in ((PARTY_TAB, window.list_pane.view), (PARTY_TAB, window.detail.browser),
                      (SEARCH_TAB, search.view), (ARTICLE_TAB, window.article.browser)):
        window.tabs.setCurrentIndex(tab)
        view.setFocus()
        qtbot.waitUntil(lambda v=view: frame.isVisible() and frame.target is v)
        assert frame.geometry() == QRect(view.mapTo(window, QPoint(0, 0)), view.size())
        assert frame.parentWidget() is window
    article = window.article  # the frame is not a pane of the article's splitter: the text keeps its width
    assert article.splitter.count() == 2
    window.list_pane.filter.setFocus()
    qtbot.waitUntil(lambda: not frame.isVisible())


def test_down_from_the_search_field_moves_into_the_results_and_enter_opens_one(qtbot, window):
    search = _open_search(window, "harmony")
    search.field.setFocus()
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert search.view.currentIndex().row() == _first_row_with_hit(search)
    hit = search.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(search.view, Qt.Key.Key_Return)
    if hit.kind == "quote":
        assert window.current == ("party", hit.party_key)
    else:
        assert window.tabs.currentIndex() == ARTICLE_TAB


def test_search_results_mark_the_matched_words(window):
    search = _open_search(window, "harmony")
    from kzbrowser.ui.search_pane import HTML_ROLE

    html = search.model.index(_first_row_with_hit(search)).data(HTML_ROLE)
    assert "<b><u>harmony</u></b>" in html and "\u2402" not in html  # not the symbol shown for the mark itself


def _first_row_with_hit(search) -> int:
    return next(r for r in range(search.model.rowCount()) if search.model.index(r).data(Qt.ItemDataRole.UserRole + 1))


def _menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_edit_menu_has_copy_select_all_and_find(window):
    assert {"Copy", "Select All", "Find…", "Find Next", "Find Previous"} <= set(_menu_texts(window, "Edit"))
    assert {"Zoom In", "Zoom Out", "Actual Size"} <= set(_menu_texts(window, "View"))
    assert "Close Window" in _menu_texts(window, "File")


def test_f1_shows_the_overview(qtbot, window):
    window.show_party("otan")
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.HelpContents))
    assert _text(window).startswith(TITLE)
    window.go_back()
    assert window.current == ("party", "otan")


def test_f3_opens_the_next_search_result(qtbot, window):
    search = _open_search(window, "harmony")
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.FindNext))
    first = search.view.currentIndex().row()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.FindNext))
    assert search.view.currentIndex().row() > first
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.FindPrevious))
    assert search.view.currentIndex().row() == first


def test_text_zoom_in_the_pane_and_the_article(qtbot, window):
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    window.tabs.setCurrentIndex(PARTY_TAB)
    usual = window.detail.browser.font().pointSizeF()
    qtbot.keySequence(window, QKeySequence("Ctrl++"))
    qtbot.keySequence(window, QKeySequence("Ctrl++"))
    assert window.detail.browser.font().pointSizeF() == usual + 2
    assert window.article.browser.font().pointSizeF() == usual + 2
    qtbot.keySequence(window, QKeySequence("Ctrl+-"))
    assert window.detail.browser.font().pointSizeF() == usual + 1
    qtbot.keySequence(window, QKeySequence("Ctrl+0"))
    assert window.detail.browser.font().pointSizeF() == usual == window.article.browser.font().pointSizeF()


def test_ctrl_w_closes_the_window(qtbot, window):
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Close))
    assert not window.isVisible()


def test_copy_in_the_party_list_copies_the_row(qtbot, window):
    window.show_party("otan")
    window.list_pane.view.setFocus()
    qtbot.waitUntil(lambda: window.list_pane.view.hasFocus())
    from kzbrowser.ui import edit

    edit.copy(window)
    assert QGuiApplication.clipboard().text() == "Republican Political Party Otan\t300,000\t12 February, 1999"


def test_about_gives_the_version_qt_and_the_data_checksum(window):
    from PySide6.QtCore import qVersion

    from kzbrowser.ui.about_app import about_text

    text = about_text(window.conn)
    assert "0.1.0" in text and f"Qt {qVersion()}" in text
    assert "e2bf5281cdb9167e2900bc1c29022f2922932cd8a5083f3dabea53a0e57a817d" in text  # README's checksum


# -- remembered -------------------------------------------------------------------------------------------------
def test_the_tab_the_sort_the_1999_list_and_the_search_scope_are_remembered(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = _window(qtbot, store)
    win.show_party("otan")
    win.list_pane.sort.setCurrentIndex(2)  # Membership
    win.list_pane.show_1999.setChecked(True)
    search = _open_search(win, "harmony")
    search.scope.setCurrentIndex(search.scope.findData("quotes"))
    win.tabs.setCurrentIndex(ARTICLE_TAB)
    win.close()
    again = _window(qtbot, store)
    qtbot.waitUntil(lambda: again.tabs.currentIndex() == ARTICLE_TAB)
    assert again.list_pane.sort.currentText() == "Membership"
    assert again.list_pane.show_1999.isChecked()
    assert again.search_tab.get().scope.currentData() == "quotes"
    assert again.current == ("party", "otan")
    again.close()


def test_the_party_chosen_last_is_saved_when_the_application_quits(qtbot, settings, tmp_path):
    win = _window(qtbot, settings)
    win.show_party("cpk")
    QApplication.instance().aboutToQuit.emit()  # what quitting sends, closed window or not
    assert "last_party=cpk" in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    win.close()



def test_the_first_frame_shows_the_menu_titles_and_a_menu_opened_early_is_filled(qtbot, settings):
    # The menus' contents are made once the first frame is painted; a menu opened (or an action asked for) before
    # that is filled then.
    win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)  # not shown: no frame painted yet
    qtbot.addWidget(win)
    bar = [a.text() for a in win.menuBar().actions()]
    assert bar == ["&File", "&Edit", "&Go", "&View", "&Charts", "&Help"]
    assert [a.text() for a in win.findChild(QToolBar, "navigation").actions() if not a.isSeparator()] == [
        "&Back", "&Forward", "Copy article &citation"]
    file_menu = win.menuBar().actions()[0].menu()
    file_menu.aboutToShow.emit()
    assert [a.text() for a in file_menu.actions() if not a.isSeparator()] == [
        "&Print…", "Save as P&DF…", "Export as &Markdown…", "Copy article &citation", "Copy citation as &BibTeX",
        "Citation &details…", "&Close Window", "&Quit"]
    assert win.back_action.shortcut().toString() == "Alt+Left"


def test_an_action_asked_for_before_the_first_frame_is_made_then(qtbot, settings):
    win = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
    qtbot.addWidget(win)
    assert win.print_action.text() == "&Print…"
    assert next(a.text() for a in win.charts_menu.actions() if not a.isSeparator()) == "Show &charts"
    with pytest.raises(AttributeError):
        _ = win.no_such_action


def test_the_filter_and_the_sort_work_before_the_first_frame(qtbot, settings):
    # The folded names (what the filter matches, the name column's sort key) are made when first needed, not for
    # the first frame: text typed into the filter of a window not yet painted still finds its party.
    from tests.conftest import BUNDLED_DB

    from kzbrowser.read.db import connect
    from kzbrowser.ui.main_window import MainWindow

    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, settings)
    qtbot.addWidget(win)
    assert not win.is_ready
    pane = win.list_pane
    pane.filter.setText("civilian")  # Kazakhstan Civilian Party (KCP)
    shown = [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())]
    assert shown == ["Kazakhstan Civilian Party (KCP)"]
    pane.filter.setText("Otan")
    assert [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())] == [
        "Republican Political Party Otan"]
    pane.filter.clear()
    pane.sort.setCurrentIndex(pane.sort.findText("Name"))  # by name, A to Z, before the first frame too
    names = [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())]
    assert names[0] == "Agrarian Party of Kazakhstan (APK)" and names[-1] == "Republican Political Party Otan"
    win.close()
    conn.close()


def test_sorting_by_name_once_the_window_is_ready(qtbot, window):
    pane = window.list_pane
    pane.sort.setCurrentIndex(pane.sort.findText("Name"))  # by name, A to Z
    names = [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())]
    assert names[0] == "Agrarian Party of Kazakhstan (APK)" and names[-1] == "Republican Political Party Otan"
