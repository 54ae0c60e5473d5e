"""The Compare view: 2 to 6 parties side by side, every item a link to its passage, copied with its citation."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from kzbrowser.present.compare import printable, render_comparison, title_of
from kzbrowser.present.html import Action, Page, escape
from kzbrowser.read.citation import Source
from kzbrowser.read.compare import MAX_PARTIES, MIN_PARTIES, THEMES_NOTE, CompareError, Comparison, compare
from kzbrowser.read.parties import GROUPS, Parties, UnknownParty
from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui.browser import Browser
from kzbrowser.ui.i18n import translate
from kzbrowser.ui.palette import colors_for

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QContextMenuEvent

# The view's own words, translated where shown (the context "CompareView").
HINT = QT_TRANSLATE_NOOP("CompareView", "Select {low} to {high} parties in the list (Ctrl+click or Shift+click) "
                                        "and press Compare, or choose a group here.")
GROUP_PROMPT = QT_TRANSLATE_NOOP("CompareView", "Compare a whole group…")
SHOW = QT_TRANSLATE_NOOP("CompareView", "Show in article")
COPY = QT_TRANSLATE_NOOP("CompareView", "Copy with citation")


def hint() -> str:
    return translate("CompareView", HINT).format(low=MIN_PARTIES, high=MAX_PARTIES)


class CompareBrowser(Browser):
    """The comparison's browser: a right-click on an item offers to show it or copy it with its citation."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self._view = view

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        action = self._view.action_at(event.pos())
        if action is None:
            super().contextMenuEvent(event)
            return
        menu = self._view.item_menu(action)
        menu.exec(event.globalPos())


class CompareView(QWidget):
    """Parties side by side (read.compare), rendered by present.compare.

    Signals:
        show_spans(list): spans [(start, end), ...] to show highlighted in the article.
        copied(str): text was copied to the clipboard (for a status message).
        leaving(): another comparison is about to replace the one shown (for Back/Forward to keep its scroll).
        compared(list): these parties (keys) are now compared (a place in the window's Back/Forward).
        party_requested(str), party1999_requested(str): never emitted; the window connects every view alike.
    """

    show_spans = Signal(list)
    copied = Signal(str)
    compared = Signal(list)
    leaving = Signal()
    party_requested = Signal(str)
    party1999_requested = Signal(str)

    def __init__(self, conn: sqlite3.Connection, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.source = source
        self.groups = Parties(conn).groups()
        self.comparison: Comparison | None = None
        self.page: Page | None = None
        self.keys: list[str] = []

        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Compare a group"))
        self.group.addItem(translate("CompareView", GROUP_PROMPT), None)
        for key, (label, where) in GROUPS.items():
            self.group.addItem(self.tr("{group} ({where}): {count} parties").format(
                group=translate("Groups", label), where=translate("Groups", where), count=len(self.groups[key])), key)
        self.group.activated.connect(self._on_group_chosen)
        self.message = QLabel(hint(), self)
        self.message.setWordWrap(True)
        self.ours = QLabel(translate("Compare", THEMES_NOTE), self)
        self.browser = CompareBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Comparison"))
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setHtml(f"<p>{escape(hint())}</p>")

        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.ours)

    # -- API --------------------------------------------------------------------------------------------------
    def set_parties(self, keys: list[str]) -> bool:
        """Compare these parties; False (and a message saying why) when they cannot be compared."""
        try:
            cmp = compare(self.conn, keys, self.source)
        except (CompareError, UnknownParty) as exc:  # (a party gone: a key Back remembers, from another database)
            why = exc.why.text(translate) if isinstance(exc, CompareError) else str(exc)
            self.message.setText(f"{why[:1].upper()}{why[1:]}. {hint()}")
            return False
        self.leaving.emit()
        if self.group.currentIndex() > 0 and list(self.groups.get(self.group.currentData(), ())) != list(keys):
            self.group.setCurrentIndex(0)  # the chooser names no group the comparison is not
        self.keys = list(keys)
        self.comparison = cmp
        self.page = render_comparison(cmp, colors_for(self.browser), translate=translate)
        self.browser.setHtml(self.page.html)
        self.browser.verticalScrollBar().setValue(0)
        self.message.setText(self.tr("{count} parties. Click an item to read it in the article; right-click to "
                                     "copy it with its citation.").format(count=len(keys)))
        self.compared.emit(list(keys))
        return True

    def set_group(self, group: str) -> bool:
        found = self.group.findData(group)
        if found >= 0:
            self.group.setCurrentIndex(found)
        return self.set_parties(list(self.groups.get(group, ())))

    # -- the print protocol (ui/printing.py) ------------------------------------------------------------------
    def printable(self) -> tuple[str, str] | None:
        """(title, HTML for paper) of the comparison shown, for File > Print and Save as PDF; None before one is."""
        return printable(self.comparison, translate) if self.comparison is not None else None

    def markdown(self) -> tuple[str, str] | None:
        """(title, Markdown) for File > Export as Markdown; None before a comparison is shown."""
        from kzbrowser.present.compare_text import to_markdown

        if self.comparison is None:
            return None
        return title_of(self.comparison, translate), to_markdown(self.comparison, self.source)

    def action_at(self, pos: QPoint) -> Action | None:
        href = self.browser.anchorAt(pos)
        if not (self.page and href.startswith("kz:") and href[3:].isdigit()):
            return None
        return self.page.actions.get(int(href[3:]))

    def item_menu(self, action: Action) -> QMenu:
        menu = QMenu(self)
        show = menu.addAction(translate("CompareView", SHOW))
        show.triggered.connect(lambda: self.show_spans.emit(list(action.spans)))
        copy = menu.addAction(translate("CompareView", COPY))
        copy.triggered.connect(lambda: self.copy(action))
        return menu

    def copy(self, action: Action) -> None:
        QGuiApplication.clipboard().setText(action.text)
        self.copied.emit(action.text)

    # -- handlers ---------------------------------------------------------------------------------------------
    def _on_group_chosen(self, index: int) -> None:
        group = self.group.itemData(index)
        if group:
            self.set_group(group)

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if self.page and text.startswith("kz:") and text[3:].isdigit():
            action = self.page.actions.get(int(text[3:]))
            if action and action.spans:
                self.show_spans.emit(list(action.spans))
