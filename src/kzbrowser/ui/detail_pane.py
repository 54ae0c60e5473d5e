"""The detail pane: one party's profile, rendered from plain data, with links that act."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kzbrowser.present.html import ICON_STYLE, Action, Page, escape
from kzbrowser.ui.browser import Browser

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # arrives with the first click on a link: its type takes 1.1-1.4 ms to create

    from kzbrowser.present.printable import Printable


class _PaneBrowser(Browser):
    """The pane's browser: its context menu starts with the actions of the fact under the mouse."""

    def __init__(self, pane: DetailPane) -> None:
        super().__init__(pane)
        self.pane = pane

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = int(event.reason().value) == 1  # QContextMenuEvent.Keyboard: at the text cursor
        pos = self.cursorRect().center() if keyboard else event.pos()  # viewport coordinates, both
        menu = self.createStandardContextMenu()
        facts = self.pane.actions_at(pos)
        if facts and menu.actions():
            first = menu.actions()[0]
            for label, action in facts:
                item = QAction(label, menu)
                item.triggered.connect(lambda _=False, a=action: self.pane.activate(a))
                menu.insertAction(first, item)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


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
        self.browser = _PaneBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.set_style_sheet(ICON_STYLE)
        self.browser.setAccessibleName(self.tr("Party details"))
        self.browser.anchorClicked.connect(self._on_link)
        self.page: Page | None = None
        # The page's title, above the text once its own heading is scrolled out of view (after a search result
        # opened the party at a quote, say): the reader always sees whose page it is.
        self.title = QLabel(self)
        self.title.setVisible(False)
        self.title.setContentsMargins(8, 3, 8, 3)
        self.title.setAccessibleName(self.tr("Page title"))
        self.browser.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._printable: Callable[[], Printable] | None = None  # the page for paper, made when asked for
        self._markdown: Callable[[], str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.browser)

    def set_page(self, page: Page, printable: Callable[[], Printable] | None = None,
                 markdown: Callable[[], str] | None = None) -> None:
        """Show ``page``; ``printable`` and ``markdown`` make it for paper and as Markdown (ui/printing.py's
        protocol) when asked for. Without them the page has nothing to print."""
        self.page = page
        self._printable, self._markdown = printable, markdown
        self.browser.show_html(page.html)
        self.browser.verticalScrollBar().setValue(0)
        self._on_scrolled(0)

    def _on_scrolled(self, value: int) -> None:
        # the heading's height, roughly: two lines of text. The label's text is set only when it shows: a rich
        # text label lays out a document of its own, which selecting a party need not wait for.
        show = bool(self.page and self.page.title) and value > 2 * self.fontMetrics().height()
        if show and self.page is not None:
            text = f"<b>{escape(self.page.title)}</b>"
            if self.title.text() != text:
                self.title.setText(text)
        if show != self.title.isVisibleTo(self):
            self.title.setVisible(show)

    def actions_at(self, viewport_pos: QPoint) -> list[tuple[str, Action]]:
        """The actions of the paragraph at this point of the viewport (its links, in order, in words)."""
        block = self.browser.cursorForPosition(viewport_pos).block()
        out: list[tuple[str, Action]] = []
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href.startswith("kz:") and self.page:
                action = self.page.actions.get(int(href[3:]))
                if action is not None and (not out or out[-1][1] is not action):
                    out.append((action.label or it.fragment().text().replace("\xa0", " "), action))
            it += 1
        return out

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
        from kzbrowser.ui.text_marks import block_selection, blocks_with_anchors

        found = blocks_with_anchors(self.browser.document(), set(names))
        self.browser.setExtraSelections([block_selection(block, self.palette()) for block, _name in found])
        if found:
            self.browser.scrollToAnchor(found[0][1])

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
                    action = self.page.actions[int(href[3:])]
                    if not out or out[-1][1] is not action:  # one link may span fragments (formats)
                        out.append((action.label or frag.text().replace("\xa0", " "), action))
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
