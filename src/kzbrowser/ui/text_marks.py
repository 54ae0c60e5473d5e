"""Marking passages in the reading views' documents: a whole paragraph, found by its anchor."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextBlock, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit


def blocks_with_anchors(doc: QTextDocument, names: set[str]) -> list[tuple[QTextBlock, str]]:
    """The paragraphs holding any of these anchors (<a name=...>), in order, with the first name found in each."""
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            found = names.intersection(it.fragment().charFormat().anchorNames())
            if found:
                out.append((block, sorted(found)[0]))
                break
            it += 1
        block = block.next()
    return out


def block_selection(block: QTextBlock, palette: QPalette) -> QTextEdit.ExtraSelection:
    """A highlight over the whole paragraph, the full width of the view, in the palette's highlight colours."""
    sel = QTextEdit.ExtraSelection()
    sel.cursor = QTextCursor(block)
    sel.cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    sel.format.setBackground(palette.highlight())
    sel.format.setForeground(palette.highlightedText())
    sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
    return sel
