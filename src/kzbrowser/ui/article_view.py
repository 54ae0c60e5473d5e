"""The article tab: the whole article, readable, with a table of contents and highlighted spans.

The document is built once, on first use, from :func:`kzbrowser.read.article_doc.elements`; while building it
records where each article offset landed, so any stored span can be highlighted exactly.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QSplitter, QTextEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kzbrowser.present.html import bounded, visible
from kzbrowser.read import article_doc
from kzbrowser.read.article_doc import Element, Run
from kzbrowser.ui import article_styles as st
from kzbrowser.ui.browser import Browser
from kzbrowser.ui.palette import mix
from kzbrowser.ui.segments import Segments
from kzbrowser.ui.text_marks import block_selection, blocks_with_anchors

ANCHOR_ROLE = Qt.ItemDataRole.UserRole  # a contents entry's anchor in the article


class ArticleView(QWidget):
    """Signals:
    highlighted(int): a span was highlighted at this document position (for tests).
    jumped(str, int): a link inside the article was followed to this anchor; the scroll position before it.
    """

    highlighted = Signal(int)
    jumped = Signal(str, int)

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.browser = Browser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Article text"))
        self.browser.anchorClicked.connect(self._on_link)
        self.toc = QTreeWidget(self)
        self.toc.setHeaderLabel(self.tr("Contents"))
        self.toc.setAccessibleName(self.tr("Table of contents"))
        self.toc.itemActivated.connect(self._on_toc)
        self.toc.itemClicked.connect(self._on_toc)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.toc)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 760])  # the contents elide; the text and its tables need the width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.segments = Segments()  # where each article text stands in the document
        self._built = False
        self.selections: list[tuple[int, int]] = []  # document ranges now highlighted
        self._spans: list[tuple[int, int]] = []  # the article spans they stand for
        self.marked_anchor = ""  # the footnote highlighted after a jump to it

    # -- building ---------------------------------------------------------------------------------------------
    def ensure_built(self) -> None:
        if self._built:
            return
        self._built = True
        doc = self.browser.document()
        doc.setDocumentMargin(18)
        cursor = QTextCursor(doc)
        current: QTreeWidgetItem | None = None
        notes = None
        first = True
        for el in article_doc.elements(self.conn):
            if el.kind == "footnote" and notes is None:
                notes = self._block(cursor, first, top=24)  # a heading for the notes, once
                self._insert(cursor, [Run(self.tr("Notes"), None)], bold=True, size=1.15)
                QTreeWidgetItem(self.toc, [self.tr("Notes")]).setData(0, ANCHOR_ROLE, "fn-1")
            if el.kind == "chart":  # the note after the printed "Chart N" is ours: in the window's language
                el.runs[1:] = [Run(" — " + self.tr(article_doc.CHART_NOTE).format(n=el.number), None, True)]
            if el.kind == "list":
                self._list_item(cursor, el)
            elif el.kind == "table":
                self._table(cursor, el, first)
            else:
                self._element(cursor, el, first)
            first = False
            if el.kind == "section":
                current = QTreeWidgetItem(self.toc, [el.plain()])
                current.setData(0, ANCHOR_ROLE, el.anchor)
            elif el.kind in ("party", "table", "chart") and current is not None:
                label = (el.plain() if el.kind != "chart"
                         else self.tr("Chart {number} (data not preserved)").format(number=el.number))
                if el.kind == "table":
                    label = self.tr("Table {number}").format(number=el.number)
                QTreeWidgetItem(current, [label]).setData(0, ANCHOR_ROLE, el.anchor)
        self.toc.expandAll()
        self.segments.done()

    def _block(self, cursor: QTextCursor, first: bool, top: float = 6, bottom: float = 6,
               align: Qt.AlignmentFlag | None = None, indent: int = 0) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)  # easier reading
        if align is not None:
            fmt.setAlignment(align)
        fmt.setIndent(indent)
        if first:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt, QTextCharFormat())
        return fmt

    def _element(self, cursor: QTextCursor, el: Element, first: bool) -> None:
        style = st.STYLES[el.kind]
        self._block(cursor, first, style.top, style.bottom, style.align)
        if el.kind == "footnote":
            back = QTextCharFormat()
            back.setAnchor(True)
            back.setAnchorNames([el.anchor or ""])
            back.setAnchorHref(f"#fnref-{el.number}")
            back.setToolTip(self.tr("Back to where the note is cited"))
            back.setForeground(self.palette().color(QPalette.ColorRole.Link))
            cursor.insertText(f"{el.number}. ", back)
            cursor.insertText("↩ ", back)
        self._insert(cursor, el.runs, bold=style.bold, size=style.size, italic=style.italic, muted=style.muted,
                     anchor=el.anchor if el.kind != "footnote" else None)

    def _list_item(self, cursor: QTextCursor, el: Element) -> None:
        self._block(cursor, False, 2, 4)
        fmt = QTextListFormat()
        fmt.setStyle(QTextListFormat.Style.ListDisc)
        fmt.setIndent(1)
        previous = cursor.block().previous()
        if previous.isValid() and previous.textList() is not None:
            previous.textList().add(cursor.block())
        else:
            cursor.createList(fmt)
        self._insert(cursor, el.runs)

    def _table(self, cursor: QTextCursor, el: Element, first: bool) -> None:
        self._block(cursor, first, 12, 4)
        self._insert(cursor, el.runs, bold=True, anchor=el.anchor)
        fmt = QTextTableFormat()
        fmt.setCellPadding(st.CELL_PADDING)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.6)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(self.palette().color(QPalette.ColorRole.Mid))
        fmt.setHeaderRowCount(1)
        fmt.setBottomMargin(8)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        columns = len(el.header)
        numeric = st.numeric_columns(el.rows)  # right-aligned, their headings too, as tables of figures read
        fmt.setColumnWidthConstraints(st.column_widths(el.header, el.rows, numeric, self.browser.font()))
        table = cursor.insertTable(len(el.rows) + 1, columns, fmt)
        right = st.right_aligned()
        for r, row in enumerate([el.header, *el.rows]):
            for c, cell in enumerate(row):
                cc = table.cellAt(r, c).firstCursorPosition()
                if c in numeric:
                    cc.setBlockFormat(right)
                if r == 0:  # a heading kzbrowser supplies (no place in the text) is an interface word
                    cell = [Run(self.tr(run.text), None) if run.start is None else run for run in cell]
                # smaller than the text: Table 4's six columns fit a laptop's pane, no heading broken in a word
                self._insert(cc, cell, bold=r == 0, size=st.TABLE_SIZE)
        cursor.movePosition(QTextCursor.MoveOperation.End)

    def _insert(self, cursor: QTextCursor, runs: list[Run], bold: bool = False, size: float = 1.0,
                italic: bool = False, muted: bool = False, anchor: str | None = None) -> None:
        link = self.palette().color(QPalette.ColorRole.Link)
        muted_color = mix(self.palette().color(QPalette.ColorRole.Text),
                           self.palette().color(QPalette.ColorRole.Base), 0.6)
        for i, run in enumerate(runs):
            fmt = QTextCharFormat()
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if size != 1.0:
                fmt.setFontPointSize(max(6.0, self.browser.font().pointSizeF() * size))
            if italic or run.italic:
                fmt.setFontItalic(True)
            if muted:
                fmt.setForeground(muted_color)
            if anchor and i == 0:
                fmt.setAnchor(True)
                fmt.setAnchorNames([anchor])
            if run.footnote is not None:
                fmt.setAnchor(True)
                fmt.setAnchorHref(f"#fn-{run.footnote}")
                fmt.setAnchorNames([f"fnref-{run.footnote}"])
                fmt.setForeground(link)
                fmt.setToolTip(self.tr("Note {number}").format(number=run.footnote))
            if run.printed is not None:  # shown normalised: the printed form on demand
                fmt.setToolTip(self.tr("Printed: {text}").format(text=visible(run.printed)))
            pos = cursor.position()
            text, cut = bounded(visible(run.text))  # a stored run may be hostile: bounded, controls visible
            cursor.insertText(text, fmt)
            if run.start is not None:  # a normalised run may be shorter than its printed form: "(in %)"
                self.segments.add(run.start, pos, min(len(text), len(run.printed or text)))
            if cut:  # in the run's own format: the note must be seen
                cursor.insertText(f" {cut}", fmt)

    # -- showing spans ----------------------------------------------------------------------------------------
    def document_ranges(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Document positions covering the article spans."""
        self.ensure_built()
        return self.segments.document_ranges(spans)

    def show_spans(self, spans: list[tuple[int, int]]) -> None:
        """Highlight the spans and scroll the first into the middle of the view."""
        ranges = self.document_ranges(spans)
        self.selections = ranges
        self._spans = list(spans)
        self.marked_anchor = ""
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        sels = []
        for lo, hi in ranges:
            sel = QTextEdit.ExtraSelection()
            c = QTextCursor(self.browser.document())
            c.setPosition(lo)
            c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = c
            sel.format.setBackground(color)
            sel.format.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
            sels.append(sel)
        self.browser.setExtraSelections(sels)
        if ranges:
            self._center(ranges[0][0], ranges[-1][1])
            self.highlighted.emit(ranges[0][0])

    def _center(self, lo: int, hi: int) -> None:
        c = QTextCursor(self.browser.document())
        c.setPosition(lo)
        self.browser.setTextCursor(c)
        top = self.browser.cursorRect(c).top()
        c2 = QTextCursor(self.browser.document())
        c2.setPosition(hi)
        bottom = self.browser.cursorRect(c2).bottom()
        bar = self.browser.verticalScrollBar()
        viewport = self.browser.viewport().height()
        height = bottom - top
        shift = top - (viewport - height) // 2 if height < viewport else top - 20
        bar.setValue(bar.value() + shift)

    def printable(self) -> tuple[str, str]:  # the print protocol (ui/printing.py)
        from kzbrowser.present.printable import article_printable
        return article_printable(self.conn)[:2]

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def jump_to(self, anchor: str) -> None:
        """Scroll to an anchor; a footnote's is highlighted, so the eye finds the note among the others."""
        self.ensure_built()
        self.browser.scrollToAnchor(anchor)
        if anchor.startswith("fn-"):
            self._mark_block(anchor)

    def _mark_block(self, anchor: str) -> None:
        for block, _name in blocks_with_anchors(self.browser.document(), {anchor})[:1]:
            self.browser.setExtraSelections([block_selection(block, self.palette())])
            self.selections, self._spans = [(block.position(), block.position() + block.length() - 1)], []
            self.marked_anchor = anchor

    def rebuild(self) -> None:
        """The document again (a new palette, a new text size), with what was highlighted and where it was."""
        if not self._built:
            return
        scroll = self.browser.verticalScrollBar().value()
        spans, anchor = self._spans, self.marked_anchor
        self.browser.clear()
        self.toc.clear()
        self.segments, self._built = Segments(), False
        self.ensure_built()
        if spans:
            self.show_spans(spans)
        elif anchor:
            self._mark_block(anchor)
        self.browser.verticalScrollBar().setValue(scroll)

    def _follow(self, anchor: str) -> None:
        if anchor:
            before = self.browser.verticalScrollBar().value()
            self.jump_to(anchor)
            self.jumped.emit(anchor, before)

    def _on_link(self, url: QUrl) -> None:
        self._follow(url.toString()[1:] if url.toString().startswith("#") else "")

    def _on_toc(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self._follow(item.data(0, ANCHOR_ROLE) or "")
