"""The search tab: a query field with results as you type, grouped (quotes, then article), and export."""

from __future__ import annotations

import sqlite3
import time
from collections import deque

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kzbrowser.read.citation import Source
from kzbrowser.read.search.cyrillic import describe
from kzbrowser.read.search.engine import QUERY_HELP, Hit, Results, search
from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui.i18n import translate
from kzbrowser.ui.save import save_text
from kzbrowser.ui.search_results import HIT_ROLE, HTML_ROLE, HtmlDelegate, ResultsModel, _html

# The results (model, delegate) live in search_results.py; their names are still found here.
__all__ = ["HIT_ROLE", "HTML_ROLE", "ResultsModel", "SearchPane", "_html", "query_help"]

Index = QModelIndex | QPersistentModelIndex
SCOPES = ((QT_TRANSLATE_NOOP("SearchPane", "Quotes and article"), "all"),
          (QT_TRANSLATE_NOOP("SearchPane", "Quotes only"), "quotes"),
          (QT_TRANSLATE_NOOP("SearchPane", "Article only"), "article"))


def query_help() -> str:
    """The query language's help, in the interface's language."""
    return translate("SearchHelp", QUERY_HELP)


class SearchPane(QWidget):
    """Signals:
        quote_activated(str, int, object): party key, quote id, match ranges inside the quote.
        spans_activated(list): article spans to highlight (a paragraph hit's matches).
        message(str): a line for the status bar.
    """

    quote_activated = Signal(str, int, object)
    spans_activated = Signal(list)
    message = Signal(str)
    FAST_S = 0.016  # a search this quick (one frame) runs at each keystroke
    PAUSE_MS = 120  # a slower one waits for this pause in typing
    clock = staticmethod(time.perf_counter)

    def __init__(self, conn: sqlite3.Connection, parties: list[tuple[str | list[str], str]], source: Source,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.source = source
        self.settings = settings
        self.results: Results | None = None
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr('Search quotes and the article, e.g. ethnic harmony, '
                                              '"national unity", democra*'))
        self.field.setClearButtonEnabled(True)
        self.field.setToolTip(query_help())
        self.field.setAccessibleName(self.tr("Search"))
        help_button = QToolButton(self)
        help_button.setText("?")
        help_button.setToolTip(query_help())
        help_button.setAccessibleName(self.tr("How to search"))
        help_button.clicked.connect(self._on_help)
        self.party = QComboBox(self)
        self.party.setAccessibleName(self.tr("Only this party"))
        self.party.addItem(self.tr("All parties"), None)
        for key, name in parties:
            self.party.addItem(name, key)
        # The longest party name would set the row's (and so the window's) least width: the box shrinks, eliding
        # the name shown (its list shows them whole), so that the row fits beside the list in longer languages too.
        self.party.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.party.setMinimumContentsLength(18)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Search in"))
        for label, value in SCOPES:
            self.scope.addItem(translate("SearchPane", label), value)
        self.notice = QLabel(self)
        self.notice.setObjectName("search_notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.model = ResultsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)
        self.export_csv = QPushButton(self.tr("Export &CSV…"), self)
        self.export_md = QPushButton(self.tr("Export &Markdown…"), self)
        for b in (self.export_csv, self.export_md):
            b.setEnabled(False)
        self.export_csv.clicked.connect(lambda: self._on_export("csv"))
        self.export_md.clicked.connect(lambda: self._on_export("md"))

        # A search as quick as the article's (about 1 ms) runs on the next pass of the event loop after each
        # keystroke (a paste's burst of changes is one search); where searches are slower than FAST_S (a very
        # large database) it waits until typing pauses for PAUSE_MS, so that keystrokes are not queued behind
        # searches. The quickest of the last three decides: one search slowed by a busy machine does not.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_search)
        self.recent_searches_s: deque[float] = deque(maxlen=3)
        self.field.textChanged.connect(lambda _t: self._timer.start(self.pause_ms()))
        self.field.returnPressed.connect(self._on_return)
        self.party.currentIndexChanged.connect(lambda _i: self.run_search())
        self.scope.currentIndexChanged.connect(lambda _i: self.run_search())

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(help_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Party:"), self))
        filters.addWidget(self.party, 1)
        filters.addWidget(QLabel(self.tr("In:"), self))
        filters.addWidget(self.scope)
        filters.addStretch()
        filters.addWidget(self.export_csv)
        filters.addWidget(self.export_md)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self.hint = QLabel(self.tr("Type to search. Results appear as you type; Enter on a result opens it where "
                                   "it stands. Hover over the search field for the query language."), self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

    def pause_ms(self) -> int:
        """How long the next keystroke waits before it searches."""
        quick = not self.recent_searches_s or min(self.recent_searches_s) <= self.FAST_S
        return 0 if quick else self.PAUSE_MS

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        started = self.clock()
        failed = ""
        try:
            results = search(self.conn, text, party=self.party.currentData(), scope=self.scope.currentData())
            self.recent_searches_s.append(self.clock() - started)
        except sqlite3.Error as exc:  # passed the checks at open, fails when read: say so, keep the window
            results = Results(text, [], [], False, None)
            failed = self.tr("The search could not read the database ({error}). About the data shows what is wrong "
                             "with it.").format(error=exc)
        self.results = results
        self.model.set_results(results if text.strip() else None)
        has = bool(results.hits)
        self.export_csv.setEnabled(has)
        self.export_md.setEnabled(has)
        note = results.message.text(translate) if results.message else failed
        if text.strip() and not has and not note:
            note = self.tr("Nothing matches. Try fewer words, a prefix like democra*, or OR between alternatives.")
        note = " ".join(filter(None, (describe(results.read_as, translate), note)))  # Отан → Otan, before the rest
        if len(text) >= self.field.maxLength():  # QLineEdit drops the rest of a longer paste without a word
            note = (self.tr("The search field holds at most {limit} characters: longer text was cut there, and "
                            "this searched its first {length}.").format(limit=f"{self.field.maxLength():,}",
                                                                        length=f"{len(text):,}")
                    + " " + note).strip()
        self.notice.setText(note)
        self.notice.setVisible(bool(note))
        self.hint.setVisible(not text.strip())

    def _on_return(self) -> None:
        self.run_search()
        first = next((self.model.index(r) for r in range(self.model.rowCount())
                      if self.model.index(r).data(HIT_ROLE) is not None), None)
        if first is not None:
            self.view.setCurrentIndex(first)
            self.view.setFocus()

    def _on_activated(self, index: QModelIndex) -> None:
        hit: Hit | None = index.data(HIT_ROLE)
        if hit is None:
            return
        if hit.kind == "quote" and hit.party_key:
            self.quote_activated.emit(hit.party_key, hit.id, list(hit.matches))
        else:
            self.spans_activated.emit(list(hit.article_matches) or [hit.span])

    def _on_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("How to search"), query_help())

    def _on_export(self, fmt: str) -> None:
        from kzbrowser.present.search_text import to_markdown
        from kzbrowser.read.search.export import to_csv

        if not self.results:
            return
        text = (to_csv if fmt == "csv" else to_markdown)(self.results, self.source)
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.results.query)[:40].strip("-") or "results"
        saved = save_text(self, text, f"kzbrowser-search-{safe}.{fmt}",
                          self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("Markdown (*.md)"), self.settings)
        if saved:
            self.message.emit(self.tr("Saved {path}").format(path=saved))
