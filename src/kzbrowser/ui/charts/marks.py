"""The marks of one data row of a figure: a bar, a row of stacked segments, or a party's dated events."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from kzbrowser.present.chart_marks import under_bar
from kzbrowser.present.chart_style import (
    GREY,
    INK,
    LABEL_PAD,
    WHITE,
    bar_colour,
    event_style,
    ink_on,
    label_inside,
    style_of,
    value_text,
)
from kzbrowser.read.chart_data import Item, lanes, year_fraction
from kzbrowser.ui.charts.figure import Figure, Shape, text, text_width


class Marks:
    """Draws rows of one figure at text scale ``u`` on the value scale ``sx`` (plot ``plot_w`` pixels wide)."""

    def __init__(self, fig: Figure, u: float, sx: Callable[[float], float], plot_w: float, lo: float,
                 hi: float) -> None:
        self.fig, self.c, self.u, self.sx, self.plot_w, self.lo, self.hi = fig, fig.chart, u, sx, plot_w, lo, hi
        self.style = style_of(fig.chart)
        self.bar_h = 18 * u
        self.value_size = fig.size("value", u)
        self.inside_size = fig.size("inside", u)
        self.lane_gap = 0.16
        self.pitch = 11 * u  # timeline: lane to lane (a marker is 10u)

    def fits_inside(self, printed: str, share: float) -> bool:
        """The one rule: a value goes inside its segment only if it fits there (else below the bar)."""
        return label_inside(printed, share, self.plot_w / self.u, self.inside_size / self.u, LABEL_PAD)

    def _outside(self, item: Item) -> bool:
        total = self.hi - self.lo
        return any(not self.fits_inside(p, v / total) for v, p in zip(item.segments, item.segments_printed,
                                                                       strict=True))

    def row_height(self, item: Item) -> float:
        u = self.u
        if self.style.layout == "timeline":
            n = max(lanes(item.events, self.lane_gap), default=0) + 1
            return self.pitch * n + 3 * u
        band = 1.25 * self.value_size + 4 * u if self.style.layout == "stacked" and self._outside(item) else 0
        return self.bar_h + 4 * u + band

    def item(self, item: Item, row: int, mid: float, rh: float) -> list[Shape]:
        if self.style.layout == "bars":
            return self._bar(item, row, mid)
        if self.style.layout == "stacked":
            band = 1.25 * self.value_size + 4 * self.u if self._outside(item) else 0
            return self._stacked(item, row, mid - band / 2)
        return self._events(item, row, mid)

    def _bar(self, item: Item, row: int, mid: float) -> list[Shape]:
        u, h, S = self.u, self.bar_h, []
        base = self.sx(0)
        if item.value is None:
            w = 46 * u
            S.append(Shape("hatch", base, mid - h / 2, w, h, stroke=GREY, width=u, row=row,
                           tip=self.c.translate("Charts", "{label}: No data (unknown, not zero)").format(
                               label=item.label), role="bar"))
            S.append(text(base + w + 8 * u, mid + 0.36 * self.value_size, "No data", self.value_size, "value",
                          fill=GREY))
            return S
        w = self.sx(item.value) - base
        printed = value_text(self.style, item.printed)
        S.append(Shape("rect", base, mid - h / 2, w, h, fill=bar_colour(self.style, item), row=row,
                       tip=f"{item.label}: {printed}", role="bar"))
        S.append(text(base + w + 6 * u, mid + 0.36 * self.value_size, printed, self.value_size, "value"))
        return S

    def _stacked(self, item: Item, row: int, mid: float) -> list[Shape]:
        u, h, S = self.u, self.bar_h, []
        acc, total = 0.0, self.hi - self.lo
        for k, (v, printed) in enumerate(zip(item.segments, item.segments_printed, strict=True)):
            xa, xb, fill = self.sx(acc), self.sx(acc + v), self.style.series_colours[k]
            S.append(Shape("rect", xa, mid - h / 2, xb - xa, h, fill=fill, stroke=WHITE, width=0.75 * u, row=row,
                           tip=f"{item.label} — {self.c.series[k]}: {value_text(self.style, printed)}", role="bar"))
            if self.fits_inside(printed, v / total):
                S.append(text((xa + xb) / 2, mid + 0.34 * self.inside_size, printed, self.inside_size, "inside",
                              fill=ink_on(fill), anchor="middle"))
            acc += v
        # Values too small for their segment: under the bar, pushed apart so that none overlap, each with a
        # tick up to its segment.
        size, per = self.value_size, total / self.plot_w  # value units per pixel
        below = under_bar(item, self.lo, self.hi, self.fits_inside, lambda t: text_width(t, size) * per,
                          5 * u * per, floor=self.lo + 3 * u * per)  # clear of the axis line
        baseline = mid + h / 2 + 3 * u + 0.95 * size
        for b in below:
            cx, left = self.sx(b.centre), self.sx(b.left)
            S.append(Shape("line", cx, mid + h / 2, left + b.width / per / 2 - cx, 3 * u, stroke=GREY, width=u))
            S.append(text(left, baseline, b.text, size, "value", fill=INK))
        return S

    def _events(self, item: Item, row: int, mid: float) -> list[Shape]:
        u, S = self.u, []
        lane_of = lanes(item.events, self.lane_gap)
        n = max(lane_of, default=0) + 1
        left, right = self.sx(self.lo), self.sx(self.hi)
        for e, lane in zip(item.events, lane_of, strict=True):
            ly = mid + (lane - (n - 1) / 2) * self.pitch
            colour, shape = event_style(e.kind)
            tip = f"{item.label} — {e.describe(self.c.translate)}"
            if e.latest is not None and e.is_range:
                xa = max(self.sx(year_fraction(e.earliest)), left)
                xb = min(self.sx(year_fraction(e.latest + timedelta(days=1))), right)
                S.append(Shape("rect", xa, ly - 3.5 * u, xb - xa, 7 * u, fill=colour, stroke=colour, width=0.5 * u,
                               row=row, tip=tip, role="bar"))
                S.append(Shape("line", xa, ly - 6 * u, 0, 12 * u, stroke=colour, width=1.5 * u))
                S.append(Shape("line", xb, ly - 6 * u, 0, 12 * u, stroke=colour, width=1.5 * u))
                continue
            xa = self.sx(year_fraction(e.earliest))
            if e.latest is None:
                S.append(Shape("line", xa, ly, 14 * u, 0, stroke=colour, width=1.5 * u))
                S.append(Shape("marker", xa + 16 * u, ly, shape="arrow", size=9 * u, fill=colour, stroke=colour,
                               width=u))
            S.append(Shape("marker", xa, ly, shape=shape, size=10 * u, fill=colour, stroke=WHITE, width=u, row=row,
                           tip=tip, role="bar"))
        return S
