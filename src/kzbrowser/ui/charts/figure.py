"""A chart laid out as a page: title, legend, bars, axes, notes and source, as a list of simple shapes.

The same shapes are painted with QPainter (PNG, PDF, clipboard) and written as SVG (chart_export), so every
export looks alike. Coordinates are logical pixels at 96 dpi. Only QtGui is needed (fonts measure text), not
pyqtgraph.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from PySide6.QtGui import QFont, QFontMetricsF

from kzbrowser import __version__
from kzbrowser.present.chart_style import (
    GREY,
    GRID,
    INK,
    LABEL_SIZE,
    LANE_GAP,
    MIN_PLOT_WIDTH,
    WHITE,
    ChartStyle,
    bar_colour,
    event_style,
    ink_on,
    label_inside,
    legend_entries,
    style_of,
    value_axis,
    value_text,
)
from kzbrowser.read.chart_data import Chart, Item, lanes, year_fraction

FONT_FAMILY = "DejaVu Sans"
SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif"
BASE_WIDTH = 960  # 10 inches at 96 dpi
CREATOR = f"kzbrowser {__version__}"  # named as the producer in every file


@dataclass
class Shape:
    """One thing to draw. kind: rect, text, line, marker or hatch (a rect drawn hatched for 'No data')."""

    kind: str
    x: float
    y: float
    w: float = 0.0
    h: float = 0.0
    fill: str | None = None
    stroke: str | None = None
    text: str = ""
    size: float = 13.0
    bold: bool = False
    anchor: str = "start"  # text: start, middle, end
    shape: str = ""  # marker: circle, square, diamond, triangle, arrow
    width: float = 1.0  # line/stroke width
    row: int | None = None  # the data row a bar belongs to
    tip: str = ""
    role: str = ""  # "bar" for the one element per data value


@dataclass
class Figure:
    chart: Chart
    width: float = field(default=BASE_WIDTH, init=False)  # one page for every format and pixel width
    shapes: list[Shape] = field(default_factory=list)
    height: float = 0.0

    def __post_init__(self) -> None:
        _layout(self)


def font(size: float, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPixelSize(max(1, round(size)))
    f.setBold(bold)
    f.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    # No "ff"/"fi" ligatures: text copied out of the PDF must read "Indifference", not "Indiﬀerence".
    for tag in ("liga", "clig"):
        f.setFeature(QFont.Tag(tag), 0)
    return f


_metrics: dict[tuple[float, bool], QFontMetricsF] = {}


def text_width(text: str, size: float, bold: bool = False) -> float:
    key = (size, bold)
    if key not in _metrics:
        _metrics[key] = QFontMetricsF(font(size, bold))
    return _metrics[key].horizontalAdvance(text)


def wrap(text: str, size: float, max_w: float, bold: bool = False) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            cand = f"{line} {word}".strip()
            if line and text_width(cand, size, bold) > max_w:
                lines.append(line)
                line = word
            else:
                line = cand
        lines.append(line)
    return lines


def wrap_balanced(text: str, size: float, max_w: float) -> list[str]:
    """As few lines as ``wrap`` needs, but of even lengths (no lone last word)."""
    lines = wrap(text, size, max_w)
    lo, hi = max_w / 2, max_w
    while len(lines) > 1 and hi - lo > 2:
        mid = (lo + hi) / 2
        if len(wrap(text, size, mid)) == len(lines):
            hi = mid
        else:
            lo = mid
    return wrap(text, size, hi)


def _layout(fig: Figure) -> None:
    c, W, S = fig.chart, fig.width, fig.shapes
    m = 28.0
    y = m
    for line in wrap(c.title, 19, W - 2 * m, bold=True):
        y += 22
        S.append(Shape("text", m, y, text=line, size=19, bold=True, fill=INK))
    y += 12
    # Legend, flowing across the width.
    x = m
    entries = legend_entries(c)
    if entries:
        y += 4
        for e in entries:
            w = 18 + text_width(e.label, 12.5) + 22
            if x + w > W - m and x > m:
                x, y = m, y + 20
            _swatch(S, x, y, e.colour, e.swatch)
            S.append(Shape("text", x + 18, y + 10.5, text=e.label, size=12.5, fill=INK))
            x += w
        y += 26
    style = style_of(c)
    label_size = 13.0
    # The label column never squeezes the value axis below the width the inside-label rule assumes.
    max_label = min(max(text_width(i.label, label_size) for i in c.items), 0.34 * W,
                    W - 2 * m - 14 - style.value_room - MIN_PLOT_WIDTH)
    wrapped = [wrap_balanced(i.label, label_size, max_label) for i in c.items]
    label_w = max(text_width(line, label_size) for ls in wrapped for line in ls)
    x0, x1 = m + label_w + 14, W - m - style.value_room
    top = y + 6
    row_hs = [max(30.0, 16 * len(ls) + 12) for ls in wrapped]
    if style.layout == "timeline":
        lane_counts = [max(lanes(i.events, LANE_GAP), default=0) + 1 for i in c.items]
        row_hs = [max(h, 12.0 * n + 16) for h, n in zip(row_hs, lane_counts, strict=True)]
    bottom = top + sum(row_hs)
    # Value axis: a scale, grid lines first so that bars cover them.
    lo, hi, ticks = value_axis(c)
    if (x1 - x0) / len(ticks) < 40:  # too crowded to label every tick: every other one
        ticks = ticks[::2]

    def sx(v: float) -> float:
        return x0 + (v - lo) / (hi - lo) * (x1 - x0)

    for t, label in ticks:
        S.append(Shape("line", sx(t), top, w=0, h=bottom - top, stroke=GRID))
        S.append(Shape("text", sx(t), bottom + 17, text=label, size=12, fill=GREY, anchor="middle"))
    S.append(Shape("line", x0, bottom, w=x1 - x0, h=0, stroke=GREY))
    S.append(Shape("line", x0, top, w=0, h=bottom - top, stroke=GREY))
    ry = top
    for row, (item, lines, rh) in enumerate(zip(c.items, wrapped, row_hs, strict=True)):
        mid = ry + rh / 2
        ty = mid - 8 * (len(lines) - 1) + 4.5
        for k, line in enumerate(lines):
            S.append(Shape("text", x0 - 10, ty + 16 * k, text=line, size=label_size, fill=INK, anchor="end"))
        _draw_item(c, style, item, row, mid, sx, S)
        ry += rh
    y = bottom + 40
    S.append(Shape("text", (x0 + x1) / 2, y, text=c.value_label, size=13, fill=INK, anchor="middle"))
    y += 14
    for note in (*c.notes, c.caption):
        for line in wrap(note, 11.5, W - 2 * m):
            y += 15
            S.append(Shape("text", m, y, text=line, size=11.5, fill=GREY))
        y += 3
    fig.height = math.ceil(y + m - 6)


def _swatch(S: list[Shape], x: float, y: float, colour: str, kind: str) -> None:
    if kind == "square":
        S.append(Shape("rect", x, y + 1, 12, 12, fill=colour))
    elif kind == "hatch":
        S.append(Shape("hatch", x, y + 1, 12, 12, stroke=GREY))
    elif kind == "range":
        S.append(Shape("rect", x, y + 4, 12, 6, fill=colour, stroke=colour))
        S.append(Shape("line", x, y + 1, 0, 12, stroke=colour, width=1.5))
        S.append(Shape("line", x + 12, y + 1, 0, 12, stroke=colour, width=1.5))
    else:
        S.append(Shape("marker", x + 6, y + 7, shape=kind, size=11, fill=colour, stroke=WHITE))


def _draw_item(c: Chart, style: ChartStyle, item: Item, row: int, mid: float, scale: Callable[[float], float],
               S: list[Shape]) -> None:
    bar_h = 18.0
    if style.layout == "bars":
        if item.value is None:
            w = 46.0
            S.append(Shape("hatch", scale(0), mid - bar_h / 2, w, bar_h, stroke=GREY, row=row,
                           tip=f"{item.label}: No data (unknown, not zero)", role="bar"))
            S.append(Shape("text", scale(0) + w + 8, mid + 4.5, text="No data", size=12.5, fill=GREY))
            return
        x = scale(0)
        w = scale(item.value) - x
        printed = value_text(style, item.printed)
        S.append(Shape("rect", x, mid - bar_h / 2, w, bar_h, fill=bar_colour(style, item), row=row,
                       tip=f"{item.label}: {printed}", role="bar"))
        S.append(Shape("text", x + w + 6, mid + 4.5, text=printed, size=12.5, fill=INK))
    elif style.layout == "stacked":
        acc = 0.0
        lo, hi, _ = value_axis(c)
        for k, (v, printed) in enumerate(zip(item.segments, item.segments_printed, strict=True)):
            xa, xb, fill = scale(acc), scale(acc + v), style.series_colours[k]
            S.append(Shape("rect", xa, mid - bar_h / 2, xb - xa, bar_h, fill=fill, stroke=WHITE, width=0.75,
                           row=row, tip=f"{item.label} — {c.series[k]}: {value_text(style, printed)}", role="bar"))
            if label_inside(printed, v / (hi - lo)):
                S.append(Shape("text", (xa + xb) / 2, mid + 4, text=printed, size=LABEL_SIZE, fill=ink_on(fill),
                               anchor="middle"))
            acc += v
    else:
        lane_of = lanes(item.events, LANE_GAP)
        n = max(lane_of, default=0) + 1
        for e, lane in zip(item.events, lane_of, strict=True):
            ly = mid + (lane - (n - 1) / 2) * 12
            colour, shape = event_style(e.kind)
            tip = f"{item.label} — {e.describe()}"
            if e.latest is not None and e.is_range:
                xa, xb = scale(year_fraction(e.earliest)), scale(year_fraction(e.latest + timedelta(days=1)))
                S.append(Shape("rect", xa, ly - 3.5, xb - xa, 7, fill=colour, stroke=colour, width=0.5, row=row,
                               tip=tip, role="bar"))
                S.append(Shape("line", xa, ly - 6, 0, 12, stroke=colour, width=1.5))
                S.append(Shape("line", xb, ly - 6, 0, 12, stroke=colour, width=1.5))
            else:
                xa = scale(year_fraction(e.earliest))
                if e.latest is None:
                    S.append(Shape("line", xa, ly, 14, 0, stroke=colour, width=1.5))
                    S.append(Shape("marker", xa + 16, ly, shape="arrow", size=9, fill=colour, stroke=colour))
                S.append(Shape("marker", xa, ly, shape=shape, size=10, fill=colour, stroke=WHITE, row=row,
                               tip=tip, role="bar"))

