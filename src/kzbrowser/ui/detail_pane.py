"""The detail pane: one party's profile, rendered from plain data, with links that act."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kzbrowser.present.html import Action, Page
from kzbrowser.ui.browser import Browser

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # arrives with the first click on a link: its type takes 1.1-1.4 ms to create

    from kzbrowser.present.printable import Printable


class DetailPane(QWidget):
    """Shows a :class:`Page`; links show spans, copy citations or open parties.

    Signals:
        show_spans(list): spans [(start, end), ...] to show highlighted in the article.
        party_requested(str): a link to a 2004 party (key) was followed.
        party1999_requested(str): a link to a 1999 party (printed name) was followed.
        copied(str): text was copied to the clipboard (for a status message).
    """

    show_spans = Signal(list)
    party_requested = Signal(str)
    party1999_requested = Signal(str)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = Browser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Party details")
        self.browser.anchorClicked.connect(self._on_link)
        self.page: Page | None = None
        self._printable: Callable[[], Printable] | None = None  # the page for paper, made when asked for
        self._markdown: Callable[[], str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def set_page(self, page: Page, printable: Callable[[], Printable] | None = None,
                 markdown: Callable[[], str] | None = None) -> None:
        """Show ``page``; ``printable`` and ``markdown`` make it for paper and as Markdown (ui/printing.py's
        protocol) when asked for. Without them the page has nothing to print."""
        self.page = page
        self._printable, self._markdown = printable, markdown
        self.browser.setHtml(page.html)
        self.browser.verticalScrollBar().setValue(0)

    # -- the print protocol (ui/printing.py) ------------------------------------------------------------------
    def printable(self) -> tuple[str, str] | None:
        doc = self._printable() if self._printable else None
        return (doc.title, doc.html) if doc else None

    def citation(self) -> str | None:
        return self._printable().citation if self._printable else None

    def markdown(self) -> tuple[str, str] | None:
        return (self.page.title if self.page else "", self._markdown()) if self._markdown else None

    def mark_anchors(self, names: list[str]) -> None:
        """Highlight the paragraphs holding these anchors (<a name=...>) and scroll to the first of them."""
        from PySide6.QtGui import QTextCursor, QTextFormat
        from PySide6.QtWidgets import QTextEdit

        wanted, sels, first = set(names), [], ""
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                found = wanted.intersection(it.fragment().charFormat().anchorNames())
                if found:
                    first = first or found.pop()
                    sel = QTextEdit.ExtraSelection()
                    sel.cursor = QTextCursor(block)
                    sel.cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                    sel.format.setBackground(self.palette().highlight())
                    sel.format.setForeground(self.palette().highlightedText())
                    sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                    sels.append(sel)
                    break
                it += 1
            block = block.next()
        self.browser.setExtraSelections(sels)
        if first:
            self.browser.scrollToAnchor(first)

    def link_labels(self) -> list[tuple[str, Action]]:
        """Every link on the page with its action, in order (for tests and accessibility checks)."""
        out: list[tuple[str, Action]] = []
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                href = frag.charFormat().anchorHref()
                if href.startswith("kz:") and self.page:
                    out.append((frag.text(), self.page.actions[int(href[3:])]))
                it += 1
            block = block.next()
        return out

    def activate(self, action: Action) -> None:
        if action.kind == "show":
            self.show_spans.emit(list(action.spans))
        elif action.kind == "copy":
            QGuiApplication.clipboard().setText(action.text)
            self.copied.emit(action.text)
        elif action.kind == "party":
            self.party_requested.emit(action.target)
        elif action.kind == "party1999":
            self.party1999_requested.emit(action.target)

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if self.page and text.startswith("kz:"):
            action = self.page.actions.get(int(text[3:]))
            if action:
                self.activate(action)
