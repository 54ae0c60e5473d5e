"""The main window's views that are built when first shown (see lazy_tab.LazyTab), and their wiring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzbrowser.ui.i18n import translate
from kzbrowser.ui.lazy_tab import Unavailable

if TYPE_CHECKING:
    from collections.abc import Callable

    from kzbrowser.present.html import Page
    from kzbrowser.present.printable import Printable
    from kzbrowser.ui.article_view import ArticleView
    from kzbrowser.ui.charts.tab import ChartsTab
    from kzbrowser.ui.compare_view import CompareView
    from kzbrowser.ui.detail_pane import DetailPane
    from kzbrowser.ui.main_window import MainWindow
    from kzbrowser.ui.search_pane import SearchPane


def make_article(win: MainWindow) -> ArticleView:
    from kzbrowser.ui.article_view import ArticleView
    from kzbrowser.ui.cite_copy import install_article_copy
    from kzbrowser.ui.edit import apply_zoom
    from kzbrowser.ui.window_setup import style_view

    article = ArticleView(win.conn, win)
    win.copy_menus["article"] = install_article_copy(article, win.source, win._on_copied)
    article.jumped.connect(win.nav.article_jumped)
    style_view(win, article.browser)
    if win.zoom_level:
        apply_zoom(article.browser, win.zoom_level)
    return article


def make_search(win: MainWindow) -> SearchPane:
    from kzbrowser.ui.search_keys import ResultKeys
    from kzbrowser.ui.search_pane import SearchPane

    search = SearchPane(win.conn, win.parties.filter_choices(win.names, translate), win.source, win.settings, win)
    win.search_keys = ResultKeys(search, win.settings)  # Down into the results, Find Next, the scope kept
    return search


def connect_search(win: MainWindow, search: SearchPane) -> None:
    from kzbrowser.ui.cite_copy import install_search_copy
    from kzbrowser.ui.window_setup import style_view

    win.copy_menus["search"] = install_search_copy(search, win._on_copied)
    search.quote_activated.connect(win._on_quote_found)
    search.spans_activated.connect(win.show_in_article)
    search.message.connect(lambda text: win.statusBar().showMessage(text, 6000))
    style_view(win, search.view)


def make_charts(win: MainWindow) -> ChartsTab:
    from kzbrowser.ui.charts.preload import GATE

    GATE.need_now()  # a background import held at a module would hold this import too
    try:
        from kzbrowser.ui.charts.tab import ChartsTab  # pyqtgraph: imported only when the charts are shown
    except ImportError as exc:  # charts not installed in this build
        raise Unavailable(translate("MainWindow", "Charts are not available: {error}").format(error=exc)) from exc

    return ChartsTab(win.conn, win.settings, win, actions=win.chart_actions, source=win.source)


def connect_charts(win: MainWindow, charts: ChartsTab) -> None:
    charts.party_activated.connect(win.show_party)
    charts.exported.connect(lambda path: win.statusBar().showMessage(
        translate("MainWindow", "Saved {path}").format(path=path), 8000))
    charts.checks_requested.connect(lambda keys: show_checks(win, keys))
    charts.article_requested.connect(win.show_in_article)
    charts.tabs.currentChanged.connect(win.nav.chart_changed)


def style_about(win: MainWindow, about: DetailPane) -> None:
    """About the data's pane as the other reading views: the focus frame, the text size."""
    from kzbrowser.ui.edit import apply_zoom
    from kzbrowser.ui.window_setup import style_view

    style_view(win, about.browser)
    if win.zoom_level:
        apply_zoom(about.browser, win.zoom_level)


def run_chart_command(win: MainWindow, command: str) -> None:
    """A chart command from the menu or its shortcut: shows the charts (built now if need be), then runs."""
    win.charts_tab.show()
    try:
        charts = win.charts_tab.get()
    except Unavailable as exc:
        win.statusBar().showMessage(str(exc), 8000)
        return
    charts.run(command)


def make_about(win: MainWindow) -> DetailPane:
    from kzbrowser.ui.detail_pane import DetailPane

    about = DetailPane(win)
    about.browser.setAccessibleName(translate("MainWindow", "About the data"))
    style_about(win, about)
    about.set_page(about_page(win, about))
    return about


def about_page(win: MainWindow, about: DetailPane) -> Page:
    from kzbrowser.present.about import render_about  # runs the verification report: only when asked
    from kzbrowser.ui.palette import colors_for

    return render_about(win.conn, str(win.db_path), colors_for(about.browser), translate)


def overview_exports(win: MainWindow) -> tuple[Callable[[], Printable]]:
    """The overview for paper (File > Print, Save as PDF), made only when asked for."""
    def printable() -> Printable:
        from kzbrowser.present.printable import overview_printable

        return overview_printable(win.conn, win.summaries, win.source, translate)

    return (printable,)


def make_compare(win: MainWindow) -> CompareView:
    from kzbrowser.ui.compare_view import CompareView

    view = CompareView(win.conn, win.source, win)
    view.leaving.connect(win.nav.leave)  # where the comparison shown was scrolled to, kept in its place
    view.compared.connect(win.nav.compared)  # each comparison is a place in Back/Forward
    return view


def compare_parties(win: MainWindow, keys: list[str]) -> None:
    """The Compare view, showing these parties (or saying why they cannot be compared)."""
    from kzbrowser.ui.history import COMPARE, Place

    win.nav.leave()
    with win.nav.quietly():
        view = win.compare_tab.shown()
    if not view.set_parties(keys):  # the place is the comparison still shown
        win.nav.record(Place(COMPARE, extra=tuple(view.keys)))


def show_checks(win: MainWindow, keys: list[str]) -> None:
    """'About the data', scrolled to these consistency checks (checks.key), which are highlighted."""
    from kzbrowser.ui.history import ABOUT, Place

    win.nav.leave()
    with win.nav.quietly():
        win.about_tab.show()
    win.about_tab.get().mark_anchors([f"check-{k}" for k in keys])
    win.nav.record(Place(ABOUT, ",".join(keys)))
