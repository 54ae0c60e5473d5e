"""How each kind of element of the article is set in the article tab (margins, size, weight)."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextLength

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


def column_widths(columns: int, numeric: set[int]) -> list[QTextLength]:
    """The figures' columns as wide as they need; the others (the parties' names) share what is left, so that
    a name takes two lines where it would take four."""
    words = [c for c in range(columns) if c not in numeric]
    share = max(20.0, (100.0 - 13.0 * len(numeric)) / max(1, len(words)))
    return [QTextLength(QTextLength.Type.VariableLength, 0) if c in numeric
            else QTextLength(QTextLength.Type.PercentageLength, share) for c in range(columns)]


def right_aligned() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
    return fmt
