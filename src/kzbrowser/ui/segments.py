"""Where each piece of the article stands in the article view's document, both ways (Qt-free)."""

from __future__ import annotations

import bisect


class Segments:
    """Article offsets <-> document positions of the texts the article view inserted."""

    def __init__(self) -> None:
        self._starts: list[int] = []  # article offsets of recorded segments, sorted
        self._segments: list[tuple[int, int, int]] = []  # (article start, document position, length)

    def add(self, article_start: int, position: int, length: int) -> None:
        self._segments.append((article_start, position, length))

    def done(self) -> None:
        """Call once every segment is added."""
        self._segments.sort()
        self._starts = [s[0] for s in self._segments]

    def document_ranges(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Document positions covering the article spans."""
        ranges: list[tuple[int, int]] = []
        for start, end in spans:
            i = max(0, bisect.bisect_right(self._starts, start) - 1)
            while i < len(self._segments):
                a_start, d_pos, length = self._segments[i]
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
