"""The article's text conventions, shared by the build and the read side: offsets, lines, page-break pieces."""

from __future__ import annotations

from collections.abc import Sequence

SUPERSCRIPTS = {"¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9}


def printed_spans(pieces: Sequence[Sequence[int]], start: int, end: int) -> list[tuple[int, int]]:
    """Article spans covering ``[start, end)`` of a text printed as ``pieces`` joined by one space."""
    spans: list[tuple[int, int]] = []
    base = 0
    for p_start, p_end in pieces:
        length = p_end - p_start
        lo, hi = max(start, base), min(end, base + length)
        if lo < hi:
            spans.append((p_start + lo - base, p_start + hi - base))
        base += length + 1
    return spans


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
