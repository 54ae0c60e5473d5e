"""A chart laid out as a page: title, legend, bars, axes, notes and source, as a list of simple shapes.

The same shapes are painted with QPainter (PNG, PDF, clipboard) and written as SVG (chart_export), so every
export looks alike. Coordinates are the page's pixels (the unsized page: logical pixels at 96 dpi). A page of
a given size is laid out for its shape; if its content cannot fit, all text shrinks together until it does,
so nothing is ever cut off. Only QtGui is needed (fonts measure text), not pyqtgraph.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from PySide6.QtGui import QFont, QFontMetricsF

from kzbrowser import __version__
from kzbrowser.present.chart_options import BASE_WIDTH, Options
from kzbrowser.present.chart_style import (
    GREY,
    GRID,
    INK,
    SECONDARY,
    TEXT,
    WHITE,
    greyscale,
    legend_entries,
    style_of,
    value_axis,
)
from kzbrowser.read.chart_data import Chart, timeline_title

FONT_FAMILY = "DejaVu Sans"
SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif"
CREATOR = f"kzbrowser {__version__}"  # named as the producer in every file
__all__ = ["BASE_WIDTH", "CREATOR", "Figure", "Shape"]


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
    role: str = ""  # "bar" for the one element per data value; text: its TEXT kind (title, label, note...)


@dataclass
class Figure:
    """The page of ``chart`` for ``opts``: its size (width, height), the text scale used (unit) and shapes."""

    chart: Chart
    opts: Options = field(default_factory=Options)
    width: float = field(init=False, default=float(BASE_WIDTH))
    height: float = field(init=False, default=0.0)
    unit: float = field(init=False, default=1.0)
    secondary: float = field(init=False, default=1.0)  # the title, legend and notes' share of the unit
    shapes: list[Shape] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        from kzbrowser.ui.charts.layout import lay_out

        o = self.opts
        if o.sized:
            assert o.width is not None and o.height is not None
            self.width = float(o.width)
        # Too much for the page: first the title, legend and notes shrink (to 0.9), then every text and mark.
        u, self.secondary = o.unit, 1.0
        while True:
            self.unit = u
            shapes, needed = lay_out(self, u)
            if not o.sized or needed <= self.height_limit + 0.5 or u < 0.25:
                break
            if self.secondary > 0.91:
                self.secondary -= 0.05
            else:
                u *= 0.96
        self.height = float(o.height) if o.sized and o.height else float(math.ceil(needed))
        self.shapes = [_grey(s) for s in shapes] if o.greyscale else shapes

    @property
    def height_limit(self) -> float:
        return float(self.opts.height or 0)

    @property
    def title(self) -> str:
        years = self.opts.years
        if years and style_of(self.chart).layout == "timeline":
            return timeline_title(*years, self.chart.translate)
        return self.chart.title

    def axis(self) -> tuple[float, float, list[tuple[float, str]]]:
        return value_axis(self.chart, self.opts.years if style_of(self.chart).layout == "timeline" else None)

    def size(self, kind: str, u: float) -> float:
        return TEXT[kind] * u * (self.secondary if kind in SECONDARY else 1.0)


def _grey(s: Shape) -> Shape:
    return replace(s, fill=greyscale(s.fill) if s.fill else None, stroke=greyscale(s.stroke) if s.stroke else None)


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
    key = (max(1, round(size)), bold)  # the painters round pixel sizes too
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


def text(x: float, y: float, s: str, size: float, role: str, fill: str = INK, anchor: str = "start",
         bold: bool = False) -> Shape:
    return Shape("text", x, y, text=s, size=size, fill=fill, anchor=anchor, bold=bold, role=role)


def legend_shapes(fig: Figure, y: float, m: float, u: float) -> tuple[list[Shape], float]:
    """The legend flowing across the width from ``y``; returns its shapes and the y below it."""
    S: list[Shape] = []
    entries = legend_entries(fig.chart)
    if not entries or not fig.opts.legend:
        return S, y
    size = fig.size("legend", u)
    box, step = 0.96 * size, 1.6 * size
    x = m
    y += 4 * u
    for e in entries:
        w = box + 0.5 * size + text_width(e.label, size) + 1.8 * size
        if x + w > fig.width - m and x > m:
            x, y = m, y + step
        swatch(S, x, y, box, e.colour, e.swatch, u)
        S.append(text(x + box + 0.5 * size, y + 0.84 * size, e.label, size, "legend"))
        x += w
    return S, y + step + 4 * u


def swatch(S: list[Shape], x: float, y: float, b: float, colour: str, kind: str, u: float) -> None:
    if kind == "square":
        S.append(Shape("rect", x, y + u, b, b, fill=colour))
    elif kind == "hatch":
        S.append(Shape("hatch", x, y + u, b, b, stroke=GREY, width=u))
    elif kind == "range":
        S.append(Shape("rect", x, y + b / 3, b, b / 2, fill=colour, stroke=colour))
        S.append(Shape("line", x, y + u, 0, b, stroke=colour, width=1.5 * u))
        S.append(Shape("line", x + b, y + u, 0, b, stroke=colour, width=1.5 * u))
    else:
        S.append(Shape("marker", x + b / 2, y + b / 2 + u, shape=kind, size=0.92 * b, fill=colour, stroke=WHITE,
                       width=u))


GRID_COLOUR, AXIS_COLOUR = GRID, GREY
