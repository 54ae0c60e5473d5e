"""How each kind of element of the article is set in the article tab (margins, size, weight)."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import Qt


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

NUMBER = re.compile(r"[\d.,%\s–—-]+")  # a table cell that holds a figure: right-aligned
TABLE_SIZE = 0.9  # the tables' text, relative to the body text
