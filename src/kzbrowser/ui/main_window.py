"""The main window: party list on the left; party, article, search, charts and sources on the right."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget, QWidget

from kzbrowser.present.profile import render_1999, render_profile
from kzbrowser.read.citation import Source
from kzbrowser.read.parties import Parties
from kzbrowser.ui import settings
from kzbrowser.ui.charts.preload import GATE, preload_then_build
from kzbrowser.ui.detail_pane import DetailPane
from kzbrowser.ui.history import History
from kzbrowser.ui.lazy_tab import IdleSteps, LazyTab, Unavailable
from kzbrowser.ui.menus import chart_shortcuts, make_actions
from kzbrowser.ui.palette import colors_for
from kzbrowser.ui.party_list import PartyListPane
from kzbrowser.ui.print_commands import party_1999_exports, profile_exports

if TYPE_CHECKING:  # each is imported when its tab is first built
    from kzbrowser.ui.article_view import ArticleView
    from kzbrowser.ui.charts.tab import ChartsTab
    from kzbrowser.ui.cite_copy import CopyMenu
    from kzbrowser.ui.compare_view import CompareView
    from kzbrowser.ui.search_pane import SearchPane

PARTY_TAB, ARTICLE_TAB, SEARCH_TAB, CHARTS_TAB, ABOUT_TAB, COMPARE_TAB = range(6)


class MainWindow(QMainWindow):
    """The party list beside the tabbed views, with menus, a toolbar and the status bar.

    Signals:
        ready(): the set-up left for after the first frame is done (see _finish_setup).
    """

    ready = Signal()
    # made by menus.make_actions
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
    chart_actions: list[QAction]  # menus.CHART_COMMANDS, in the Charts menu from the start

    def __init__(self, conn: sqlite3.Connection, db_path: Path, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.db_path = Path(db_path)
        self.settings = settings or QSettings()
        self.parties = Parties(conn)
        self.source = Source.from_db(conn)  # the one citation: its details and style are read in _restore
        self.copy_menus: dict[str, CopyMenu] = {}  # the copy actions of the article and the search results
        summaries = self.parties.summaries()
        self.names = {p.key: p.full_name for p in summaries}
        self._p1999 = {r["name"]: r for r in self.parties.parties_1999()}
        self.history: History[tuple[str, str]] = History()  # ("party", key) or ("party1999", printed name)
        # What the first frame does not need is set up once that frame is painted (see paintEvent): header
        # sorting, which needs the Qt namespace (~40 ms, see party_models.DISPLAY_ROLE), and the filter's clear
        # button (PartyListPane.finish_setup). A child timer, so it never fires for a window already gone.
        self._setup_timer = QTimer(self)
        self._setup_timer.setSingleShot(True)
        self._setup_timer.setInterval(0)
        self._setup_timer.timeout.connect(self._finish_setup)
        self._set_up = False

        self.setWindowTitle("kzbrowser — The Party System in Kazakhstan and the Ethnic Issue")
        self.list_pane = PartyListPane(summaries, list(self._p1999.values()), self, self.parties.groups())
        self.detail = DetailPane(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Views")
        self.tabs.addTab(self.detail, "&Party")
        # Every other view is built when first shown or needed: start-up pays only for the party pane.
        self.article_tab = LazyTab(self.tabs, ARTICLE_TAB, "&Article", "Loading the article…", self._make_article)
        self.search_tab = LazyTab(self.tabs, SEARCH_TAB, "&Search", "Loading search…", self._make_search,
                                  self._connect_search)
        # deferred: importing pyqtgraph takes a noticeable moment, so the placeholder is shown meanwhile
        self.charts_tab = LazyTab(self.tabs, CHARTS_TAB, "C&harts", "Loading charts…", self._make_charts,
                                  self._connect_charts, deferred=True)
        self.about_tab = LazyTab(self.tabs, ABOUT_TAB, "About the &data", "Loading…", self._make_about,
                                 self._connect_pane)
        self.compare_tab = LazyTab(self.tabs, COMPARE_TAB, "Co&mpare", "…", self._make_compare, self._connect_pane)

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
        self.statusBar().showMessage("Select a party on the left; every fact links to where the article says it.")
        self._restore()

    def _connect_pane(self, pane: DetailPane | CompareView) -> None:
        pane.show_spans.connect(self.show_in_article)
        pane.party_requested.connect(self.show_party)
        pane.party1999_requested.connect(self.show_party_1999)
        pane.copied.connect(self._on_copied)

    # -- navigation -------------------------------------------------------------------------------------------
    def show_party(self, key: str, record: bool = True, marks: dict[int, list[tuple[int, int]]] | None = None
                   ) -> None:
        profile = self.parties.profile(key)
        page = render_profile(profile, self.source, colors_for(self.detail.browser), marks)
        self.detail.set_page(page, *profile_exports(profile, self.source))
        for quote_id in marks or {}:
            self.detail.browser.scrollToAnchor(f"quote-{quote_id}")
        self.list_pane.select_party(key)
        self.tabs.setCurrentIndex(PARTY_TAB)
        self.current = ("party", key)
        if record:
            self._record(("party", key))
        settings.LAST_PARTY.write(self.settings, key)

    def show_party_1999(self, name: str, record: bool = True) -> None:
        party = self._p1999[name]
        successor = self.names.get(party.get("successor") or "")
        page = render_1999(party, successor, colors_for(self.detail.browser))
        self.detail.set_page(page, *party_1999_exports(party, successor, self.source))
        self.tabs.setCurrentIndex(PARTY_TAB)
        self.current = ("party1999", name)
        if record:
            self._record(("party1999", name))

    def _record(self, entry: tuple[str, str]) -> None:
        self.history.visit(entry)
        self._update_history_actions()

    def go_back(self) -> None:
        self._revisit(self.history.back())

    def go_forward(self) -> None:
        self._revisit(self.history.forward())

    def _revisit(self, entry: tuple[str, str] | None) -> None:
        if entry is None:
            return
        kind, target = entry
        (self.show_party if kind == "party" else self.show_party_1999)(target, record=False)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back)
        self.forward_action.setEnabled(self.history.can_go_forward)

    @property
    def article(self) -> ArticleView:
        """The article reader, built now if it is not yet (a link may need it before its tab is shown)."""
        return self.article_tab.get()

    def show_in_article(self, spans: list[tuple[int, int]]) -> None:
        article = self.article
        self.article_tab.show()
        article.show_spans(spans)
        article.browser.setFocus()

    # -- clipboard --------------------------------------------------------------------------------------------
    def copy_citation(self) -> None:
        text = self.source.reference()
        QGuiApplication.clipboard().setText(text)
        self._on_copied(text)

    def copy_bibtex(self) -> None:
        text = self.source.bibtex()
        QGuiApplication.clipboard().setText(text)
        self._on_copied(text)

    def _on_copied(self, text: str) -> None:
        short = text if len(text) < 90 else text[:87] + "…"
        self.statusBar().showMessage(f"Copied: {short}", 6000)

    # -- the lazy tabs' views ----------------------------------------------------------------------------------
    def _make_article(self) -> ArticleView:
        from kzbrowser.ui.article_view import ArticleView
        from kzbrowser.ui.cite_copy import install_article_copy

        view = ArticleView(self.conn, self)
        self.copy_menus["article"] = install_article_copy(view, self.source, self._on_copied)
        return view

    def _make_search(self) -> SearchPane:
        from kzbrowser.ui.search_pane import SearchPane

        return SearchPane(self.conn, self.parties.filter_choices(self.names), self.source, self.settings, self)

    def _connect_search(self, search: SearchPane) -> None:
        search.quote_activated.connect(self._on_quote_found)
        search.spans_activated.connect(self.show_in_article)
        search.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        from kzbrowser.ui.cite_copy import install_search_copy

        self.copy_menus["search"] = install_search_copy(search, self._on_copied)

    def _make_charts(self) -> ChartsTab:
        GATE.need_now()  # a background import held at a module would hold this import too
        try:
            from kzbrowser.ui.charts.tab import ChartsTab  # pyqtgraph: imported only when the charts are shown
        except ImportError as exc:  # charts not installed in this build
            raise Unavailable(f"Charts are not available: {exc}") from exc

        return ChartsTab(self.conn, self.settings, self, actions=self.chart_actions, source=self.source)

    def _connect_charts(self, charts: ChartsTab) -> None:
        charts.party_activated.connect(self.show_party)
        charts.exported.connect(lambda path: self.statusBar().showMessage(f"Saved {path}", 8000))
        charts.checks_requested.connect(self.show_checks)
        charts.article_requested.connect(self.show_in_article)

    def run_chart_command(self, command: str) -> None:
        """A chart command from the menu or its shortcut: shows the charts (built now if need be), then runs."""
        self.charts_tab.show()
        try:
            charts = self.charts_tab.get()
        except Unavailable as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        charts.run(command)

    def show_checks(self, keys: list[str]) -> None:
        """'About the data', scrolled to these consistency checks (checks.key), which are highlighted."""
        self.about_tab.show()
        self.about_tab.get().mark_anchors([f"check-{k}" for k in keys])

    def _make_about(self) -> DetailPane:
        from kzbrowser.present.about import render_about  # runs the verification report: only when asked

        about = DetailPane(self)
        about.browser.setAccessibleName("About the data")
        about.set_page(render_about(self.conn, str(self.db_path), colors_for(about.browser)))
        return about

    def _make_compare(self) -> CompareView:
        from kzbrowser.ui.compare_view import CompareView
        return CompareView(self.conn, self.source, self)

    def compare_parties(self, keys: list[str]) -> None:  # the view says why when they cannot be compared
        self.compare_tab.shown().set_parties(keys)

    def _on_find(self) -> None:
        self.search_tab.show()
        self.search_tab.get().focus_field()

    def _on_quote_found(self, key: str, quote_id: int, matches: list[tuple[int, int]]) -> None:
        self.show_party(key, marks={quote_id: [(a, b) for a, b in matches]})

    def _on_about_app(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, "About kzbrowser",
                          "<p><b>kzbrowser</b> — an offline reference browser for V. Kurganskaia, “The Party "
                          "System in Kazakhstan and the Ethnic Issue”.</p><p>Every fact links to the passage "
                          "of the article it comes from. No network connection is ever made.</p>")

    # -- settings -------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        self.source.details, self.source.style = settings.citation_details(s), settings.CITE_STYLE.read(s)
        # Each restore checks the bytes itself and returns False on ones it cannot use
        if not self.restoreGeometry(settings.GEOMETRY.read(s)):
            self.resize(1280, 820)
        self.restoreState(settings.STATE.read(s))
        self.splitter.restoreState(settings.SPLITTER.read(s))
        key = settings.LAST_PARTY.read(s)
        if key not in self.names:
            key = next(iter(self.names))
        self.show_party(key)

    # -- start-up -------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._set_up:
            self._set_up = True
            self._setup_timer.start()  # runs once this first frame is on the screen

    def _finish_setup(self) -> None:
        """Set-up the first frame does not show, done while the user looks at it."""
        self.list_pane.finish_setup()
        self._on_view_changed(self.tabs.currentIndex())
        self.ready.emit()
        self.charts_loader.start()

    def _on_view_changed(self, index: int) -> None:
        if self._set_up:  # the Qt namespace waits for the first frame, so the chart shortcuts for ready
            chart_shortcuts(self.chart_actions, index == CHARTS_TAB)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.charts_loader.stop()  # a window closed is not idle: its database may be closed next
        settings.GEOMETRY.write(self.settings, self.saveGeometry())
        settings.STATE.write(self.settings, self.saveState())
        settings.SPLITTER.write(self.settings, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
