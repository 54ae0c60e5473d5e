"""Where each piece of the article stands in the article view's document, both ways (Qt-free)."""

from __future__ import annotations

import bisect


class Segments:
    """Article offsets <-> document positions of the texts the article view inserted."""

    def __init__(self) -> None:
        self._starts: list[int] = []  # article offsets of recorded segments, sorted
        self._segments: list[tuple[int, int, int]] = []  # (article start, document position, length)
        self._by_position: list[tuple[int, int, int]] = []  # (document position, article start, length)

    def add(self, article_start: int, position: int, length: int) -> None:
        self._segments.append((article_start, position, length))

    def done(self) -> None:
        """Call once every segment is added."""
        self._segments.sort()
        self._starts = [s[0] for s in self._segments]
        self._by_position = sorted((d, a, n) for a, d, n in self._segments)

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

    def article_spans(self, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The article spans of what the document shows in these position ranges, in their order; spans that
        follow each other in the article (a space, a line break or a tab apart) are one."""
        out: list[tuple[int, int]] = []
        for lo, hi in ranges:
            i = max(0, bisect.bisect_right(self._by_position, (lo, 1 << 62, 0)) - 1)
            while i < len(self._by_position):
                d_pos, a_start, length = self._by_position[i]
                if d_pos >= hi:
                    break
                d_lo, d_hi = max(lo, d_pos), min(hi, d_pos + length)
                if d_lo < d_hi:
                    a_lo, a_hi = a_start + d_lo - d_pos, a_start + d_hi - d_pos
                    if out and 0 <= a_lo - out[-1][1] <= 3:
                        out[-1] = (out[-1][0], a_hi)
                    else:
                        out.append((a_lo, a_hi))
                i += 1
        return out
