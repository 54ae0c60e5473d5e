"""How each kind of element of the article is set in the article tab (margins, size, weight)."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlockFormat, QTextLength

from kzbrowser.read.article_doc import Run


class _Style(NamedTuple):
    """How one kind of element is set: margins in pixels, size relative to the body text."""

    top: float = 6
    bottom: float = 6
    align: Qt.AlignmentFlag | None = None
    bold: bool = False
    italic: bool = False
    size: float = 1.0
    muted: bool = False


_CENTER = Qt.AlignmentFlag.AlignHCenter
STYLES = {
    "title": _Style(top=4, bottom=4, align=_CENTER, bold=True, size=1.45),
    "author": _Style(top=2, bottom=2, align=_CENTER, size=1.1),
    "affiliation": _Style(top=2, bottom=16, align=_CENTER, italic=True, size=0.95),
    "section": _Style(top=22, bottom=6, bold=True, size=1.3),
    "party": _Style(top=16, bottom=4, bold=True, size=1.12),
    "paragraph": _Style(top=4, bottom=8),
    "chart": _Style(top=8, bottom=10, muted=True),
    "footnote": _Style(top=2, bottom=4, size=0.92),
}

NUMBER = re.compile(r"[\d.,%\s–—-]+")  # a table cell that holds a figure


def numeric_columns(rows: list[list[list[Run]]]) -> set[int]:
    """The columns most of whose cells hold a figure (a "No data" among them stays in its column's alignment)."""
    width = max((len(row) for row in rows), default=0)
    return {c for c in range(width)
            if sum(bool(NUMBER.fullmatch("".join(run.text for run in row[c]).strip() or "x"))
                   for row in rows if c < len(row)) * 2 > len(rows)}
TABLE_SIZE = 0.9  # the tables' text, relative to the body text
CELL_PADDING = 3


def column_widths(header: list[list[Run]], rows: list[list[list[Run]]], numeric: set[int],
                  font: QFont) -> list[QTextLength]:
    """The figures' columns exactly as wide as their longest word (the heading's in bold), so that a heading such
    as Table 4's "Undecided" is never broken inside the word; the others (the parties' names) take the rest."""
    body = QFont(font)
    body.setPointSizeF(max(6.0, font.pointSizeF() * TABLE_SIZE))
    bold = QFont(body)
    bold.setBold(True)
    out = []
    for c in range(len(header)):
        if c not in numeric:
            out.append(QTextLength(QTextLength.Type.VariableLength, 0))
            continue
        words = [(bold, w) for run in header[c] for w in run.text.split()]
        words += [(body, w) for row in rows if c < len(row) for run in row[c] for w in run.text.split()]
        widest = max((QFontMetricsF(f).horizontalAdvance(w) for f, w in words), default=20.0)
        out.append(QTextLength(QTextLength.Type.FixedLength, widest + 2 * CELL_PADDING + 4))
    return out


def right_aligned() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
    return fmt
