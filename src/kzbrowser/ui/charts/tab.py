"""The Charts tab: the article's tables as charts, their data, and export to PNG, SVG, PDF and CSV.

Importing this module is cheap; pyqtgraph and numpy are imported when the first ChartsTab is created.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kzbrowser.present.chart_options import Options
from kzbrowser.read import chart_data, chart_links
from kzbrowser.read.chart_data import Chart
from kzbrowser.read.citation import Source
from kzbrowser.read.cite_table import cite_cells
from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui.charts import export as chart_export
from kzbrowser.ui.charts.dialog import ExportDialog, save_file_dialog
from kzbrowser.ui.charts.page import ChartPage
from kzbrowser.ui.i18n import translate
from kzbrowser.ui.menus import CHART_COMMANDS, chart_action
from kzbrowser.ui.pieces import Pieces, finish
from kzbrowser.ui.settings import CHART_FOLDER, CHART_TAB

# Translated where shown (translate("ChartsTab", ...)).
TAB_TITLES = {"membership": QT_TRANSLATE_NOOP("ChartsTab", "Membership (Table 1)"),
              "poll": QT_TRANSLATE_NOOP("ChartsTab", "Political processes (Table 3)"),
              "assessment": QT_TRANSLATE_NOOP("ChartsTab", "Assessment of parties (Table 4)"),
              "timeline": QT_TRANSLATE_NOOP("ChartsTab", "Timeline")}
FORMAT_FILTERS = {"png": QT_TRANSLATE_NOOP("ChartsTab", "PNG image (*.png)"),
                  "svg": QT_TRANSLATE_NOOP("ChartsTab", "SVG image (*.svg)"),
                  "pdf": QT_TRANSLATE_NOOP("ChartsTab", "PDF document (*.pdf)"),
                  "csv": QT_TRANSLATE_NOOP("ChartsTab", "CSV table (*.csv)")}

class _LazyPages:
    """A read-only sequence of chart pages that builds each one the first time it is asked for.

    ``build(i)`` builds page i in pieces (ui/pieces.py): ``steps(i)`` runs them one per ``next()``; asking for
    a page meanwhile finishes the pieces left, at once."""

    def __init__(self, build: Callable[[int], Pieces[ChartPage]], count: int) -> None:
        self._build = build
        self._pages: list[ChartPage | None] = [None] * count
        self._pending: dict[int, Pieces[ChartPage]] = {}

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, i: int) -> ChartPage:
        i %= len(self._pages)
        page = self._pages[i]
        if page is None:
            pending = self._pending.pop(i, None)
            page = self._pages[i] = finish(pending if pending is not None else self._build(i))
        return page

    def steps(self, i: int) -> Iterator[None]:
        """Page i built a piece per ``next()``; nothing if it is built already (or once it has been)."""
        while self._pages[i] is None:
            pieces = self._pending.get(i)
            if pieces is None:
                pieces = self._pending[i] = self._build(i)
            try:
                next(pieces)
            except StopIteration as done:
                self._pages[i] = done.value
                del self._pending[i]
                return
            except Exception:  # not left half-built: asked for later, the page is built afresh
                del self._pending[i]
                raise
            yield None

    def __iter__(self) -> Iterator[ChartPage]:
        return (self[i] for i in range(len(self._pages)))

    def built(self) -> int:
        return sum(p is not None for p in self._pages)


class ChartsTab(QWidget):
    """The four charts in tabs, with export actions for the window's menu and toolbar.

    Signals: party_activated(str) -- a bar of a party was clicked; the key from parties.key.
             exported(str) -- a file was written (its path), for the status bar.
             checks_requested(list) -- "Check these figures": the keys (checks.key) of the chart's checks.
             article_requested(list) -- "Show Table N in the article": [(start, end)] character spans of the
                 article where the chart's figures are printed, as MainWindow.show_in_article takes them.
    """

    party_activated = Signal(str)
    exported = Signal(str)
    checks_requested = Signal(list)
    article_requested = Signal(list)

    def __init__(self, conn: sqlite3.Connection, settings: QSettings | None = None,
                 parent: QWidget | None = None, actions: list[QAction] | None = None,
                 source: Source | None = None) -> None:
        """``actions``: the owner's actions for the commands of menus.CHART_COMMANDS (it connects them, to
        run()); without them the tab makes its own, whose shortcuts act wherever focus is in the tab.
        ``source``: the window's citation (with the user's details) for copies of the data tables."""
        super().__init__(parent)
        self.source = source if source is not None else Source.from_db(conn)
        self.settings = settings if settings is not None else QSettings()
        # Each chart's data is read when its page is built (a piece of it: see _build_page), its links when
        # they are followed.
        self._conn = conn
        self._charts: dict[str, Chart] = {}
        self.tabs = QTabWidget(documentMode=True)
        # Each page (a pyqtgraph plot and its table) is built when its tab is first shown: opening the
        # Charts tab then costs one chart, not four.
        self._holders: list[QVBoxLayout] = []
        for name in chart_data.CHART_NAMES:
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(layout)
            self.tabs.addTab(holder, translate("ChartsTab", TAB_TITLES[name]))
        self.pages = _LazyPages(self._build_page, len(chart_data.CHART_NAMES))
        self.tabs.setCurrentIndex(CHART_TAB.read(self.settings))
        # The shown chart's page is built when the tab is first shown (or prepared, or asked for): the window
        # builds this tab and its page in separate idle steps.
        self.tabs.currentChanged.connect(self._on_tab_changed)
        if actions is None:
            self._actions = self._make_actions()
            self.addActions(self._actions)
        else:
            self._actions = list(actions)
        # Export buttons in view: a first-time user should not have to find the menu or the shortcut.
        self.toolbar = QToolBar(self.tr("Chart export"), self)
        self.toolbar.setObjectName("chart_export")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in self._actions:
            self.toolbar.addAction(a)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.tabs)

    def chart(self, name: str) -> Chart:
        """The data of the chart ``name`` (chart_data.CHART_NAMES), read from the database the first time."""
        if name not in self._charts:
            self._charts[name] = chart_data.chart(self._conn, name, translate)
        return self._charts[name]

    def _build_page(self, i: int) -> Pieces[ChartPage]:
        chart = self.chart(chart_data.CHART_NAMES[i])
        yield None
        # The parent: never a window, even for a moment.
        page = ChartPage(chart, self.settings, self._holders[i].parentWidget(), built=False)
        try:
            yield from page.build()
        except Exception:  # failed half-way: nothing of it is left to be shown (not on GeneratorExit: the
            # pieces are dropped when the tab goes, and the page with it)
            page.hide()
            page.deleteLater()
            raise
        page.plot.party_activated.connect(self.party_activated)
        page.table.cite = lambda cells, chart=page.chart: cite_cells(chart, cells, self.source)
        page.links.linkActivated.connect(lambda link, n=page.chart.name: self._on_link(link, n))
        page.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page.plot.customContextMenuRequested.connect(
            lambda pos, plot=page.plot: self._on_context_menu(plot.mapToGlobal(pos)))
        self._holders[i].addWidget(page)
        return page

    def _on_link(self, link: str, name: str) -> None:
        if link == "checks":
            self.checks_requested.emit(list(chart_links.check_keys(self._conn, name)))
        else:
            self.article_requested.emit(chart_links.article_spans(self._conn, name))

    def _on_tab_changed(self, i: int) -> None:
        self.pages[i]
        CHART_TAB.write(self.settings, i)

    def prepare(self) -> ChartPage:
        """The shown chart's page, built now if it is not yet."""
        return self.pages[self.tabs.currentIndex()]

    def prepare_steps(self) -> Iterator[None]:
        """prepare() a piece per ``next()``, for idle time; prepare() meanwhile finishes it at once."""
        return self.pages.steps(self.tabs.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:
        self.prepare()
        super().showEvent(event)

    def _make_actions(self) -> list[QAction]:
        out = []
        for command, text, keys, tip in CHART_COMMANDS:
            a = chart_action(self, command, text, tip)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(lambda _=False, c=command: self.run(c))
            out.append(a)
        return out

    def run(self, command: str) -> None:
        """A command of menus.CHART_COMMANDS on the current chart: export to a format, or copy the image."""
        if command == "copy":
            self.copy_image()
        else:
            self.export_with_dialog(command)

    def export_actions(self) -> list[QAction]:
        """Export PNG/SVG/PDF/CSV and copy image, with shortcuts, for the window's menu or toolbar."""
        return list(self._actions)

    def current_chart(self) -> Chart:
        return self.pages[self.tabs.currentIndex()].chart

    def _on_context_menu(self, global_pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self._actions)
        menu.exec(global_pos)

    def copy_image(self) -> None:
        chart_export.copy_image(self.current_chart())

    def default_folder(self, fmt: str) -> Path:
        saved = CHART_FOLDER.read(self.settings)
        if saved:
            return Path(saved)
        where = (QStandardPaths.StandardLocation.DocumentsLocation if fmt == "csv"
                 else QStandardPaths.StandardLocation.PicturesLocation)
        return Path(QStandardPaths.writableLocation(where) or Path.home())

    def ask_path(self, fmt: str) -> str:
        chart = self.current_chart()
        suggestion = self.default_folder(fmt) / f"kzbrowser-{chart.name}.{fmt}"
        caption = self.tr("Export {chart} as {format}").format(chart=translate("ChartsTab", TAB_TITLES[chart.name]),
                                                               format=fmt.upper())
        dlg = save_file_dialog(self, caption, str(suggestion), fmt, translate("ChartsTab", FORMAT_FILTERS[fmt]))
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.selectedFiles():
            return ""
        return dlg.selectedFiles()[0]

    def ask_page(self, fmt: str) -> ExportDialog | None:
        """The export dialog (page, text, toggles, preview) for ``fmt``; None if cancelled."""
        dialog = ExportDialog(self.current_chart(), fmt, self.settings, self)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None

    def export_with_dialog(self, fmt: str) -> Path | None:
        width, opts = None, None
        if fmt != "csv":
            dialog = self.ask_page(fmt)
            if dialog is None:
                return None
            width, opts = dialog.png_width(), dialog.options()
        path = self.ask_path(fmt)
        if not path:
            return None
        try:
            return self.export_to(path, fmt, width=width, options=opts)
        except chart_export.ExportError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The chart was not exported.\n\n{error}").format(
                                    error=exc.why.text(translate)))
            return None

    def export_to(self, path: str | Path, fmt: str | None = None, width: int | None = None,
                  options: Options | None = None) -> Path:
        """Export the current chart without dialogs; remembers the folder. Raises ExportError."""
        out = chart_export.export(self.current_chart(), path, fmt, width=width, options=options,
                                  replace=True)  # the save dialog asked before replacing
        CHART_FOLDER.write(self.settings, str(out.resolve().parent))
        self.exported.emit(str(out))
        return out
