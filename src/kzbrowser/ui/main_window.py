"""The main window: party list on the left; party, article, search, charts and sources on the right."""

from __future__ import annotations

import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget, QWidget

from kzbrowser.read.parties import Parties
from kzbrowser.ui import pages, settings, views
from kzbrowser.ui.charts.preload import GATE, preload_then_build
from kzbrowser.ui.detail_pane import DetailPane
from kzbrowser.ui.geometry import place_window
from kzbrowser.ui.history import ARTICLE, OVERVIEW, PARTY, PARTY_1999, Place
from kzbrowser.ui.lazy_tab import IdleSteps, LazyTab
from kzbrowser.ui.menus import FILLED, chart_shortcuts, fill_menus, make_actions
from kzbrowser.ui.navigation import Navigator
from kzbrowser.ui.party_list import PartyListPane
from kzbrowser.ui.settings import LAST_PARTY, TAB, WrittenLater

if TYPE_CHECKING:  # each is imported when its tab is first built, or its page first shown
    from kzbrowser.present.html import Page
    from kzbrowser.read.citation import Source
    from kzbrowser.ui.article_view import ArticleView
    from kzbrowser.ui.cite_copy import CopyMenu
    from kzbrowser.ui.compare_view import CompareView
    from kzbrowser.ui.focus_frame import FocusFrame
    from kzbrowser.ui.search_keys import ResultKeys

PARTY_TAB, ARTICLE_TAB, SEARCH_TAB, CHARTS_TAB, ABOUT_TAB, COMPARE_TAB = range(6)


