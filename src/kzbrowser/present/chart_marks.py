"""Which marks a chart draws, for the screen plot and the exported page alike: the rows of a zoomed timeline,
and where Table 4's values too small for their segment are printed under the bar.

Plain Python (no Qt): each renderer measures text its own way and passes the widths in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from kzbrowser.present.chart_style import style_of
from kzbrowser.read.chart_data import Chart, Event, Item


def visible_items(chart: Chart, years: tuple[int, int] | None) -> list[tuple[int, Item]]:
    """(data row, item) of each row drawn: all, or for a timeline zoomed to ``years`` the parties with an
    event in those years, with only those events."""
    if years is None or style_of(chart).layout != "timeline":
        return list(enumerate(chart.items))
    lo, hi = date(years[0], 1, 1), date(years[1] + 1, 1, 1)

    def inside(e: Event) -> bool:
        return e.earliest < hi and (e.latest or e.earliest) >= lo

    out = []
    for row, item in enumerate(chart.items):
        events = tuple(e for e in item.events if inside(e))
        if events:
            out.append((row, replace(item, events=events)))
    return out


@dataclass(frozen=True)
class Below:
    """A value printed under its bar: segment ``k``, whose centre is at ``centre``; the text starts at
    ``left`` (value units, as the axis)."""

    k: int
    text: str
    centre: float
    left: float
    width: float


def under_bar(item: Item, lo: float, hi: float, fits: Callable[[str, float], bool],
              width: Callable[[str], float], pad: float, floor: float | None = None) -> list[Below]:
    """The values of a stacked bar that go under it, left to right, pushed apart so that none overlap (``pad``
    between them) and kept within ``floor`` (default ``lo``) .. ``hi``.

    ``fits(printed, share)``: whether a value fits inside its segment, ``share`` (0..1) of the axis long;
    ``width(printed)``: its width in value units. The rest (which fit) are printed inside their segments."""
    total, acc = hi - lo, 0.0
    chosen: list[tuple[int, str, float]] = []
    for k, (v, printed) in enumerate(zip(item.segments, item.segments_printed, strict=True)):
        if not fits(printed, v / total):
            chosen.append((k, printed, acc + v / 2))
        acc += v
    widths = [width(t) for _, t, _ in chosen]
    lefts: list[float] = []
    start = lo if floor is None else floor
    for (_, _, cx), w in zip(chosen, widths, strict=True):
        lefts.append(max(cx - w / 2, lefts[-1] + widths[len(lefts) - 1] + pad if lefts else start))
    for k in range(len(lefts) - 1, -1, -1):  # and back inside the axis on the right
        limit = hi - widths[k] if k == len(lefts) - 1 else lefts[k + 1] - pad - widths[k]
        lefts[k] = min(lefts[k], limit)
    return [Below(k, t, cx, left, w) for (k, t, cx), left, w in zip(chosen, lefts, widths, strict=True)]
