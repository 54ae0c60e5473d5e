"""Marking passages in the reading views' documents: a whole paragraph found by its anchor, or article spans
mapped to document positions."""

from __future__ import annotations

import bisect

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


def document_ranges(segments: list[tuple[int, int, int]], starts: list[int],
                    spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Document positions covering the article spans, from the recorded segments (article start, document
    position, length), sorted, and their starts."""
    ranges: list[tuple[int, int]] = []
    for start, end in spans:
        i = max(0, bisect.bisect_right(starts, start) - 1)
        while i < len(segments):
            a_start, d_pos, length = segments[i]
            if a_start >= end:
                break
            lo, hi = max(start, a_start), min(end, a_start + length)
            if lo < hi:
                d_lo, d_hi = d_pos + lo - a_start, d_pos + hi - a_start
                if ranges and ranges[-1][1] >= d_lo - 2:  # join runs split by formatting or a space
                    ranges[-1] = (ranges[-1][0], max(ranges[-1][1], d_hi))
                else:
                    ranges.append((d_lo, d_hi))
            i += 1
    return ranges
