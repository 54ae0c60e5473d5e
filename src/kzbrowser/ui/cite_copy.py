"""Copy, and copy with citation, from the search results and from a selection in the article (text/plain only).

The citation is the window's one :class:`Source`, read when copying, so the latest citation details count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from kzbrowser.read.citation import MARKS, Source
from kzbrowser.read.search.engine import Hit
from kzbrowser.read.search.export import cite_hit
from kzbrowser.spans import plain
from kzbrowser.ui.i18n import translate
from kzbrowser.ui.menus import keys

if TYPE_CHECKING:
    from kzbrowser.ui.article_view import ArticleView
    from kzbrowser.ui.search_pane import SearchPane

CITED_KEYS = "Ctrl+Shift+C"


def put(text: str, copied: Callable[[str], None] | None = None) -> None:
    """The text on the clipboard as text/plain, nothing else."""
    QGuiApplication.clipboard().setText(text)
    if copied:
        copied(text)


def hit_text(hit: Hit) -> str:
    """A result's text alone: a quote in the marks it is printed in, any text without the italics' asterisks."""
    left, right = MARKS.get(hit.style or "", ("", "")) if hit.kind == "quote" else ("", "")
    return f"{left}{plain(hit.text)}{right}"


class CopyMenu:
    """A view's copy actions and the context menu that offers them (kept by the window)."""

    def __init__(self, actions: list[QAction], build: Callable[[QPoint], QMenu]) -> None:
        self.actions, self.build = actions, build

    def menu(self, pos: QPoint | None = None) -> QMenu:
        """The context menu for a click at ``pos`` (viewport coordinates), with its actions' states set."""
        return self.build(pos if pos is not None else QPoint(0, 0))


def install_search_copy(pane: SearchPane, copied: Callable[[str], None]) -> CopyMenu:
    """Ctrl+C copies the current result's text, Ctrl+Shift+C the text with its citation; both in its menu."""
    from kzbrowser.ui.search_pane import HIT_ROLE

    view = pane.view

    def current() -> Hit | None:
        index = view.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    def copy(cited: bool) -> None:
        hit = current()
        if hit is not None:
            put(cite_hit(hit, pane.source) if cited else hit_text(hit), copied)

    actions = [_action(view, translate("CiteCopy", "&Copy"), QKeySequence.StandardKey.Copy, lambda: copy(False)),
               _action(view, translate("CiteCopy", "Copy with &citation"), CITED_KEYS, lambda: copy(True))]

    def build(pos: QPoint) -> QMenu:
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        m = QMenu(view)
        for a in actions:
            a.setEnabled(current() is not None)
            m.addAction(a)
        return m

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(lambda pos: build(pos).exec(view.viewport().mapToGlobal(pos)))
    return CopyMenu(actions, build)


def _action(view: QWidget, text: str, shortcut: QKeySequence.StandardKey | str, slot: Callable[[], None]
            ) -> QAction:
    a = QAction(view)
    a.setText(text)
    a.setShortcuts(keys(shortcut))
    a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    a.triggered.connect(slot)
    view.addAction(a)
    return a


def selection_cited(view: ArticleView, source: Source, article: str) -> str | None:
    """The article's printed text of the selection with its citation (None: nothing of the article selected)."""
    cursor = view.browser.textCursor()
    ranges = [(cursor.selectionStart(), cursor.selectionEnd())]
    table = cursor.currentTable()
    if cursor.hasComplexSelection() and table is not None:  # cells of a table: their rectangle, row by row
        cells: tuple[int, int, int, int] = cursor.selectedTableCells()  # type: ignore[assignment]
        r0, rows, c0, cols = cells  # (first row, rows, first column, columns); PySide's stub says object
        ranges = [(table.cellAt(r, c).firstPosition(), table.cellAt(r, c).lastPosition())
                  for r in range(r0, r0 + rows) for c in range(c0, c0 + cols)]
    spans = view.segments.article_spans(ranges)
    if not spans:
        return None
    text = "\n".join(article[a:b] for a, b in spans)
    return source.cited(text, source.locate(spans[0][0]))


def install_article_copy(view: ArticleView, source: Source, copied: Callable[[str], None]) -> CopyMenu:
    """The article's context menu: the standard one (copy the text as shown), then Copy with citation (the
    text as printed, with its place)."""
    row = view.conn.execute("SELECT value FROM meta WHERE key = 'article_text'").fetchone()
    article = str(row[0]) if row and row[0] is not None else ""
    browser = view.browser

    def cite() -> None:
        text = selection_cited(view, source, article)
        if text is not None:
            put(text, copied)

    cited = _action(browser, translate("CiteCopy", "Copy with &citation"), CITED_KEYS, cite)

    def build(_pos: QPoint) -> QMenu:
        m = browser.createStandardContextMenu()
        m.addSeparator()
        cited.setEnabled(browser.textCursor().hasSelection())
        m.addAction(cited)
        return m

    browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    browser.customContextMenuRequested.connect(lambda pos: build(pos).exec(browser.viewport().mapToGlobal(pos)))
    return CopyMenu([cited], build)
