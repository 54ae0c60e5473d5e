"""The search tab: a query field with results as you type, grouped (quotes, then article), and export."""

from __future__ import annotations

import sqlite3
import time
from collections import deque

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kzbrowser.present.html import escape
from kzbrowser.read.citation import Source
from kzbrowser.read.search.engine import CLOSE, OPEN, QUERY_HELP, Hit, Results, kind_label, search
from kzbrowser.ui.save import save_text

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
SCOPES = (("Quotes and article", "all"), ("Quotes only", "quotes"), ("Article only", "article"))


def _html(snippet: str) -> str:  # the marks split off first: escape() shows OPEN and CLOSE as visible symbols
    return "<b><u>".join("</u></b>".join(escape(p) for p in piece.split(CLOSE)) for piece in snippet.split(OPEN))


class ResultsModel(QAbstractListModel):
    """Group headings and hits in one list: headings are not selectable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[str | Hit] = []

    def set_results(self, results: Results | None) -> None:
        self.beginResetModel()
        self._rows = []
        if results is not None:
            for title, hits, total in (("Quotes", results.quotes, results.quote_total),
                                       ("Article paragraphs", results.paragraphs, results.paragraph_total),
                                       ("Title, headings, tables and footnotes", results.passages,
                                        results.passage_total)):
                if hits or total:
                    shown = f"{len(hits)} of {total}" if total > len(hits) else f"{len(hits)}"
                    self._rows.append(f"{title} — {shown}")
                    self._rows.extend(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | Hit | None:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row
            if role == HTML_ROLE:
                return f"<b>{escape(row)}</b>"
            return None
        where = row.party_name or (f"Section {row.section}" if row.section is not None else "Before section 1")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{where}: {row.snippet.replace(OPEN, '').replace(CLOSE, '')}"
        if role == HTML_ROLE:
            label = kind_label(row.kind)
            return (f'<span style="font-size:small">{label} · {escape(where)}</span><br>{_html(row.snippet)}')
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Enter or double-click: " + ("open the party at this quote" if row.kind == "quote"
                                                else "open the article where this is printed")
        if role == HIT_ROLE:
            return row
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints HTML_ROLE, so that matched words show in bold."""

    def _doc(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(100, option.rect.width() - 8))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(opt, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - 8, opt.rect.height() - 4))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


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

    def __init__(self, conn: sqlite3.Connection, parties: list[tuple[str, str]], source: Source,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.source = source
        self.settings = settings
        self.results: Results | None = None
        self.field = QLineEdit(self)
        self.field.setPlaceholderText('Search quotes and the article, e.g. ethnic harmony, "national unity", democra*')
        self.field.setClearButtonEnabled(True)
        self.field.setToolTip(QUERY_HELP)
        self.field.setAccessibleName("Search")
        help_button = QToolButton(self)
        help_button.setText("?")
        help_button.setToolTip(QUERY_HELP)
        help_button.setAccessibleName("How to search")
        help_button.clicked.connect(self._on_help)
        self.party = QComboBox(self)
        self.party.setAccessibleName("Only this party")
        self.party.addItem("All parties", None)
        for key, name in parties:
            self.party.addItem(name, key)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName("Search in")
        for label, value in SCOPES:
            self.scope.addItem(label, value)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.model = ResultsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setAccessibleName("Search results")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)
        self.export_csv = QPushButton("Export &CSV…", self)
        self.export_md = QPushButton("Export &Markdown…", self)
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
        filters.addWidget(QLabel("Party:", self))
        filters.addWidget(self.party, 1)
        filters.addWidget(QLabel("In:", self))
        filters.addWidget(self.scope)
        filters.addStretch()
        filters.addWidget(self.export_csv)
        filters.addWidget(self.export_md)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self.hint = QLabel("Type to search. Results appear as you type; Enter on a result opens it where it "
                           "stands. Hover over the search field for the query language.", self)
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
        try:
            results = search(self.conn, text, party=self.party.currentData(), scope=self.scope.currentData())
            self.recent_searches_s.append(self.clock() - started)
        except sqlite3.Error as exc:  # passed the checks at open, fails when read: say so, keep the window
            results = Results(text, [], [], False, f"The search could not read the database ({exc}). "
                                                   "About the data shows what is wrong with it.")
        self.results = results
        self.model.set_results(results if text.strip() else None)
        has = bool(results.hits)
        self.export_csv.setEnabled(has)
        self.export_md.setEnabled(has)
        note = results.notice or ""
        if text.strip() and not has and not note:
            note = "Nothing matches. Try fewer words, a prefix like democra*, or OR between alternatives."
        note = " ".join(filter(None, (results.read_as_line, note)))  # Отан → Otan, before the rest
        if len(text) >= self.field.maxLength():  # QLineEdit drops the rest of a longer paste without a word
            note = (f"The search field holds at most {self.field.maxLength():,} characters: longer text was cut "
                    f"there, and this searched its first {len(text):,}. " + note).strip()
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

        QMessageBox.information(self, "How to search", QUERY_HELP)

    def _on_export(self, fmt: str) -> None:
        from kzbrowser.read.search.export import to_csv, to_markdown

        if not self.results:
            return
        text = (to_csv if fmt == "csv" else to_markdown)(self.results, self.source)
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.results.query)[:40].strip("-") or "results"
        saved = save_text(self, text, f"kzbrowser-search-{safe}.{fmt}",
                          "CSV (*.csv)" if fmt == "csv" else "Markdown (*.md)", self.settings)
        if saved:
            self.message.emit(f"Saved {saved}")
