"""The main window's views that are built when first shown (see lazy_tab.LazyTab), and their wiring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzbrowser.ui.lazy_tab import Unavailable

if TYPE_CHECKING:
    from kzbrowser.ui.article_view import ArticleView
    from kzbrowser.ui.charts.tab import ChartsTab
    from kzbrowser.ui.detail_pane import DetailPane
    from kzbrowser.ui.main_window import MainWindow
    from kzbrowser.ui.search_pane import SearchPane


def make_article(win: MainWindow) -> ArticleView:
    from kzbrowser.ui.article_view import ArticleView
    from kzbrowser.ui.edit import apply_zoom
    from kzbrowser.ui.window_setup import style_view

    article = ArticleView(win.conn, win)
    article.jumped.connect(win.nav.article_jumped)
    style_view(win, article.browser)
    if win.zoom_level:
        apply_zoom(article.browser, win.zoom_level)
    return article


def make_search(win: MainWindow) -> SearchPane:
    from kzbrowser.ui.search_pane import SearchPane

    return SearchPane(win.conn, list(win.names.items()), win.source, win.settings, win)


def connect_search(win: MainWindow, search: SearchPane) -> None:
    from kzbrowser.ui.window_setup import style_view

    search.quote_activated.connect(win._on_quote_found)
    search.spans_activated.connect(win.show_in_article)
    search.message.connect(lambda text: win.statusBar().showMessage(text, 6000))
    style_view(win, search.view)


def make_charts(win: MainWindow) -> ChartsTab:
    try:
        from kzbrowser.ui.charts.tab import ChartsTab  # pyqtgraph: imported only when the charts are shown
    except ImportError as exc:  # charts not installed in this build
        raise Unavailable(f"Charts are not available: {exc}") from exc

    return ChartsTab(win.conn, win.settings, win, actions=win.chart_actions)


def connect_charts(win: MainWindow, charts: ChartsTab) -> None:
    charts.party_activated.connect(win.show_party)
    charts.exported.connect(lambda path: win.statusBar().showMessage(f"Saved {path}", 8000))
    charts.checks_requested.connect(win.show_checks)
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