class MainWindow(QMainWindow):
    """The party list beside the tabbed views, with menus, a toolbar and the status bar.

    Signals:
        ready(): the set-up left for after the first frame is done (see _finish_setup).
    """

    ready = Signal()
    # made by menus.make_actions; the rest (menus.FILLED) by menus.fill_menus once the first frame is painted
    back_action: QAction
    forward_action: QAction
    find_action: QAction
    filter_action: QAction
    cite_action: QAction
    bibtex_action: QAction
    cite_details_action: QAction
    print_action: QAction  # File > Print, Save as PDF, Export as Markdown (ui/print_commands.py)
    pdf_action: QAction
    markdown_action: QAction
    print_dialog: QWidget | None = None  # the print preview while it is open
    charts_menu: QMenu
    menus_filled = False  # menus.fill_menus has run
    chart_actions: list[QAction]  # menus.CHART_COMMANDS, in the Charts menu from the start
    focus_frame: FocusFrame  # made once the first frame is shown (window_setup.finish_setup)
    search_keys: ResultKeys | None = None  # the search tab's keys, once it is built (views.make_search)
    pages_loader: IdleSteps | None = None  # the party pages parsed in idle time (pages.prepare_pages)

    def __init__(self, conn: sqlite3.Connection, db_path: Path, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.db_path = Path(db_path)
        self.settings = settings or QSettings()
        self.parties = Parties(conn)
        self.menus: dict[str, QMenu] = {}  # the menu bar's, by menus.MENUS name
        self.copy_menus: dict[str, CopyMenu] = {}  # the copy actions of the article and the search results
        self.summaries = summaries = self.parties.summaries()
        self.names = {p.key: p.full_name for p in summaries}
        self.parties_1999 = {r["name"]: r for r in self.parties.parties_1999()}
        self.nav = Navigator(self)  # back and forward across the views
        self.detail_place = Place(OVERVIEW)  # what the Party tab shows
        self._marks: dict[int, list[tuple[int, int]]] | None = None  # a search's matches on the party shown
        self.zoom_level = 0  # points added to the reading views' text (ui/edit.py)
        self.pages: dict[tuple[Any, ...], tuple[Page, tuple[Any, ...]]] = {}  # rendered pages (ui/pages.py)
        # What the first frame does not need is set up once that frame is painted (see paintEvent): header
        # sorting, which needs the Qt namespace (~40 ms, see party_models.DISPLAY_ROLE), and the filter's clear
        # button (PartyListPane.finish_setup). A child timer, so it never fires for a window already gone.
        self._setup_timer = QTimer(self)
        self._setup_timer.setSingleShot(True)
        self._setup_timer.setInterval(0)
        self._setup_timer.timeout.connect(self._finish_setup)
        self._set_up = False
        self.is_ready = False  # True once _finish_setup has run (and ready was emitted)
        self._repaint_timer = QTimer(self)  # a palette change arrives as many events: render once, after them
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.setInterval(0)
        self._repaint_timer.timeout.connect(self.rerender)
        # (the argument hides the settings module) What changes with a click is saved a moment later
        self.last_party = WrittenLater(LAST_PARTY, self.settings, self)
        self.last_tab = WrittenLater(TAB, self.settings, self)

        # The article's title stays as printed (in English); only "kzbrowser —" is ours
        self.setWindowTitle("kzbrowser — The Party System in Kazakhstan and the Ethnic Issue")
        self.list_pane = PartyListPane(summaries, list(self.parties_1999.values()), self, self.parties.groups())
        self.detail = DetailPane(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.addTab(self.detail, self.tr("&Party"))
        # Every other view is built when first shown or needed: start-up pays only for the party pane.
        self.article_tab = LazyTab(self.tabs, ARTICLE_TAB, self.tr("&Article"), self.tr("Loading the article…"),
                                   lambda: views.make_article(self))
        self.search_tab = LazyTab(self.tabs, SEARCH_TAB, self.tr("&Search"), self.tr("Loading search…"),
                                  lambda: views.make_search(self),
                                  lambda v: views.connect_search(self, v))
        # deferred: importing pyqtgraph takes a noticeable moment, so the placeholder is shown meanwhile
        self.charts_tab = LazyTab(self.tabs, CHARTS_TAB, self.tr("C&harts"), self.tr("Loading charts…"),
                                  lambda: views.make_charts(self),
                                  lambda v: views.connect_charts(self, v), deferred=True)
        self.about_tab = LazyTab(self.tabs, ABOUT_TAB, self.tr("About the &data"), self.tr("Loading…"),
                                 lambda: views.make_about(self),
                                 self._connect_pane)
        self.compare_tab = LazyTab(self.tabs, COMPARE_TAB, self.tr("Co&mpare"), "…",
                                   lambda: views.make_compare(self), self._connect_pane)

        self.splitter = QSplitter()  # side by side; setCentralWidget makes it ours. (QSplitter(self) would build
        # PySide's Qt namespace to tell a parent from an orientation: see party_models.DISPLAY_ROLE)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([470, 760])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.list_pane.party_selected.connect(self.show_party)
        self.list_pane.party1999_selected.connect(self.show_party_1999)
        self.list_pane.compare_requested.connect(self.compare_parties)
        self._connect_pane(self.detail)

        make_actions(self)
        self.tabs.currentChanged.connect(self._on_view_changed)
        # The charts' imports and build, in pieces while the user looks at the window (after ready)
        self.charts_loader = IdleSteps(preload_then_build(self.charts_tab, self.tabs), self, hold=GATE.hold)
        self.statusBar().showMessage(self.tr("Select a party on the left; every fact links to where the article "
                                             "says it."))
        self._restore()

    def __getattr__(self, name: str) -> Any:
        """An action of menus.FILLED asked for before the first frame was painted: the menus are filled now."""
        if name in FILLED and not self.menus_filled:
            fill_menus(self)
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @cached_property
    def source(self) -> Source:
        """The one citation, with the user's details and style (File > Citation details…): made when first
        needed (a party's page, a copy), not for the first frame."""
        from kzbrowser.read.citation import Source

        s = self.settings
        return Source.from_db(self.conn, settings.citation_details(s), settings.CITE_STYLE.read(s))

    def _connect_pane(self, pane: DetailPane | CompareView) -> None:
        pane.show_spans.connect(self.show_in_article)
        pane.party_requested.connect(self.show_party)
        pane.party1999_requested.connect(self.show_party_1999)
        pane.copied.connect(self._on_copied)

    # -- navigation: every way of showing a party comes here (the list, links, charts, search, history) ----
    def show_party(self, key: str, record: bool = True, marks: dict[int, list[tuple[int, int]]] | None = None
                   ) -> None:
        self.nav.leave()
        self._marks = marks
        page, exports = pages.party_page(self, key, marks)
        self._show_detail(Place(PARTY, key), page, key, None, record, exports)
        for quote_id in marks or {}:
            self.detail.browser.scrollToAnchor(f"quote-{quote_id}")
        self.last_party.write(key)

    def show_party_1999(self, name: str, record: bool = True) -> None:
        self.nav.leave()
        page, exports = pages.party_1999_page(self, name)
        self._show_detail(Place(PARTY_1999, name), page, None, name, record, exports)

    def show_overview(self, record: bool = True) -> None:
        """The overview page (first launch, Help): what the article is, its parties, how to use kzbrowser."""
        self.nav.leave()
        page, exports = pages.overview_page(self)
        self._show_detail(Place(OVERVIEW), page, None, None, record, exports)

    def _show_detail(self, place: Place, page: Page, key: str | None, name_1999: str | None, record: bool,
                     exports: tuple[Any, ...] = ()) -> None:
        self.detail.set_page(page, *exports)  # exports: the page for paper and as Markdown (print_commands)
        self.detail_place = place
        self.list_pane.select_party(key, name_1999)  # the list shows exactly what the pane shows
        with self.nav.quietly():
            self.tabs.setCurrentIndex(PARTY_TAB)
        self.current = (place.kind, place.target)
        if record:
            self.nav.record(place)

    def go_back(self) -> None:
        self.nav.back()

    def go_forward(self) -> None:
        self.nav.forward()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.nav.history.can_go_back)
        self.forward_action.setEnabled(self.nav.history.can_go_forward)

    @property
    def article(self) -> ArticleView:
        """The article reader, built now if it is not yet (a link may need it before its tab is shown)."""
        return self.article_tab.get()

    def show_in_article(self, spans: list[tuple[int, int]]) -> None:
        self.nav.leave()
        article = self.article
        with self.nav.quietly():
            self.article_tab.show()
        article.show_spans(spans)
        article.browser.setFocus()
        self.nav.record(Place(ARTICLE, spans=tuple((int(a), int(b)) for a, b in spans)))

    # -- clipboard --------------------------------------------------------------------------------------------
    def copy_citation(self, bibtex: bool = False) -> None:
        """The article's citation (or its BibTeX entry) to the clipboard."""
        text = self.source.bibtex() if bibtex else self.source.reference()
        QGuiApplication.clipboard().setText(text)
        self._on_copied(text)

    def _on_copied(self, text: str) -> None:
        short = text if len(text) < 90 else text[:87] + "…"
        self.statusBar().showMessage(self.tr("Copied: {text}").format(text=short), 6000)

    # -- the lazy tabs' views (made and wired in ui/views.py) ---------------------------------------------------
    def compare_parties(self, keys: list[str]) -> None:
        views.compare_parties(self, keys)

    def _on_find(self) -> None:
        self.search_tab.show()
        self.search_tab.get().focus_field()

    def _on_quote_found(self, key: str, quote_id: int, matches: list[tuple[int, int]]) -> None:
        self.show_party(key, marks={quote_id: [(a, b) for a, b in matches]})

    def _restore(self) -> None:
        s = self.settings
        # Each restore checks the bytes itself and returns False on ones it cannot use; either way the window
        # ends up on the screen it opens on, no bigger than it.
        place_window(self, self.restoreGeometry(settings.GEOMETRY.read(s)))
        self.restoreState(settings.STATE.read(s))
        if not self.splitter.restoreState(settings.SPLITTER.read(s)):
            list_width = max(470, self.width() * 2 // 5)  # party names in two lines at most, where there is room
            self.splitter.setSizes([list_width, max(300, self.width() - list_width)])
        self.list_pane.sort.blockSignals(True)  # applied with the header sorting, once the first frame is shown
        self.list_pane.sort.setCurrentIndex(settings.SORT.read(s))
        self.list_pane.sort.blockSignals(False)
        key = settings.LAST_PARTY.read(s)
        if not key:  # a first launch: what the article is and how to use kzbrowser
            self.show_overview()
        else:
            self.show_party(key if key in self.names else next(iter(self.names)))

    # -- start-up -------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._set_up:
            self._set_up = True
            self._setup_timer.start()  # runs once this first frame is on the screen

    def _finish_setup(self) -> None:
        """Set-up the first frame does not show, done while the user looks at it."""
        from kzbrowser.ui.window_setup import finish_setup

        fill_menus(self)
        self.list_pane.finish_setup()
        finish_setup(self)  # what else the user left (tab, 1999 list), the mouse's back button, the focus frames
        self.is_ready = True
        self._on_view_changed(self.tabs.currentIndex())
        self.ready.emit()
        self.charts_loader.start()

    def _on_view_changed(self, index: int) -> None:
        self.nav.on_tab_changed(index)
        if self._set_up:  # the Qt namespace waits for the first frame, so the chart shortcuts for ready
            chart_shortcuts(self.chart_actions, index == CHARTS_TAB)
            self.last_tab.write(index)

    def changeEvent(self, event: QEvent) -> None:
        # A new palette (a dark theme, the system's colour scheme changing): the pages' colours are baked into
        # their HTML and formats, so each is rendered again, once the whole change has arrived.
        if int(event.type().value) in (39, 210) and self._set_up:  # QEvent.PaletteChange, ThemeChange
            self._repaint_timer.start()
        super().changeEvent(event)

    def on_scheme_changed(self, _scheme: object) -> None:
        """The system's colour scheme changed (Qt then gives the application its palette): render again."""
        self._repaint_timer.start()

    def rerender(self) -> None:
        from kzbrowser.ui.window_setup import rerender

        rerender(self)

    def _save_later(self) -> None:
        """What is saved a moment after it changes, now (the window closes, or the application quits)."""
        self.last_party.flush()
        self.last_tab.flush()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.charts_loader.stop()  # a window closed is not idle: its database may be closed next
        if self.pages_loader is not None:
            self.pages_loader.stop()
        self._setup_timer.stop()  # nor is one closed before its set-up after the first frame has run
        self._repaint_timer.stop()  # nor rendered again (its pages' queries) once closed
        self._save_later()
        settings.GEOMETRY.write(self.settings, self.saveGeometry())
        settings.STATE.write(self.settings, self.saveState())
        settings.SPLITTER.write(self.settings, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
